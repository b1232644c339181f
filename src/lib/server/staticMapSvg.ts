// Renders the static SVG map (build time only).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { departmentShapes, fitProjection } from '../map/staticMap.ts';
import { LAYER_COLORS } from '../domain/layers.ts';
import type { PublicFeature } from '../data/publicData.ts';
import type { Bounds } from '../geo/bounds.ts';

type Departments = FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; name: string }>;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface StaticMapOptions {
	departments: Departments;
	features: readonly PublicFeature[];
	bounds: Bounds;
	width: number;
	height: number;
	/** Drawn larger and ringed, on top. */
	highlight?: string;
	title: string;
}

export function renderStaticMapSvg(o: StaticMapOptions): string {
	const projection = fitProjection(o.bounds, o.width, o.height);
	const shapes = departmentShapes(o.departments, projection)
		.map((d) => `<path d="${d.path}"><title>${escapeXml(d.name)}</title></path>`)
		.join('');
	const dots: string[] = [];
	let highlighted = '';
	for (const f of o.features) {
		const position =
			f.geometry.type === 'Point'
				? f.geometry.coordinates
				: f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)];
		const [x, y] = projection.project(position).map((v) => Math.round(v * 10) / 10);
		const color = LAYER_COLORS[f.properties.layer];
		if (f.properties.id === o.highlight) {
			highlighted = `<circle cx="${x}" cy="${y}" r="9" fill="none" stroke="#000" stroke-width="3"/><circle cx="${x}" cy="${y}" r="5" fill="${color}" stroke="#fff" stroke-width="1.5"/>`;
		} else {
			dots.push(`<circle cx="${x}" cy="${y}" r="${o.highlight ? 2 : 3}" fill="${color}"/>`);
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${escapeXml(o.title)}">` +
		`<title>${escapeXml(o.title)}</title>` +
		`<rect width="100%" height="100%" fill="#ece9e2"/>` +
		`<g fill="#faf8f3" stroke="#a59f94" stroke-width="0.8" stroke-linejoin="round">${shapes}</g>` +
		`<g fill-opacity="${o.highlight ? 0.55 : 0.85}" stroke="#fff" stroke-width="0.6">${dots.join('')}</g>` +
		highlighted +
		`</svg>`
	);
}
