// A dataset's region names (admin1, as its source spells them) matched to polygons: accents,
// case and punctuation aside, then by whole leading words ("Región Metropolitana" is Natural
// Earth's "Región Metropolitana de Santiago"). A name several polygons answer to (two countries'
// "La Paz") goes to the one holding most of its events. Pure: nothing is modified.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface RegionPolygon {
	/** The name the polygons' source gives. */
	name: string;
	/** Every name it answers to (its own included). */
	aliases: readonly string[];
	geometry: Polygon | MultiPolygon;
}

export interface NamedRegion {
	/** The dataset's code for the region (regionCode of its name). */
	code: string;
	/** The name as the dataset spells it. */
	name: string;
	/** Where its events stand (a point each), to settle a name several polygons answer to. */
	points: readonly Position[];
}

export interface RegionMatch<P extends RegionPolygon> {
	/** Region code → its polygon. */
	matched: Map<string, P>;
	/** Names no polygon answers to, each with the nearest names there are (at most three). */
	unmatched: { name: string; nearest: string[] }[];
}

/** "Región  Metropolitana-de Santiago" → "region metropolitana de santiago". */
export function comparableName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** One name is the other's first whole words. */
const leadingWords = (a: string, b: string) => a.startsWith(`${b} `) || b.startsWith(`${a} `);

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				previous[j] + 1,
				row[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		previous = row;
	}
	return previous[b.length];
}

/**
 * Words that name a kind of region, not one region: an alias that is only such a word (Natural
 * Earth gives Callao the alias "Region") would answer to every "Región …" of a dataset.
 */
const GENERIC_NAMES = new Set(
	['region', 'province', 'provincia', 'department', 'departamento', 'state', 'estado'].concat([
		'district',
		'distrito',
		'municipality',
		'municipio',
		'county',
		'comuna'
	])
);

export function matchRegions<P extends RegionPolygon>(
	regions: readonly NamedRegion[],
	polygons: readonly P[]
): RegionMatch<P> {
	const names = polygons.map(
		(p) => new Set(p.aliases.map(comparableName).filter((n) => !GENERIC_NAMES.has(n)))
	);
	const matched = new Map<string, P>();
	const unmatched: RegionMatch<P>['unmatched'] = [];
	for (const region of regions) {
		const wanted = comparableName(region.name);
		let candidates = polygons.filter((_, i) => names[i].has(wanted));
		if (candidates.length === 0)
			candidates = polygons.filter((_, i) => [...names[i]].some((n) => leadingWords(n, wanted)));
		if (candidates.length === 0) {
			const nearest = [...new Set(polygons.map((p) => p.name))]
				.map((name) => ({ name, d: editDistance(comparableName(name), wanted) }))
				.sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
				.slice(0, 3)
				.map((n) => n.name);
			unmatched.push({ name: region.name, nearest });
			continue;
		}
		const holding = (p: P) =>
			region.points.filter((point) => booleanPointInPolygon(point, p.geometry)).length;
		const best = candidates.length === 1 ? candidates[0] : maxBy(candidates, holding);
		matched.set(region.code, best);
	}
	return { matched, unmatched };
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T {
	let best = items[0];
	let bestScore = score(best);
	for (const item of items.slice(1)) {
		const s = score(item);
		if (s > bestScore) [best, bestScore] = [item, s];
	}
	return best;
}
