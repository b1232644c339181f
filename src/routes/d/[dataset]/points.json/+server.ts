import { pointsFile } from '#lib/map/eventLayers.ts';
import { fetchedDatasetFile } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/**
 * A fetched dataset's points as its map draws them (eventLayers.ts pointsFile): MapLibre's worker
 * downloads and reads this file itself, so the map draws before the page has read its rows.
 */
export const { entries, GET } = fetchedDatasetFile((dataset) =>
	pointsFile(dataset.features, dataset.meta.period)
);
