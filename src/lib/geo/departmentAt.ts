// The department containing a point, strictly (departments.ts adds a tolerance at the border for
// the data): a click on the map finds its department in the outlines the page already holds,
// with no invisible layer. Pure; the input is not changed.
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
