import { linesFile } from '#lib/map/eventLayers.ts';
import { fetchedDatasetFile } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/** A fetched dataset's lines as its map draws them: MapLibre's worker reads this file itself. */
export const { entries, GET } = fetchedDatasetFile((dataset) =>
	linesFile(dataset.features, dataset.meta.period)
);
