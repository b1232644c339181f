import departments from '#data/boundaries/departments.geojson';
import { loadDataset } from '#lib/server/dataset.ts';
import { renderStaticMapSvg } from '#lib/server/staticMapSvg.ts';
import { boundsOf } from '#lib/geo/bounds.ts';

export const prerender = true;

export const entries = () => loadDataset().features.map((f) => ({ id: f.properties.id }));

/** A small static figure locating one event in Bolivia (for pages read without JavaScript). */
export function GET({ params }: { params: { id: string } }) {
	const dataset = loadDataset();
	const feature = dataset.features.find((f) => f.properties.id === params.id);
	if (!feature) return new Response('Not found', { status: 404 });
	const svg = renderStaticMapSvg({
		departments: departments as never,
		features: dataset.features,
		bounds: boundsOf(departments),
		width: 300,
		height: 340,
		highlight: feature.properties.id,
		title: `${feature.properties.title.es} / ${feature.properties.title.en}`
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
