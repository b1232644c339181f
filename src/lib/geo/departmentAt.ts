// The department under a point of the map: found in the outlines the page already holds, so
// clicks need no invisible layer on the map. Pure; the input is not changed.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The `iso_3166_2` code of the first department containing the point, or null. */
export function departmentAt(
	point: [number, number],
	departments: FeatureCollection
): string | null {
	for (const f of departments.features) {
		const type = f.geometry?.type;
		if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
		if (booleanPointInPolygon(point, f.geometry as Polygon | MultiPolygon))
			return String(f.properties?.iso_3166_2 ?? '') || null;
	}
	return null;
}
