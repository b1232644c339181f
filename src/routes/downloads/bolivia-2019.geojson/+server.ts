import { loadDataset } from '#lib/server/dataset.ts';
import { toGeoJson } from '#lib/data/downloads.ts';

export const prerender = true;

export function GET() {
	return new Response(toGeoJson(loadDataset()), {
		headers: { 'content-type': 'application/geo+json' }
	});
}
