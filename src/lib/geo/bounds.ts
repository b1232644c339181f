import bbox from '@turf/bbox';
import type { FeatureCollection, Position } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The bounding box of every position in a collection (does not modify it). */
export function boundsOf(collection: FeatureCollection): Bounds {
	const [west, south, east, north] = bbox(collection);
	if (!Number.isFinite(west)) throw new Error('boundsOf: the collection has no coordinates');
	return [west, south, east, north];
}

/** The bounding box of a list of positions, as MapLibre's [[west, south], [east, north]]. */
export function featureBounds(
	positions: readonly Position[]
): [[number, number], [number, number]] {
	const xs = positions.map((p) => p[0]);
	const ys = positions.map((p) => p[1]);
	return [
		[Math.min(...xs), Math.min(...ys)],
		[Math.max(...xs), Math.max(...ys)]
	];
}
