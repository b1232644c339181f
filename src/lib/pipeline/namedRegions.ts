// The regions an 'admin1' dataset names, each with where its events stand: what the region
// polygons are matched against (geo/regionMatch.ts). Pure.
import type { Position } from 'geojson';
import type { CheckedFeature } from './check.ts';
import type { NamedRegion } from '../geo/regionMatch.ts';

/** A point of the feature: itself, or a line's first vertex. */
function pointOf(feature: CheckedFeature['feature']): Position | null {
	const g = feature.geometry;
	if (g.type === 'Point') return g.coordinates;
	return g.coordinates[0] ?? null;
}

/** One entry per region code, named as its first feature spells it, in order of appearance. */
export function namedRegions(features: readonly CheckedFeature[]): NamedRegion[] {
	const byCode = new Map<string, { code: string; name: string; points: Position[] }>();
	for (const { feature, department } of features) {
		let region = byCode.get(department);
		if (!region) {
			region = { code: department, name: feature.properties.admin1 ?? department, points: [] };
			byCode.set(department, region);
		}
		const point = pointOf(feature);
		if (point) region.points.push(point);
	}
	return [...byCode.values()];
}
