// Seeded synthetic events spread over Bolivia, for benchmarks and scale tests. Never real data.
import type { PublicFeature } from '../data/publicData.ts';
import type { EventFeature } from '../data/schema.ts';
import { KINDS, type Kind } from '../domain/kinds.ts';
import { CATEGORY_OF_KIND, LAYER_OF_KIND } from '../domain/layers.ts';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Departments } from '../geo/departments.ts';
import { dayNumber, dayString } from '../geo/days.ts';
import type { Bounds } from '../geo/bounds.ts';

/** mulberry32: a small, fast, seeded PRNG (same seed, same data). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `count` random positions inside Bolivia's departments (rejection sampling in the bounds), none
 * where `excluded` says no.
 */
export function randomPositionsInside(
	count: number,
	departments: Departments,
	bounds: Bounds,
	random: () => number,
	excluded: (p: [number, number]) => boolean = () => false
): [number, number][] {
	const [w, s, e, n] = bounds;
	const out: [number, number][] = [];
	while (out.length < count) {
		const p: [number, number] = [
			Math.round((w + random() * (e - w)) * 1e5) / 1e5,
			Math.round((s + random() * (n - s)) * 1e5) / 1e5
		];
		// Strictly inside a department (no border tolerance: that search is slow and not needed here).
		if (!excluded(p) && departments.features.some((d) => booleanPointInPolygon(p, d))) out.push(p);
	}
	return out;
}

/**
 * Whether a position lies within `metres` of one of `places` (a grid of 0.01° cells, then the
 * distance on the sphere): a made-up site must not stand on a town's centre, which data:check
 * refuses for a place that does not name the town (crossChecks.ts, CENTRE_TOLERANCE_M).
 */
export function nearAnyPlace(
	places: readonly { lat: number; lng: number }[],
	metres: number
): (p: [number, number]) => boolean {
	const CELL = 0.01;
	const key = (x: number, y: number) => `${x},${y}`;
	const cells = new Map<string, [number, number][]>();
	for (const { lat, lng } of places) {
		const k = key(Math.floor(lng / CELL), Math.floor(lat / CELL));
		cells.set(k, [...(cells.get(k) ?? []), [lng, lat]]);
	}
	const reach = Math.ceil(metres / 1000 / (CELL * 111)) + 1;
	return ([lng, lat]) => {
		const [cx, cy] = [Math.floor(lng / CELL), Math.floor(lat / CELL)];
		for (let dx = -reach; dx <= reach; dx++)
			for (let dy = -reach; dy <= reach; dy++)
				for (const place of cells.get(key(cx + dx, cy + dy)) ?? [])
					if (distance([lng, lat], place, { units: 'meters' }) <= metres) return true;
		return false;
	};
}

/** The one source every synthetic feature names: it says the data is made up. */
export const SYNTHETIC_SOURCE = {
	url: 'https://example.org/synthetic',
	title: 'Synthetic data (not real events)',
	publisher: 'Cabildo benchmark generator',
	// A located blockade needs a dated report: the generator's version stands in for one.
	date: '2026-11-28'
};

export const SYNTHETIC_LOCATION_NOTE = {
	es: 'Posición inventada al azar.',
	en: 'A position made up at random.'
};

/** The period synthetic events fall in: Bolivia 2019's. */
export const SYNTHETIC_PERIOD = { start: '2019-10-20', end: '2019-11-30' };

/**
 * Synthetic features in the data schema (as a dataset file holds them): dates spread over the
 * period; blockades reported on one to three days; small casualty figures from one or two sources.
 */
export function syntheticEventFeatures(
	positions: readonly [number, number][],
	period: { start: string; end: string },
	random: () => number
): EventFeature[] {
	const first = dayNumber(period.start);
	const span = dayNumber(period.end) - first + 1;
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	return positions.map((coordinates, i) => {
		const kind: Kind =
			random() < 0.4
				? 'blockade'
				: pick(KINDS.filter((k) => k !== 'blockade-section' && k !== 'march'));
		const start = first + Math.floor(random() * span);
		const activeDates =
			kind === 'blockade'
				? [
						...new Set(
							[0, 1, 2]
								.slice(0, 1 + Math.floor(random() * 3))
								.map(() => dayString(first + Math.floor(random() * span)))
						)
					].sort()
				: undefined;
		const violent = CATEGORY_OF_KIND[kind] === 'violence';
		const figure = (max: number) => [
			{ value: Math.floor(random() * max), source: SYNTHETIC_SOURCE.url },
			...(random() < 0.5
				? [{ value: Math.floor(random() * max), source: SYNTHETIC_SOURCE.url }]
				: [])
		];
		return {
			type: 'Feature',
			geometry: { type: 'Point', coordinates },
			properties: {
				id: `synthetic-${i}`,
				kind,
				title: { es: `Evento sintético ${i}`, en: `Synthetic event ${i}` },
				description: { es: 'Dato sintético.', en: 'Synthetic datum.' },
				date: {
					start: activeDates?.[0] ?? dayString(start),
					...(activeDates && activeDates.length > 1 ? { end: activeDates.at(-1) } : {}),
					precision: 'day'
				},
				...(activeDates ? { active_dates: activeDates } : {}),
				place: { name: `Sitio ${i}`, alt_names: [] },
				location: {
					precision: 'exact',
					radius_m: 0,
					source: SYNTHETIC_SOURCE,
					// Made up: the gazetteer checks (a point on a town's centre must name it) do not apply.
					note: SYNTHETIC_LOCATION_NOTE
				},
				...(violent
					? { casualties: { dead: figure(5), injured: figure(40), detained: figure(20) } }
					: {}),
				sources: [SYNTHETIC_SOURCE]
			}
		};
	});
}

/** Synthetic features as the page receives them, with departments already assigned. */
export function syntheticFeatures(
	positions: readonly [number, number][],
	departmentCodes: readonly string[],
	period: { start: string; end: string },
	random: () => number
): PublicFeature[] {
	return syntheticEventFeatures(positions, period, random).map((f, i) => ({
		...f,
		properties: {
			...f.properties,
			department: departmentCodes[i],
			category: CATEGORY_OF_KIND[f.properties.kind],
			layer: LAYER_OF_KIND[f.properties.kind]
		}
	}));
}
