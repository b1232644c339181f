import { error } from '@sveltejs/kit';
import { loadDataset } from '#lib/server/dataset.ts';
import { pointsFile } from '#lib/map/eventLayers.ts';
import { fetchedDatasetIds } from '#lib/server/mapPage.ts';

export const prerender = true;

/**
 * A fetched dataset's points as its map draws them (eventLayers.ts pointsFile): MapLibre's worker
 * downloads and reads this file itself, so the map draws before the page has read its features.
 */
export const entries = () => fetchedDatasetIds().map((dataset) => ({ dataset }));

export function GET({ params }: { params: { dataset: string } }) {
	if (!fetchedDatasetIds().includes(params.dataset)) error(404, 'No such dataset');
	const dataset = loadDataset(params.dataset);
	return new Response(JSON.stringify(pointsFile(dataset.features, dataset.meta.period)), {
		headers: { 'content-type': 'application/json' }
	});
}
