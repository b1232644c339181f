// Trunk roads as the ordered towns each passes (data/gazetteer/routes.json): drawn as schematic
// lines through the towns' gazetteer points, and used to check that a blockaded road section
// follows its road's towns instead of cutting straight across. Pure.
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import distance from '@turf/distance';
import type { GazetteerPlace } from '../data/gazetteer.ts';

export interface RouteTown {
	name: string;
	/** GeoNames id; null for a gazetteer place from another source (El Alto). */
	geonames: number | null;
}

export interface Route {
	/** The road's number, as signed: "1", "4". */
	ref: string;
	name: { es: string; en: string };
	towns: RouteTown[];
}

export interface RouteLineProperties {
	ref: string;
	name_es: string;
	name_en: string;
}

/** The gazetteer place of a route town, or an error naming the route and the town. */
export function townPlace(
	route: Pick<Route, 'ref'>,
	town: RouteTown,
	gazetteer: readonly GazetteerPlace[]
): GazetteerPlace {
	const place = gazetteer.find((p) =>
		town.geonames === null ? p.id === null && p.name === town.name : p.id === town.geonames
	);
	if (!place)
		throw new Error(
			`routes.json: route ${route.ref}: town "${town.name}" (${town.geonames ?? 'no id'}) is not in the gazetteer`
		);
	if (place.name !== town.name)
		throw new Error(
			`routes.json: route ${route.ref}: GeoNames ${town.geonames} is "${place.name}", not "${town.name}"`
		);
	return place;
}

/** Each route's towns as gazetteer positions, in route order. */
export function routePositions(
	route: Route,
	gazetteer: readonly GazetteerPlace[]
): [number, number][] {
	return route.towns.map((town) => {
		const place = townPlace(route, town, gazetteer);
		return [place.lng, place.lat];
	});
}

/** One schematic line per route, through its towns (not the road's own course). */
export function routeLines(
	routes: readonly Route[],
	gazetteer: readonly GazetteerPlace[]
): FeatureCollection<LineString, RouteLineProperties> {
	return {
		type: 'FeatureCollection',
		features: routes
			.filter((route) => route.towns.length >= 2)
			.map((route): Feature<LineString, RouteLineProperties> => ({
				type: 'Feature',
				properties: { ref: route.ref, name_es: route.name.es, name_en: route.name.en },
				geometry: { type: 'LineString', coordinates: routePositions(route, gazetteer) }
			}))
	};
}

/** A vertex this close to a route town (metres) stands on it. */
export const ON_TOWN_M = 1_000;

const km = (a: Position, b: Position) => distance([...a], [...b], { units: 'kilometers' });

/**
 * What is wrong with a road section that names its route, as sentences (none: it follows the
 * road). Every route town between the towns nearest its two ends must be one of its vertices,
 * and the vertices on route towns must come in the route's order (either way along it).
 */
export function sectionRouteProblems(
	coordinates: readonly Position[],
	towns: readonly { name: string; position: [number, number] }[]
): string[] {
	if (towns.length === 0 || coordinates.length < 2) return [];
	/** The nearest town's index and its distance in km. */
	const nearestTown = (p: Position) => {
		let best = { i: 0, km: Infinity };
		towns.forEach((t, i) => {
			const d = km(p, t.position);
			if (d < best.km) best = { i, km: d };
		});
		return best;
	};
	const nearest = coordinates.map(nearestTown);
	const onTown = nearest.map(({ i, km }) => (km * 1000 <= ON_TOWN_M ? i : -1));
	const problems: string[] = [];
	const start = nearest[0].i;
	const end = nearest[nearest.length - 1].i;
	const [lo, hi] = start <= end ? [start, end] : [end, start];
	const missing = towns.slice(lo + 1, hi).filter((_, k) => !onTown.includes(lo + 1 + k));
	if (missing.length > 0)
		problems.push(
			`passes ${missing.map((t) => t.name).join(', ')} without a vertex there (a straight line cuts across the road's towns)`
		);
	const visited = onTown.filter((i) => i >= 0);
	const ascending = visited.every((v, k) => k === 0 || v >= visited[k - 1]);
	const descending = visited.every((v, k) => k === 0 || v <= visited[k - 1]);
	if (!ascending && !descending)
		problems.push(
			`visits ${visited.map((i) => towns[i].name).join(', ')}, not in the road's order`
		);
	return problems;
}
