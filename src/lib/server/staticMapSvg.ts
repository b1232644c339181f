// Renders the static SVG map (build time only).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { departmentShapes, fitProjection } from '../map/staticMap.ts';
import { placeLabels } from '../map/staticLabels.ts';
import { LAYER_COLORS, type EventLayerId } from '../domain/layers.ts';
import { DRAW_ORDER } from '../map/eventLayers.ts';
import { conservativeFigure } from '../data/figures.ts';
import type { PublicFeature } from '../data/publicData.ts';
import type { Bounds } from '../geo/bounds.ts';

type Departments = FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; name: string }>;

const deadOf = (f: PublicFeature) => conservativeFigure(f.properties.casualties?.dead) ?? 0;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface StaticMapOptions {
	departments: Departments;
	features: readonly PublicFeature[];
	bounds: Bounds;
	width: number;
	height: number;
	/** Drawn larger and ringed, on top, with a close-up inset around it. */
	highlight?: string;
	title: string;
	/** Towns named in the close-up (the basemap's places), the most important first. */
	places?: readonly { name: string; position: [number, number] }[];
}

/** The close-up's half-size in degrees: about 35 km each way at Bolivia's latitudes. */
const INSET_HALF_DEGREES = 0.32;

const positionOf = (f: PublicFeature): [number, number] =>
	(f.geometry.type === 'Point'
		? f.geometry.coordinates
		: f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)]) as [number, number];

/**
 * A close-up around the highlighted event in the top-right corner (the country map alone shows
 * it among a whole country), framed on the main map by a small rectangle.
 */
function insetSvg(o: StaticMapOptions, feature: PublicFeature): string {
	const at = positionOf(feature);
	const w = Math.round(o.width * 0.42);
	const h = Math.round(o.height * 0.36);
	const x0 = o.width - w - 6;
	const y0 = 6;
	const d = INSET_HALF_DEGREES;
	const bounds: Bounds = [at[0] - d, at[1] - d, at[0] + d, at[1] + d];
	const inset = fitProjection(bounds, w, h, 0);
	const main = fitProjection(o.bounds, o.width, o.height);
	const r = (v: number) => Math.round(v * 10) / 10;
	const inside = ([lng, lat]: [number, number]) =>
		lng >= bounds[0] && lng <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
	const shapes = departmentShapes(o.departments, inset)
		.map((s) => `<path d="${s.path}"/>`)
		.join('');
	const dots = o.features
		.filter((f) => f.properties.id !== o.highlight && inside(positionOf(f)))
		.map((f) => {
			const [x, y] = inset.project(positionOf(f)).map(r);
			return `<circle cx="${x}" cy="${y}" r="3.5" fill="${LAYER_COLORS[f.properties.layer]}" stroke="#fff" stroke-width="0.8"/>`;
		})
		.join('');
	const [cx, cy] = inset.project(at).map(r);
	// Town names placed without overlap, clear of the event's ring; the dots are always drawn.
	const towns = (o.places ?? [])
		.filter((p) => inside(p.position))
		.map((p) => {
			const [x, y] = inset.project(p.position).map(r);
			return { text: p.name, x, y };
		});
	const townDots = towns
		.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="1.8" fill="#3d3a35"/>`)
		.join('');
	const labels = placeLabels(
		towns,
		{ width: w, height: h },
		{
			keepClear: [{ x0: cx - 12, y0: cy - 12, x1: cx + 12, y1: cy + 12 }]
		}
	)
		.map(
			(l) =>
				`<text x="${r(l.textX)}" y="${r(l.textY)}" text-anchor="${l.anchor}" data-box="${[l.box.x0, l.box.y0, l.box.x1, l.box.y1].map(r).join(',')}">${escapeXml(l.text)}</text>`
		)
		.join('');
	const color = LAYER_COLORS[feature.properties.layer];
	const [fx0, fy0] = main.project([bounds[0], bounds[3]]).map(r);
	const [fx1, fy1] = main.project([bounds[2], bounds[1]]).map(r);
	return (
		`<rect x="${fx0}" y="${fy0}" width="${r(fx1 - fx0)}" height="${r(fy1 - fy0)}" fill="none" stroke="#000" stroke-width="1"/>` +
		`<g transform="translate(${x0} ${y0})" data-inset="close-up">` +
		`<clipPath id="inset-clip"><rect width="${w}" height="${h}"/></clipPath>` +
		`<rect width="${w}" height="${h}" fill="#ece9e2" stroke="#3d3a35" stroke-width="1.5"/>` +
		`<g clip-path="url(#inset-clip)">` +
		`<g fill="#faf8f3" stroke="#a59f94" stroke-width="0.8">${shapes}</g>${dots}${townDots}` +
		`<circle cx="${cx}" cy="${cy}" r="10" fill="none" stroke="#000" stroke-width="3"/><circle cx="${cx}" cy="${cy}" r="6" fill="${color}" stroke="#fff" stroke-width="1.5"/>` +
		`<g font-size="10" font-family="sans-serif" fill="#3d3a35" stroke="#faf8f3" stroke-width="2.5" paint-order="stroke">${labels}</g>` +
		`</g></g>`
	);
}

export function renderStaticMapSvg(o: StaticMapOptions): string {
	const projection = fitProjection(o.bounds, o.width, o.height);
	const shapes = departmentShapes(o.departments, projection)
		.map((d) => `<path d="${d.path}"><title>${escapeXml(d.name)}</title></path>`)
		.join('');
	const dots: string[] = [];
	let highlighted = '';
	let inset = '';
	// As on the live map: the gravest on top, circles sized by the dead, massacres ringed.
	const byGravity = o.features.toSorted(
		(a, b) =>
			DRAW_ORDER.indexOf(a.properties.layer as EventLayerId) -
				DRAW_ORDER.indexOf(b.properties.layer as EventLayerId) || deadOf(a) - deadOf(b)
	);
	for (const f of byGravity) {
		const position = positionOf(f);
		const [x, y] = projection.project(position).map((v) => Math.round(v * 10) / 10);
		const color = LAYER_COLORS[f.properties.layer];
		if (f.properties.id === o.highlight) {
			inset = insetSvg(o, f);
			highlighted = `<circle cx="${x}" cy="${y}" r="9" fill="none" stroke="#000" stroke-width="3"/><circle cx="${x}" cy="${y}" r="5" fill="${color}" stroke="#fff" stroke-width="1.5"/>`;
		} else if (o.highlight) {
			dots.push(`<circle cx="${x}" cy="${y}" r="2" fill="${color}"/>`);
		} else {
			const r = Math.round((3 + 1.3 * Math.sqrt(deadOf(f))) * 10) / 10;
			dots.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`);
			if (f.properties.kind === 'massacre')
				dots.push(
					`<circle cx="${x}" cy="${y}" r="${r + 2.5}" fill="none" stroke="#5a0000" stroke-width="1.8" stroke-opacity="1"/>`
				);
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${escapeXml(o.title)}">` +
		`<title>${escapeXml(o.title)}</title>` +
		`<rect width="100%" height="100%" fill="#ece9e2"/>` +
		`<g fill="#faf8f3" stroke="#a59f94" stroke-width="0.8" stroke-linejoin="round">${shapes}</g>` +
		`<g fill-opacity="${o.highlight ? 0.55 : 0.85}" stroke="#fff" stroke-width="0.6">${dots.join('')}</g>` +
		highlighted +
		inset +
		`</svg>`
	);
}
