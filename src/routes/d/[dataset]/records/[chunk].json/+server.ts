import { recordsFileCount } from '#lib/data/delivery.ts';
import { chunkedDatasetFiles, featuresOfChunk } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/** A fetched dataset's whole records, a thousand rows a file, by id: fetched on selection. */
export const { entries, GET } = chunkedDatasetFiles(recordsFileCount, (features, k) =>
	Object.fromEntries(featuresOfChunk(features, k).map((f) => [f.properties.id, f]))
);
