// Geographic context of each feature, computed with turf at build time.
import type { FeatureContext } from '../data/publicData.ts';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, Point, Position } from 'geojson';

export interface City {
	name: string;
	position: Position;
}

interface Located {
	id: string;
	isBlockade: boolean;
	geometry: Point | LineString;
}

const round1 = (km: number) => Math.round(km * 10) / 10;

function kmToCity(geometry: Point | LineString, city: Position): number {
	return geometry.type === 'Point'
		? distance(city, geometry.coordinates, { units: 'kilometers' })
		: pointToLineDistance(city, geometry, { units: 'kilometers' });
}

/** A point standing for the feature when measuring between features: a line's middle vertex. */
function anchor(geometry: Point | LineString): Position {
	return geometry.type === 'Point'
		? geometry.coordinates
		: geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
}

const KM_PER_DEGREE = 111.32;

/**
 * Blockade anchors bucketed in a grid, so the nearest one is found locally. Cells are 0.25°, or
 * smaller where blockades are many (about four to a cell over their bounds): with a fixed size,
 * a million synthetic events put hundreds in each cell and the search grew with their square.
 */
function blockadeGrid(blockades: readonly Located[]) {
	const anchors = blockades.map((b) => ({ id: b.id, at: anchor(b.geometry) }));
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { at } of anchors) {
		[w, s, e, n] = [Math.min(w, at[0]), Math.min(s, at[1]), Math.max(e, at[0]), Math.max(n, at[1])];
	}
	const area = anchors.length > 0 ? Math.max(e - w, 0.01) * Math.max(n - s, 0.01) : 1;
	const size = Math.min(0.25, Math.max(0.005, Math.sqrt((area * 4) / Math.max(1, anchors.length))));
	const cells = new Map<string, { id: string; at: Position }[]>();
	for (const a of anchors) {
		const key = `${Math.floor(a.at[0] / size)}:${Math.floor(a.at[1] / size)}`;
		const list = cells.get(key);
		if (list) list.push(a);
		else cells.set(key, [a]);
	}
	// The occupied cells' extent: a search whose ring covers it has seen every blockade.
	const extent = {
		west: Math.floor(w / size),
		south: Math.floor(s / size),
		east: Math.floor(e / size),
		north: Math.floor(n / size)
	};
	return { cells, size, extent };
}

/** The cells at Chebyshev distance `ring` from (cx, cy): the square's border, once each. */
function* ringCells(cx: number, cy: number, ring: number): Generator<string> {
	if (ring === 0) {
		yield `${cx}:${cy}`;
		return;
	}
	for (let x = cx - ring; x <= cx + ring; x++) {
		yield `${x}:${cy - ring}`;
		yield `${x}:${cy + ring}`;
	}
	for (let y = cy - ring + 1; y <= cy + ring - 1; y++) {
		yield `${cx - ring}:${y}`;
		yield `${cx + ring}:${y}`;
	}
}

/**
 * The nearest other blockade: searches rings of cells outwards and stops once no unseen cell
 * can hold anything closer than the best found, or once the rings cover every occupied cell
 * (near the poles the first bound shrinks to nothing; far-apart blockades stop by the second).
 */
function nearestInGrid(
	grid: ReturnType<typeof blockadeGrid>,
	self: Located,
	total: number
): { id: string; km: number } | null {
	if (total < 2) return null;
	const { cells, size, extent } = grid;
	const at = anchor(self.geometry);
	const cx = Math.floor(at[0] / size);
	const cy = Math.floor(at[1] / size);
	const lastRing = Math.max(
		cx - extent.west,
		extent.east - cx,
		cy - extent.south,
		extent.north - cy
	);
	let best: { id: string; km: number } | null = null;
	for (let ring = 0; ring <= lastRing; ring++) {
		// Any cell of this ring is at least (ring - 1) cells away, east-west at the widest latitude.
		const widestLat = Math.min(89, Math.abs(at[1]) + (ring + 1) * size);
		const boundKm =
			Math.max(0, ring - 1) * size * KM_PER_DEGREE * Math.cos((widestLat * Math.PI) / 180);
		if (best && boundKm > best.km) break;
		for (const key of ringCells(cx, cy, ring)) {
			for (const other of cells.get(key) ?? []) {
				if (other.id === self.id) continue;
				const km = distance(at, other.at, { units: 'kilometers' });
				if (!best || km < best.km) best = { id: other.id, km };
			}
		}
	}
	return best;
}

/**
 * For each feature: the nearest city (when cities are given) and, for blockades, the nearest
 * other blockade.
 */
export function geographicContext(
	features: readonly Located[],
	cities: readonly City[]
): Map<string, FeatureContext> {
	const blockades = features.filter((f) => f.isBlockade);
	const grid = blockadeGrid(blockades);
	const result = new Map<string, FeatureContext>();
	for (const f of features) {
		const context: FeatureContext = {};
		if (cities.length > 0) {
			let city = cities[0];
			let cityKm = Infinity;
			for (const c of cities) {
				const km = kmToCity(f.geometry, c.position);
				if (km < cityKm) [city, cityKm] = [c, km];
			}
			context.nearest_city = { name: city.name, km: round1(cityKm) };
		}
		if (f.isBlockade) {
			const best = nearestInGrid(grid, f, blockades.length);
			if (best) context.nearest_blockade = { id: best.id, km: round1(best.km) };
		}
		result.set(f.id, context);
	}
	return result;
}

/** The cities of the basemap's label file (capitals and El Alto). */
export function citiesFromPlaces(places: {
	features: Feature<Point, { name: string; rank: number; kind: string }>[];
}): City[] {
	return places.features
		.filter((p) => p.properties.kind !== 'department' && p.properties.rank === 1)
		.map((p) => ({ name: p.properties.name, position: p.geometry.coordinates }));
}
