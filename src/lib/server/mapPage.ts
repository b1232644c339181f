// Builds the data of a map page (prerender time).
import type { MapPageData } from '../data/mapPageData.ts';
import { DETAILS_CHUNK_SIZE } from '../data/delivery.ts';
import { summaryFeatures } from '../data/featureDetails.ts';
import type { Lang } from '../i18n/messages.ts';
import { DEFAULT_DATASET, claimsPath, datasetPath, previewPath, storyPath } from '../data/paths.ts';
import { claimMarksOf } from '../data/claims.ts';
import { storiesOf } from './storyPages.ts';
import { datasetIds, datasetIndex, deliveryOf, isFetchedDataset, loadDataset } from './dataset.ts';
import { worldBasemap } from './worldBasemap.ts';
import { regionsAreBoliviaDepartments } from '../data/regionKind.ts';

/** Datasets other than the default: each gets a map at /d/<id>/. */
export function otherDatasetIds(): string[] {
	return datasetIds().filter((id) => id !== DEFAULT_DATASET);
}

/** Of those, the ones whose map page fetches its files: rows, points, lines and records. */
export const fetchedDatasetIds = (): string[] => otherDatasetIds().filter(isFetchedDataset);

export function mapPageData(id: string, lang: Lang): MapPageData {
	const dataset = loadDataset(id);
	const delivery = deliveryOf(id);
	const inline = delivery.mode === 'inline';
	return {
		// Stories and claims have their own pages: the map carries only their titles and marks.
		// Details (descriptions, notes, quotes) wait in details files: the page carries summaries.
		dataset: {
			...dataset,
			// The dataset's own list of sources, its unlocated blockades and the quotes of its
			// reported totals are read on the data, about and claims pages, not on the map.
			meta: {
				...dataset.meta,
				sources: [],
				blockades_unlocated: [],
				// eslint-disable-next-line @typescript-eslint/no-unused-vars
				reported_totals: dataset.meta.reported_totals.map(({ quote: _quote, ...total }) => total)
			},
			features: inline ? summaryFeatures(dataset.features, DETAILS_CHUNK_SIZE) : [],
			stories: [],
			claims: null,
			// Retracted records keep their pages; the map does not draw them.
			retracted: [],
			// Drawn from the basemap.
			region_map: null
		},
		stories: storiesOf(id).map((s) => ({ id: s.id, title: s.title, path: storyPath(id, s.id) })),
		claimMarks: dataset.claims ? claimMarksOf(dataset.claims, claimsPath(id)) : null,
		delivery,
		basemap: regionsAreBoliviaDepartments(dataset.meta)
			? null
			: worldBasemap(dataset.meta.bbox, dataset.region_map ?? null),
		previewUrl: inline ? previewPath(id) : null,
		datasets: datasetIndex().map((other) => ({
			id: other.id,
			title: other.title,
			path: datasetPath(other.id)
		})),
		lang
	};
}
