// Builds the data of a map page (prerender time).
import { DETAILS_CHUNK_SIZE, type MapPageData } from '../data/mapPageData.ts';
import { summaryFeatures } from '../data/featureDetails.ts';
import { withSharedSources } from '../data/sharedSources.ts';
import type { Lang } from '../i18n/messages.ts';
import { DEFAULT_DATASET, claimsPath, datasetPath, previewPath, storyPath } from '../data/paths.ts';
import { claimMarksOf } from '../data/claims.ts';
import { storiesOf } from './storyPages.ts';
import {
	datasetIds,
	datasetIndex,
	featureCountOf,
	isLargeDataset,
	isTiledDataset,
	loadDataset
} from './dataset.ts';
import { tiledDataFiles } from '../data/tiledData.ts';
import { worldBasemap } from './worldBasemap.ts';

/** Datasets other than the default: each gets a map at /d/<id>/. */
export function otherDatasetIds(): string[] {
	return datasetIds().filter((id) => id !== DEFAULT_DATASET);
}

export function mapPageData(id: string, lang: Lang): MapPageData {
	const dataset = loadDataset(id);
	const large = isLargeDataset(id);
	const tiled = isTiledDataset(id);
	return {
		// Stories and claims have their own pages: the map carries only their titles and marks.
		// Details (descriptions, notes, quotes) wait in details files: the page carries summaries.
		dataset: {
			...dataset,
			features: large
				? []
				: withSharedSources(summaryFeatures(dataset.features, DETAILS_CHUNK_SIZE)),
			stories: [],
			claims: null
		},
		stories: storiesOf(id).map((s) => ({ id: s.id, title: s.title, path: storyPath(id, s.id) })),
		claimMarks: dataset.claims ? claimMarksOf(dataset.claims, claimsPath(id)) : null,
		featuresUrl: large && !tiled ? `/d/${id}/features.json` : null,
		tiled: tiled ? tiledDataFiles(id, featureCountOf(id)) : null,
		featureCount: featureCountOf(id),
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
