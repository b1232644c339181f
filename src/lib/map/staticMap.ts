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

const r1 = (v: number) => Math.round(v * 10) / 10;

/** An SVG path for polygons, dropping points closer than `minStep` pixels to keep it small. */
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
			const points: string[] = [];
			for (const position of ring) {
				const [x, y] = projection.project(position);
				if (last && Math.hypot(x - last[0], y - last[1]) < minStep) continue;
				points.push(`${r1(x)},${r1(y)}`);
				last = [x, y];
			}
			if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
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
