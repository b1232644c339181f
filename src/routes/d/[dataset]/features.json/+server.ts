import { error } from '@sveltejs/kit';
import { loadDataset } from '#lib/server/dataset.ts';
import { packFeatures } from '#lib/data/packedFeatures.ts';
import { DETAILS_CHUNK_SIZE } from '#lib/data/delivery.ts';
import { fetchedDatasetIds } from '#lib/server/mapPage.ts';

export const prerender = true;

/** The features of a large dataset, fetched by its map page after first paint. */
export const entries = () => fetchedDatasetIds().map((dataset) => ({ dataset }));

export function GET({ params }: { params: { dataset: string } }) {
	if (!fetchedDatasetIds().includes(params.dataset)) error(404, 'No such dataset');
	return new Response(
		JSON.stringify(
			packFeatures(loadDataset(params.dataset).features, { detailsChunkSize: DETAILS_CHUNK_SIZE })
		),
		{
			headers: { 'content-type': 'application/json' }
		}
	);
}
