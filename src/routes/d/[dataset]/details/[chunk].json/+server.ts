import { error } from '@sveltejs/kit';
import { datasetIds, isTiledDataset, loadDataset } from '#lib/server/dataset.ts';
import { detailsChunk } from '#lib/data/featureDetails.ts';
import { DETAILS_CHUNK_SIZE } from '#lib/data/mapPageData.ts';

export const prerender = true;

/** Datasets whose map pages carry summaries (all but the tiled: their records hold everything). */
const summarised = () => datasetIds().filter((id) => !isTiledDataset(id));

const chunkCount = (dataset: string) =>
	Math.ceil(loadDataset(dataset).features.length / DETAILS_CHUNK_SIZE);

/** Descriptions, context, notes and quotes, a thousand features a file, fetched on selection. */
export const entries = () =>
	summarised().flatMap((dataset) =>
		Array.from({ length: chunkCount(dataset) }, (_, k) => ({ dataset, chunk: String(k) }))
	);

export function GET({ params }: { params: { dataset: string; chunk: string } }) {
	const k = Number(params.chunk);
	if (!summarised().includes(params.dataset) || !Number.isInteger(k) || k < 0)
		error(404, 'No such details file');
	if (k >= chunkCount(params.dataset)) error(404, 'No such details file');
	return new Response(
		JSON.stringify(detailsChunk(loadDataset(params.dataset).features, k, DETAILS_CHUNK_SIZE)),
		{ headers: { 'content-type': 'application/json' } }
	);
}
