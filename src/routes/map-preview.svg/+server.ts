import departments from '#data/boundaries/departments.geojson';
import { loadDataset } from '#lib/server/dataset.ts';
import { renderStaticMapSvg } from '#lib/server/staticMapSvg.ts';
import { boundsOf } from '#lib/geo/bounds.ts';

export const prerender = true;

/** The static map shown before the interactive one loads (and instead of it without WebGL). */
export function GET() {
	const dataset = loadDataset();
	const svg = renderStaticMapSvg({
		departments: departments as never,
		features: dataset.features,
		bounds: boundsOf(departments),
		width: 600,
		height: 680,
		title: `${dataset.meta.title.es} / ${dataset.meta.title.en}`
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
