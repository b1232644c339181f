import { loadDataset } from '#lib/server/dataset.ts';
import { toCsv } from '#lib/data/downloads.ts';

export const prerender = true;

export function GET() {
	return new Response(toCsv(loadDataset()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
