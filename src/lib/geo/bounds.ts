import type { FeatureCollection, Position } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

function eachPosition(coordinates: unknown, visit: (p: Position) => void): void {
	if (!Array.isArray(coordinates)) return;
	if (typeof coordinates[0] === 'number') {
		visit(coordinates as Position);
		return;
	}
	for (const child of coordinates) eachPosition(child, visit);
}

/** The bounding box of every position in a collection (does not modify it). */
export function boundsOf(collection: FeatureCollection): Bounds {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const f of collection.features) {
		if (!f.geometry || f.geometry.type === 'GeometryCollection') continue;
		eachPosition(f.geometry.coordinates, ([x, y]) => {
			west = Math.min(west, x);
			east = Math.max(east, x);
			south = Math.min(south, y);
			north = Math.max(north, y);
		});
	}
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
