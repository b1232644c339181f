// Rules that compare features with each other or with a gazetteer: the classes of error a
// careful reader finds first (a site drawn at a town it is not in, one blockade drawn twice, a
// figure counted on two features). Pure: returns one problem line per finding.
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import { point, lineString } from '@turf/helpers';
import { CASUALTY_MEASURES, isBlockadeKind, isLocatedBlockade } from '../domain/kinds.ts';
import type { EventFeature, Figure } from '../data/schema.ts';
import {
	candidateNames,
	describePlace,
	indexGazetteer,
	type GazetteerPlace
} from '../data/gazetteer.ts';

export interface LocatedFeature {
	/** `file: feature <id>`, the start of each problem line. */
	where: string;
	feature: EventFeature;
}

/** Words by which a place names a site rather than a town (a bridge, a plant, a square, a km post). */
const SITE_WORDS =
	/\b(puente|puentes|planta|botadero|plaza|avenida|av\.|cruce|km|tribunal|palacio|cerro|prado|autopista|distrito|tranca|reten|retén)\b/i;

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
export function checkReferences(features: readonly LocatedFeature[]): string[] {
	const byId = new Map(features.map((f) => [f.feature.properties.id, f.feature]));
	const problems: string[] = [];
	for (const { where, feature } of features) {
		const p = feature.properties;
		if (p.part_of !== undefined) {
			const parent = byId.get(p.part_of);
			if (!parent) problems.push(`${where}: part_of: no feature has the id ${p.part_of}`);
			else if (parent.properties.part_of !== undefined)
				problems.push(
					`${where}: part_of: ${p.part_of} is itself part of ${parent.properties.part_of}: name that one`
				);
			else if (isBlockadeKind(p.kind) !== isBlockadeKind(parent.properties.kind))
				problems.push(
					`${where}: part_of: ${p.part_of} is a ${parent.properties.kind}; a ${p.kind} can only be part of a feature of the same class`
				);
		}
		p.distinct_from?.forEach((id, i) => {
			if (!byId.has(id))
				problems.push(`${where}: distinct_from[${i}]: no feature has the id ${id}`);
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
export function checkDuplicates(features: readonly LocatedFeature[]): string[] {
	const problems: string[] = [];
	for (const [i, j] of nearbyPairs(features.map((f) => f.feature))) {
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
			problems.push(
				`${features[i].where}: casualties.${shared}: the same figure from the same source is on ${otherId} (${km(d)} away, same days): probably one event drawn twice; keep the figure on one feature, or list the other in distinct_from`
			);
		} else if (bothBlockades && d <= Math.min(ra, rb)) {
			problems.push(
				`${features[i].where}: part_of: ${otherId} is a blockade ${km(d)} away on the same day: if it is the same blockade (or this one lies inside it) set part_of, else list it in distinct_from`
			);
		}
	}
	return problems;
}

const METRES_PER_DEGREE = 111_320;

/**
 * Pairs [i, j] (i < j, in input order) whose boxes, each grown by its own uncertainty radius,
 * overlap: every pair that can lie within either radius of the other, found by a sweep along
 * longitude instead of comparing every pair (datasets reach 50,000 features).
 */
function nearbyPairs(features: readonly EventFeature[]): [number, number][] {
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
	const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].west - boxes[b].west);
	const pairs: [number, number][] = [];
	order.forEach((i, k) => {
		for (let m = k + 1; m < order.length && boxes[order[m]].west <= boxes[i].east; m++) {
			const j = order[m];
			if (boxes[j].south <= boxes[i].north && boxes[i].south <= boxes[j].north)
				pairs.push(i < j ? [i, j] : [j, i]);
		}
	});
	return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * Points against the gazetteer: a point whose place names a known locality lies within its
 * radius of it, and a point standing on a town's centre names that town; a name that several
 * places share must say which it is. Otherwise `location.note` must say why (a site outside town,
 * a stand-in town, a homonym).
 */
export function checkAgainstGazetteer(
	features: readonly LocatedFeature[],
	gazetteer: readonly GazetteerPlace[]
): string[] {
	const index = indexGazetteer(gazetteer);
	const problems: string[] = [];
	for (const { where, feature } of features) {
		if (feature.geometry.type !== 'Point') continue;
		const p = feature.properties;
		if (p.location.note) continue;
		const site = SITE_WORDS.exec(p.place.name);
		if (site && p.location.precision !== 'exact') {
			problems.push(
				`${where}: location: its place names a site ("${site[0]}") but the point is ${p.location.precision}: say in location.note where the site is, or locate it`
			);
			continue;
		}
		const at = feature.geometry.coordinates;
		const metresTo = (g: GazetteerPlace) => distance(at, [g.lng, g.lat], { units: 'meters' });
		const names = candidateNames(p.place.name, p.place.alt_names);
		const named = names.flatMap((n) => index.get(n) ?? []);
		const homonyms = names.map((n) => new Set(index.get(n))).find((places) => places.size > 1);
		const radius = p.location.radius_m;
		if (homonyms) {
			problems.push(
				`${where}: location: its place names ${homonyms.size} gazetteer places of one name (${[...homonyms].map(describePlace).join(', ')}): say in location.note which one it is, or where the site is`
			);
			continue;
		}
		if (named.length > 0) {
			const nearest = named.reduce((a, b) => (metresTo(a) <= metresTo(b) ? a : b));
			const d = metresTo(nearest);
			if (d > radius) {
				problems.push(
					`${where}: location: lies ${km(d)} from ${describePlace(nearest)}, which its place names, beyond its radius of ${km(radius)}: move it, widen the radius, or say why in location.note`
				);
				continue;
			}
		}
		const centre = gazetteer.find((g) => metresTo(g) <= CENTRE_TOLERANCE_M);
		if (!centre) continue;
		if (!named.includes(centre)) {
			problems.push(
				`${where}: location: stands on the centre of ${describePlace(centre)}, a place its place name does not name: a stand-in town needs a location.note`
			);
		} else if (p.location.precision === 'exact') {
			problems.push(
				`${where}: location.precision: is exact but the point is the centre of ${describePlace(centre)}: use locality, or say in location.note what the site is`
			);
		}
	}
	return problems;
}
