import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import length from '@turf/length';
import lineSplit from '@turf/line-split';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { departmentAt } from './departmentAt.ts';

export type DepartmentFeature = Feature<
	Polygon | MultiPolygon,
	{ iso_3166_2: string; name: string; area_km2: number }
>;
export type Departments = FeatureCollection<
	DepartmentFeature['geometry'],
	DepartmentFeature['properties']
>;

/**
 * How far outside the (simplified) department polygons a point may lie and still be
 * assigned to the nearest one: towns on the border (Desaguadero, Tambo Quemado) sit on
 * a boundary that simplification moved by up to a few kilometres.
 */
export const BORDER_TOLERANCE_KM = 8;

/** The ISO 3166-2 code of the department containing a point, or null if it is outside Bolivia. */
export function departmentOfPoint(position: Position, departments: Departments): string | null {
	const inside = departmentAt([position[0], position[1]], departments);
	if (inside) return inside;
	let nearest: string | null = null;
	let nearestKm = BORDER_TOLERANCE_KM;
	for (const d of departments.features) {
		const km = pointToPolygonDistance(position, d, { units: 'kilometers' });
		if (km <= nearestKm) {
			nearestKm = km;
			nearest = d.properties.iso_3166_2;
		}
	}
	return nearest;
}

/**
 * The department where most of a line's length lies. Each piece of the line between
 * department borders is given to the department containing its midpoint.
 */
export function departmentOfLine(line: LineString, departments: Departments): string | null {
	const lengthByDepartment = new Map<string, number>();
	let pieces: Feature<LineString>[] = [{ type: 'Feature', properties: {}, geometry: line }];
	for (const d of departments.features) {
		pieces = pieces.flatMap((piece) => {
			const split = lineSplit(piece, d);
			return split.features.length > 0 ? split.features : [piece];
		});
	}
	for (const piece of pieces) {
		const km = length(piece, { units: 'kilometers' });
		const coords = piece.geometry.coordinates;
		const [a, b] = [coords[0], coords[1]];
		const mid: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
		const code = departmentOfPoint(mid, departments);
		if (code) lengthByDepartment.set(code, (lengthByDepartment.get(code) ?? 0) + km);
	}
	let best: string | null = null;
	let bestKm = 0;
	for (const [code, km] of lengthByDepartment) {
		if (km > bestKm) [best, bestKm] = [code, km];
	}
	return best;
}
