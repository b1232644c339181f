// Builds the data of a map page (prerender time).
import type { MapPageData } from '../data/mapPageData.ts';
import type { Lang } from '../i18n/messages.ts';
import { DEFAULT_DATASET, datasetPath, previewPath } from '../data/paths.ts';
import { datasetIds, datasetIndex, isLargeDataset, loadDataset } from './dataset.ts';
import { worldBasemap } from './worldBasemap.ts';

/** Datasets other than the default: each gets a map at /d/<id>/. */
export function otherDatasetIds(): string[] {
	return datasetIds().filter((id) => id !== DEFAULT_DATASET);
}

export function mapPageData(id: string, lang: Lang): MapPageData {
	const dataset = loadDataset(id);
	const large = isLargeDataset(id);
	return {
		dataset: large ? { ...dataset, features: [] } : dataset,
		featuresUrl: large ? `/d/${id}/features.json` : null,
		featureCount: dataset.features.length,
		basemap: dataset.meta.boundaries === 'bolivia' ? null : worldBasemap(dataset.meta.bbox),
		previewUrl: large ? null : previewPath(id),
		eventPages: !large,
		datasets: datasetIndex().map((other) => ({
			id: other.id,
			title: other.title,
			path: datasetPath(other.id)
		})),
		lang
	};
}
