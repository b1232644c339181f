import { error } from '@sveltejs/kit';
import { datasetIds, deliveryOf, loadDataset } from '#lib/server/dataset.ts';
import { detailsChunk } from '#lib/data/featureDetails.ts';
import { DETAILS_CHUNK_SIZE, detailsFileCount } from '#lib/data/delivery.ts';

export const prerender = true;

/** How many details files a dataset has: none for an unknown or tiled one. */
const fileCount = (dataset: string) =>
	datasetIds().includes(dataset) ? detailsFileCount(deliveryOf(dataset)) : 0;

/** Descriptions, context, notes and quotes, a thousand features a file, fetched on selection. */
export const entries = () =>
	datasetIds().flatMap((dataset) =>
		Array.from({ length: fileCount(dataset) }, (_, k) => ({ dataset, chunk: String(k) }))
	);

export function GET({ params }: { params: { dataset: string; chunk: string } }) {
	const k = Number(params.chunk);
	if (!Number.isInteger(k) || k < 0 || k >= fileCount(params.dataset))
		error(404, 'No such details file');
	return new Response(
		JSON.stringify(detailsChunk(loadDataset(params.dataset).features, k, DETAILS_CHUNK_SIZE)),
		{ headers: { 'content-type': 'application/json' } }
	);
}
