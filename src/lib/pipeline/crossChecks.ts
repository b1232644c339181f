// Rules that compare features with each other or with a gazetteer: the classes of error a
// careful reader finds first (a site drawn at a town it is not in, one blockade drawn twice, a
// figure counted on two features). Pure: returns one issue (checkIssue.ts) per finding.
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { point, lineString } from '@turf/helpers';
import { CASUALTY_MEASURES, isBlockadeKind, isLocatedBlockade } from '../domain/kinds.ts';
import type { EventFeature, Figure } from '../data/schema.ts';
import { dayNumber } from '../geo/days.ts';
import {
	candidateNames,
	describePlace,
	indexGazetteer,
	type GazetteerPlace
} from '../data/gazetteer.ts';
import { sectionRouteProblems, townPlace, type Route } from '../geo/routes.ts';
import { featureIssue, type CheckIssue, type LocatedFeature } from './checkIssue.ts';

/** Words by which a place names a site rather than a town (a bridge, a plant, a square, a km post). */
const SITE_WORDS =
	/\b(puente|puentes|planta|botadero|plaza|avenida|av\.|cruce|km|tribunal|palacio|cerro|prado|autopista|distrito|tranca|reten|retén|sede|zona|barrio)\b/i;

/** A point this close to a gazetteer place (in metres) stands on that place's centre. */
export const CENTRE_TOLERANCE_M = 150;

const km = (metres: number) => `${(metres / 1000).toFixed(1)} km`;

/**
 * How far apart two geometries are, in metres: between points, the distance; from a point to a
 * line, the nearest distance (a point on a section is inside it); between two lines, the farthest
 * any vertex of one lies from the other (two roads that share one end are not one road).
 */
export function separation(a: EventFeature['geometry'], b: EventFeature['geometry']): number {
	if (a.type === 'Point') {
		return b.type === 'Point'
			? distance(a.coordinates, b.coordinates, { units: 'meters' })
			: pointToLineDistance(point(a.coordinates), lineString(b.coordinates), { units: 'meters' });
	}
	if (b.type === 'Point') return separation(b, a);
	const farthest = (from: [number, number][], to: [number, number][]) => {
		const line = lineString(to);
		return Math.max(...from.map((c) => pointToLineDistance(point(c), line, { units: 'meters' })));
	};
	return Math.max(farthest(a.coordinates, b.coordinates), farthest(b.coordinates, a.coordinates));
}

function dayRange(f: EventFeature): [string, string] {
	return [f.properties.date.start, f.properties.date.end ?? f.properties.date.start];
}

function sameDay(a: EventFeature, b: EventFeature): boolean {
	const da = a.properties.active_dates;
	const db = b.properties.active_dates;
	if (da?.length && db?.length) return da.some((d) => db.includes(d));
	const [sa, ea] = dayRange(a);
	const [sb, eb] = dayRange(b);
	return sa <= eb && sb <= ea;
}

const sameFigure = (a: Figure, b: Figure) =>
	a.source === b.source && a.value === b.value && a.min === b.min && a.max === b.max;

const isNonZero = (f: Figure) => (f.value ?? f.max ?? f.min ?? 0) > 0;

/** Whether the data says the two features are related (one part of the other) or distinct. */
function declared(a: EventFeature, b: EventFeature): boolean {
	const pa = a.properties;
	const pb = b.properties;
	return (
		pa.part_of === pb.id ||
		pb.part_of === pa.id ||
		(pa.part_of !== undefined && pa.part_of === pb.part_of) ||
		(pa.distinct_from?.includes(pb.id) ?? false) ||
		(pb.distinct_from?.includes(pa.id) ?? false)
	);
}

/** `part_of` and `distinct_from` name features that exist, and `part_of` is one level deep. */
export function checkReferences(features: readonly LocatedFeature[]): CheckIssue[] {
	const byId = new Map(features.map((f) => [f.feature.properties.id, f.feature]));
	const problems: CheckIssue[] = [];
	for (const located of features) {
		const report = (field: string, message: string) =>
			problems.push(featureIssue(located, field, 'references', message));
		const p = located.feature.properties;
		if (p.part_of !== undefined) {
			const parent = byId.get(p.part_of);
			if (!parent) report('part_of', `no feature has the id ${p.part_of}`);
			else if (parent.properties.part_of !== undefined)
				report(
					'part_of',
					`${p.part_of} is itself part of ${parent.properties.part_of}: name that one`
				);
			else if (isBlockadeKind(p.kind) !== isBlockadeKind(parent.properties.kind))
				report(
					'part_of',
					`${p.part_of} is a ${parent.properties.kind}; a ${p.kind} can only be part of a feature of the same class`
				);
		}
		p.distinct_from?.forEach((id, i) => {
			if (!byId.has(id)) report(`distinct_from[${i}]`, `no feature has the id ${id}`);
		});
	}
	return problems;
}

/**
 * One event, one feature: flags pairs that look like the same thing drawn twice, unless the data
 * says how they relate (`part_of` or `distinct_from`):
 * - the same non-zero casualty figure from the same source, on overlapping days, within the
 *   larger of the two uncertainty radii;
 * - two located blockades reported on the same day, each within the other's radius.
 */
export function checkDuplicates(
	features: readonly LocatedFeature[],
	{ everyPair = false }: { everyPair?: boolean } = {}
): CheckIssue[] {
	// Only two kinds of pair can be found: two events with a non-zero figure each, or two located
	// blockades. The rest (most of a city's protests) are never paired: the same verdicts, without
	// comparing every protest with every other on its day. (`everyPair`: the tests' reference.)
	const withFigure = features.map(
		({ feature }) =>
			everyPair ||
			CASUALTY_MEASURES.some((m) => feature.properties.casualties?.[m]?.some(isNonZero))
	);
	const blockade = features.map(
		({ feature }) => everyPair || isLocatedBlockade(feature.properties)
	);
	const eligible = features.flatMap((_, k) => (withFigure[k] || blockade[k] ? [k] : []));
	// Found pair by pair, as they stream, then told in input order.
	const found: { i: number; j: number; issue: CheckIssue }[] = [];
	for (const [p, q] of candidatePairs(eligible.map((k) => features[k].feature))) {
		const [i, j] = [eligible[p], eligible[q]];
		if (!(withFigure[i] && withFigure[j]) && !(blockade[i] && blockade[j])) continue;
		const a = features[i].feature;
		const b = features[j].feature;
		if (!sameDay(a, b) || declared(a, b)) continue;
		const ra = a.properties.location.radius_m;
		const rb = b.properties.location.radius_m;
		const d = separation(a.geometry, b.geometry);
		if (d > Math.max(ra, rb)) continue;
		const shared = CASUALTY_MEASURES.find((m) =>
			a.properties.casualties?.[m]?.some(
				(fa) => isNonZero(fa) && b.properties.casualties?.[m]?.some((fb) => sameFigure(fa, fb))
			)
		);
		const otherId = b.properties.id;
		const bothBlockades = isLocatedBlockade(a.properties) && isLocatedBlockade(b.properties);
		if (shared) {
			found.push({
				i,
				j,
				issue: featureIssue(
					features[i],
					`casualties.${shared}`,
					'one-event-one-feature',
					`the same figure from the same source is on ${otherId} (${km(d)} away, same days): probably one event drawn twice; keep the figure on one feature, or list the other in distinct_from`
				)
			});
		} else if (bothBlockades && d <= Math.min(ra, rb)) {
			found.push({
				i,
				j,
				issue: featureIssue(
					features[i],
					'part_of',
					'one-event-one-feature',
					`${otherId} is a blockade ${km(d)} away on the same day: if it is the same blockade (or this one lies inside it) set part_of, else list it in distinct_from`
				)
			});
		}
	}
	return found.sort((p, q) => p.i - q.i || p.j - q.j).map((p) => p.issue);
}

const METRES_PER_DEGREE = 111_320;

/** How many of the sorted values are below `x` (or at most `x`, with `orEqual`). */
function countBelow(sorted: readonly number[], x: number, orEqual: boolean): number {
	let [lo, hi] = [0, sorted.length];
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many pairs a sweep along these intervals compares: each with the others starting inside it. */
function sweepCost(intervals: readonly (readonly [number, number])[]): number {
	const starts = intervals.map(([start]) => start).sort((a, b) => a - b);
	let cost = 0;
	for (const [start, end] of intervals)
		cost += countBelow(starts, end, true) - countBelow(starts, start, false) - 1;
	return cost;
}

/**
 * Pairs [i, j] (i < j) that can be one event drawn twice: their boxes, each grown by its own
 * uncertainty radius, overlap, and so do their days. Streamed, never held all at once: a city's
 * export puts thousands of events at one point. The sweep runs along whichever axis compares
 * fewer pairs, longitude (events spread over the map) or days (events piled at one place).
 */
export function* candidatePairs(features: readonly EventFeature[]): Generator<[number, number]> {
	const boxes = features.map((f) => {
		const positions =
			f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const lats = positions.map((p) => p[1]);
		const lngs = positions.map((p) => p[0]);
		const r = f.properties.location.radius_m / METRES_PER_DEGREE;
		const widest = Math.cos((Math.min(89, Math.max(...lats.map(Math.abs)) + r) * Math.PI) / 180);
		return {
			west: Math.min(...lngs) - r / widest,
			east: Math.max(...lngs) + r / widest,
			south: Math.min(...lats) - r,
			north: Math.max(...lats) + r
		};
	});
	const days = features.map((f): [number, number] => {
		const active = f.properties.active_dates?.map(dayNumber) ?? [];
		const [start, end] = dayRange(f).map(dayNumber);
		return [Math.min(start, ...active), Math.max(end, ...active)];
	});
	const lngSpans = boxes.map((b): [number, number] => [b.west, b.east]);
	const spans = sweepCost(days) < sweepCost(lngSpans) ? days : lngSpans;
	const order = spans.map((_, i) => i).sort((a, b) => spans[a][0] - spans[b][0]);
	for (let k = 0; k < order.length; k++) {
		const i = order[k];
		for (let m = k + 1; m < order.length && spans[order[m]][0] <= spans[i][1]; m++) {
			const j = order[m];
			const [bi, bj] = [boxes[i], boxes[j]];
			if (
				bj.west <= bi.east &&
				bi.west <= bj.east &&
				bj.south <= bi.north &&
				bi.south <= bj.north &&
				days[j][0] <= days[i][1] &&
				days[i][0] <= days[j][1]
			)
				yield i < j ? [i, j] : [j, i];
		}
	}
}

/** A stand-in point lies this close to the town it stands in for (positions differ by source). */
export const STAND_IN_TOLERANCE_M = 3000;

/** Words by which a location note says the point is a stand-in town, not the place itself. */
const STAND_IN_WORDS = /\bstand-?in\b|\bsustitut|\ben lugar de\b|\bin place of\b/i;

/** Words by which a note describes a line (a road section), which a point cannot be. */
const LINE_WORDS =
	/^\s*(straight line|l[ií]nea recta|the line|la l[ií]nea|the section|el tramo)\b/i;

/** A site inside a town (a square, a bridge) may lie this far beyond its radius from the centre. */
export const SITE_IN_TOWN_M = 5000;

/**
 * Decimal coordinates written in a note: "16.4965 S, 68.1373 W" or "-16.52, -68.2" (lat, lng).
 * Degrees-minutes forms are left alone.
 */
export function coordinatesInNote(text: string): [number, number][] {
	const found: [number, number][] = [];
	const hemi = /(\d{1,2}\.\d{2,})\s*°?\s*([NS])\s*,?\s*(\d{1,3}\.\d{2,})\s*°?\s*([EW])/g;
	for (const m of text.matchAll(hemi)) {
		const lat = Number(m[1]) * (m[2] === 'S' ? -1 : 1);
		const lng = Number(m[3]) * (m[4] === 'W' ? -1 : 1);
		found.push([lng, lat]);
	}
	for (const m of text.matchAll(/(-?\d{1,2}\.\d{2,}),\s*(-?\d{1,3}\.\d{2,})/g))
		found.push([Number(m[2]), Number(m[1])]);
	return found;
}

/**
 * Points against the gazetteer. A note explains a point; it never switches a rule off:
 * - a point whose place names a known locality lies within its radius of it;
 * - a point standing on a town's centre names that town, or says in `location.stand_in` that it
 *   stands in for it; a `stand_in` must be a gazetteer town the point stands on;
 * - a place naming a site (a bridge, a plant) that is not located exactly says where it is;
 * - a name that several places share says which one it is;
 * - a note describes the geometry the feature has (no line on a point, no other coordinates).
 */
export function checkAgainstGazetteer(
	features: readonly LocatedFeature[],
	gazetteer: readonly GazetteerPlace[]
): CheckIssue[] {
	const index = indexGazetteer(gazetteer);
	const problems: CheckIssue[] = [];
	for (const located of features) {
		const feature = located.feature;
		if (feature.geometry.type !== 'Point') continue;
		const report = (field: string, message: string) =>
			problems.push(featureIssue(located, field, 'gazetteer', message));
		const p = feature.properties;
		const note = p.location.note;
		const noteText = note ? `${note.es} ${note.en}` : '';
		const at = feature.geometry.coordinates;
		const metresTo = (g: GazetteerPlace) => distance(at, [g.lng, g.lat], { units: 'meters' });
		const radius = p.location.radius_m;

		if (note && (LINE_WORDS.test(note.es) || LINE_WORDS.test(note.en)))
			report(
				'location.note',
				`describes a line, but the feature is a point: rewrite the note for the point it has`
			);
		for (const [lng, lat] of coordinatesInNote(noteText)) {
			const d = distance(at, [lng, lat], { units: 'meters' });
			if (d > radius)
				report(
					'location.note',
					`gives the coordinates ${lat}, ${lng}, ${km(d)} from the point, beyond its radius of ${km(radius)}: the note describes another position`
				);
		}

		const standIn = p.location.stand_in;
		let standInPlace: GazetteerPlace | undefined;
		if (standIn !== undefined) {
			const standInNames = candidateNames(standIn, []);
			const candidates = standInNames.flatMap((n) => index.get(n) ?? []);
			if (candidates.length === 0) {
				// A stand-in the gazetteer lacks (a hamlet): its coordinates come from its own page.
				const sourced = candidateNames(p.location.source.title, []).some((n) =>
					standInNames.includes(n)
				);
				if (!sourced)
					report(
						'location.stand_in',
						`"${standIn}" is no place of the gazetteer, and location.source is not its page: name the town the point is drawn at, with the source of its coordinates`
					);
			} else {
				standInPlace = candidates.reduce((a, b) => (metresTo(a) <= metresTo(b) ? a : b));
				const d = metresTo(standInPlace);
				if (d > STAND_IN_TOLERANCE_M)
					report(
						'location.stand_in',
						`the point lies ${km(d)} from ${describePlace(standInPlace)}, so it no longer stands in for it: update stand_in and the note, or move the point back`
					);
			}
		} else if (STAND_IN_WORDS.test(noteText)) {
			report(
				'location.stand_in',
				`the note says the point stands in for another place: name that town in location.stand_in`
			);
		}

		const site = SITE_WORDS.exec(p.place.name);
		const isSite = [p.place.name, ...p.place.alt_names].some((n) => SITE_WORDS.test(n));
		if (site && p.location.precision !== 'exact' && !note) {
			report(
				'location',
				`its place names a site ("${site[0]}") but the point is ${p.location.precision}: say in location.note where the site is, or locate it`
			);
		}
		const names = candidateNames(p.place.name, p.place.alt_names);
		const others = new Set(p.place.homonyms ?? []);
		const known = (n: string) => (index.get(n) ?? []).filter((g) => !others.has(g.id ?? -1));
		const named = names.flatMap(known);
		const homonyms = names.map((n) => new Set(known(n))).find((places) => places.size > 1);
		for (const id of others)
			if (!names.some((n) => index.get(n)?.some((g) => g.id === id)))
				report('place.homonyms', `${id} is no gazetteer place of the feature's place names`);
		if (homonyms && !note) {
			report(
				'location',
				`its place names ${homonyms.size} gazetteer places of one name (${[...homonyms].map(describePlace).join(', ')}): say in location.note which one it is, or where the site is`
			);
		}
		if (named.length > 0 && !homonyms) {
			const nearest = named.reduce((a, b) => (metresTo(a) <= metresTo(b) ? a : b));
			const d = metresTo(nearest);
			const allowed = radius + (isSite ? SITE_IN_TOWN_M : 0);
			if (d > allowed) {
				report(
					'location',
					`lies ${km(d)} from ${describePlace(nearest)}, which its place names, beyond its radius of ${km(radius)}${isSite ? ` (and ${km(SITE_IN_TOWN_M)} for a site in town)` : ''}: move it or widen the radius (a note does not excuse it); a homonym goes in place.homonyms`
				);
				continue;
			}
		}
		const centre = gazetteer.find((g) => metresTo(g) <= CENTRE_TOLERANCE_M);
		if (!centre) continue;
		if (!named.includes(centre) && centre !== standInPlace) {
			report(
				'location',
				`stands on the centre of ${describePlace(centre)}, a place its place name does not name: a stand-in town is named in location.stand_in`
			);
		} else if (p.location.precision === 'exact' && !note) {
			report(
				'location.precision',
				`is exact but the point is the centre of ${describePlace(centre)}: use locality, or say in location.note what the site is`
			);
		}
	}
	return problems;
}

/** A blockaded road section longer than this (km) names its trunk road. */
export const SECTION_NEEDS_ROUTE_KM = 30;

/**
 * Blockaded road sections against the trunk roads: a long section names its road
 * (`location.route`), and then passes through that road's towns in order, never straight across
 * them (geo/routes.ts sectionRouteProblems).
 */
export function checkRoadSections(
	features: readonly LocatedFeature[],
	gazetteer: readonly GazetteerPlace[],
	routes: readonly Route[]
): CheckIssue[] {
	const problems: CheckIssue[] = [];
	// Each road's towns with their positions, looked up once.
	const townsOf = new Map(
		routes.map((route) => [
			route.ref,
			route.towns.map((t) => {
				const place = townPlace(route, t, gazetteer);
				return { name: t.name, position: [place.lng, place.lat] as [number, number] };
			})
		])
	);
	for (const located of features) {
		const feature = located.feature;
		if (feature.geometry.type !== 'LineString' || feature.properties.kind !== 'blockade-section')
			continue;
		const report = (field: string, message: string) =>
			problems.push(featureIssue(located, field, 'road-sections', message));
		const coordinates = feature.geometry.coordinates;
		const ref = feature.properties.location.route;
		if (ref === undefined) {
			const length = coordinates
				.slice(1)
				.reduce((sum, p, i) => sum + distance(coordinates[i], p, { units: 'kilometers' }), 0);
			if (length > SECTION_NEEDS_ROUTE_KM)
				report(
					'location.route',
					`a road section of ${Math.round(length)} km names no road: give its road's number from data/gazetteer/routes.json, and draw it through the road's towns`
				);
			continue;
		}
		const towns = townsOf.get(ref);
		if (!towns) {
			report(
				'location.route',
				`road ${ref} is not in data/gazetteer/routes.json (roads: ${routes.map((r) => r.ref).join(', ')})`
			);
			continue;
		}
		for (const problem of sectionRouteProblems(coordinates, towns))
			report('geometry', `on road ${ref}, the section ${problem}`);
	}
	return problems;
}
