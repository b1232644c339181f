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

const CELL_DEGREES = 0.25;
const KM_PER_DEGREE = 111.32;

/** Blockade anchors bucketed in a grid of 0.25° cells, so the nearest one is found locally. */
function blockadeGrid(blockades: readonly Located[]) {
	const cells = new Map<string, { id: string; at: Position }[]>();
	for (const b of blockades) {
		const at = anchor(b.geometry);
		const key = `${Math.floor(at[0] / CELL_DEGREES)}:${Math.floor(at[1] / CELL_DEGREES)}`;
		const list = cells.get(key);
		if (list) list.push({ id: b.id, at });
		else cells.set(key, [{ id: b.id, at }]);
	}
	return cells;
}

/**
 * The nearest other blockade: searches rings of cells outwards and stops once no unseen cell
 * can hold anything closer than the best found.
 */
function nearestInGrid(
	cells: ReturnType<typeof blockadeGrid>,
	self: Located,
	total: number
): { id: string; km: number } | null {
	if (total < 2) return null;
	const at = anchor(self.geometry);
	const cx = Math.floor(at[0] / CELL_DEGREES);
	const cy = Math.floor(at[1] / CELL_DEGREES);
	let best: { id: string; km: number } | null = null;
	for (let ring = 0; ring <= 720 / CELL_DEGREES; ring++) {
		// Any cell of this ring is at least (ring - 1) cells away, east-west at the widest latitude.
		const widestLat = Math.min(89, Math.abs(at[1]) + (ring + 1) * CELL_DEGREES);
		const boundKm =
			Math.max(0, ring - 1) * CELL_DEGREES * KM_PER_DEGREE * Math.cos((widestLat * Math.PI) / 180);
		if (best && boundKm > best.km) break;
		for (let x = cx - ring; x <= cx + ring; x++) {
			for (let y = cy - ring; y <= cy + ring; y++) {
				if (Math.max(Math.abs(x - cx), Math.abs(y - cy)) !== ring) continue;
				for (const other of cells.get(`${x}:${y}`) ?? []) {
					if (other.id === self.id) continue;
					const km = distance(at, other.at, { units: 'kilometers' });
					if (!best || km < best.km) best = { id: other.id, km };
				}
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
