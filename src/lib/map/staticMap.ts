// A small static map drawn as SVG at build time: shown before (or instead of) the WebGL map,
// and on pages that must work without JavaScript. Pure: geometry in, path strings out.
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from '../geo/bounds.ts';

export interface Projection {
	width: number;
	height: number;
	project: (p: Position) => [number, number];
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Web Mercator fitted to `bounds` inside a width × height box (aspect kept, centred). */
export function fitProjection(
	bounds: Bounds,
	width: number,
	height: number,
	padding = 4
): Projection {
	const [w, s, e, n] = bounds;
	const x0 = (w * Math.PI) / 180;
	const x1 = (e * Math.PI) / 180;
	const y0 = mercatorY(s);
	const y1 = mercatorY(n);
	const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
	const dx = (width - scale * (x1 - x0)) / 2;
	const dy = (height - scale * (y1 - y0)) / 2;
	return {
		width,
		height,
		project: ([lng, lat]) => [
			dx + scale * ((lng * Math.PI) / 180 - x0),
			dy + scale * (y1 - mercatorY(lat))
		]
	};
}

/** Tenths of a pixel: the path's unit, so that every step between points is exact. */
const tenths = (v: number) => Math.round(v * 10);
/** A number of tenths as SVG writes it: 7 → ".7", -34 → "-3.4", 20 → "2". */
const svgNumber = (t: number) => String(t / 10).replace(/^(-?)0\./, '$1.');

/**
 * An SVG path for polygons, dropping points closer than `minStep` pixels to keep it small. Each
 * ring starts at its first point and steps relatively from there (short numbers, a smaller file).
 */
export function polygonPath(
	geometry: Polygon | MultiPolygon,
	projection: Projection,
	minStep = 1
): string {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const parts: string[] = [];
	for (const polygon of polygons) {
		for (const ring of polygon) {
			let last: [number, number] | null = null;
			const points: [number, number][] = [];
			for (const position of ring) {
				const [x, y] = projection.project(position);
				if (last && Math.hypot(x - last[0], y - last[1]) < minStep) continue;
				points.push([tenths(x), tenths(y)]);
				last = [x, y];
			}
			if (points.length < 3) continue;
			const [[x0, y0], ...rest] = points;
			const steps = rest.map(([x, y], i) => {
				const [px, py] = points[i];
				return `${svgNumber(x - px)},${svgNumber(y - py)}`;
			});
			parts.push(`M${svgNumber(x0)},${svgNumber(y0)}l${steps.join(' ')}Z`);
		}
	}
	return parts.join('');
}

export interface StaticShape {
	code: string;
	name: string;
	path: string;
}

export function departmentShapes(
	departments: FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; name: string }>,
	projection: Projection
): StaticShape[] {
	return departments.features.map((d) => ({
		code: d.properties.iso_3166_2,
		name: d.properties.name,
		path: polygonPath(d.geometry, projection, 1.5)
	}));
}
