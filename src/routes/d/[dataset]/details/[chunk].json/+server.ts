import { error } from '@sveltejs/kit';
import { isFetchedDataset, loadDataset } from '#lib/server/dataset.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';
import { detailsChunk } from '#lib/data/packedFeatures.ts';
import { DETAILS_CHUNK_SIZE } from '#lib/data/mapPageData.ts';

export const prerender = true;

const chunkCount = (dataset: string) =>
	Math.ceil(loadDataset(dataset).features.length / DETAILS_CHUNK_SIZE);

/** Descriptions and context of a large dataset, a thousand features a file, fetched on selection. */
export const entries = () =>
	otherDatasetIds()
		.filter(isFetchedDataset)
		.flatMap((dataset) =>
			Array.from({ length: chunkCount(dataset) }, (_, k) => ({ dataset, chunk: String(k) }))
		);

export function GET({ params }: { params: { dataset: string; chunk: string } }) {
	const k = Number(params.chunk);
	if (
		!otherDatasetIds().filter(isFetchedDataset).includes(params.dataset) ||
		!Number.isInteger(k) ||
		k < 0
	)
		error(404, 'No such details file');
	if (k >= chunkCount(params.dataset)) error(404, 'No such details file');
	return new Response(
		JSON.stringify(detailsChunk(loadDataset(params.dataset).features, k, DETAILS_CHUNK_SIZE)),
		{ headers: { 'content-type': 'application/json' } }
	);
}
