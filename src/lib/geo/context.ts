// Geographic context of each feature, computed with turf at build time.
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, Point, Position } from 'geojson';

export interface City {
	name: string;
	position: Position;
}

export interface FeatureContext {
	/** The nearest city (department capital or El Alto), straight-line km to the feature. */
	nearest_city: { name: string; km: number };
	/** Blockades: the nearest other blockade and its straight-line distance. */
	nearest_blockade?: { id: string; km: number };
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

export function geographicContext(
	features: readonly Located[],
	cities: readonly City[]
): Map<string, FeatureContext> {
	if (cities.length === 0) throw new Error('geographicContext: no cities');
	const blockades = features.filter((f) => f.isBlockade);
	const result = new Map<string, FeatureContext>();
	for (const f of features) {
		let city = cities[0];
		let cityKm = Infinity;
		for (const c of cities) {
			const km = kmToCity(f.geometry, c.position);
			if (km < cityKm) [city, cityKm] = [c, km];
		}
		const context: FeatureContext = { nearest_city: { name: city.name, km: round1(cityKm) } };
		if (f.isBlockade) {
			let best: Located | null = null;
			let bestKm = Infinity;
			for (const other of blockades) {
				if (other.id === f.id) continue;
				const km = distance(anchor(f.geometry), anchor(other.geometry), { units: 'kilometers' });
				if (km < bestKm) [best, bestKm] = [other, km];
			}
			if (best) context.nearest_blockade = { id: best.id, km: round1(bestKm) };
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
