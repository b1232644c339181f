import { detailsChunk } from '#lib/data/featureDetails.ts';
import { DETAILS_CHUNK_SIZE, detailsFileCount } from '#lib/data/delivery.ts';
import { chunkedDatasetFiles } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/** An inline dataset's descriptions, context, notes and quotes, a thousand features a file. */
export const { entries, GET } = chunkedDatasetFiles(detailsFileCount, (features, k) =>
	detailsChunk(features, k, DETAILS_CHUNK_SIZE)
);
