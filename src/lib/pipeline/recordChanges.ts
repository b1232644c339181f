// What changed in a record between two versions of its dataset, and the history of every record
// across the versions git holds (pipeline/gitHistory.ts reads them). Pure; nothing is modified.
import distance from '@turf/distance';
import type { EventFeature, Figure } from '../data/schema.ts';
import {
	CASUALTY_HISTORY_MEASURES,
	type Compass,
	type HistoryEntry,
	type RecordChange
} from '../data/recordHistory.ts';

/** A dataset's features at one commit. */
export interface DatasetSnapshot {
	commit: string;
	date: string;
	message: string;
	features: ReadonlyMap<string, EventFeature>;
}

/** Below this a moved point is rounding, not a correction (metres). */
const MOVE_THRESHOLD_KM = 0.05;
const COMPASS: readonly Compass[] = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'];

function compass(from: number[], to: number[]): Compass {
	// Local east-west distances shrink with latitude.
	const dx = (to[0] - from[0]) * Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180);
	const dy = to[1] - from[1];
	const degrees = (Math.atan2(dx, dy) * 180) / Math.PI;
	return COMPASS[Math.round((degrees + 360) / 45) % 8];
}

export function figureText(f: Figure): string {
	if (f.value !== undefined) return String(f.value);
	if (f.min !== undefined && f.max !== undefined) return `${f.min}–${f.max}`;
	return f.min !== undefined ? `≥ ${f.min}` : `≤ ${f.max}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function geometryChanges(before: EventFeature, after: EventFeature): RecordChange[] {
	const [a, b] = [before.geometry, after.geometry];
	if (same(a, b)) return [];
	if (a.type === 'Point' && b.type === 'Point') {
		const km = distance(a.coordinates, b.coordinates, { units: 'kilometers' });
		if (km < MOVE_THRESHOLD_KM) return [];
		return [
			{
				kind: 'moved',
				km: Math.round(km * 10) / 10,
				towards: compass(a.coordinates, b.coordinates)
			}
		];
	}
	return [{ kind: 'course' }];
}

/** Each source's figure of a measure, by the source's publisher (several: joined in order). */
function figuresBySource(
	feature: EventFeature,
	measure: (typeof CASUALTY_HISTORY_MEASURES)[number]
) {
	const publisherOf = (url: string) =>
		feature.properties.sources.find((s) => s.url === url)?.publisher ?? new URL(url).host;
	const byUrl = new Map<string, { by: string; text: string }>();
	for (const figure of feature.properties.casualties?.[measure] ?? []) {
		const text = figure.who ? `${figureText(figure)} (${figure.who.en})` : figureText(figure);
		const known = byUrl.get(figure.source);
		byUrl.set(figure.source, {
			by: publisherOf(figure.source),
			text: known ? `${known.text}, ${text}` : text
		});
	}
	return byUrl;
}

function figureChanges(before: EventFeature, after: EventFeature): RecordChange[] {
	const changes: RecordChange[] = [];
	for (const measure of CASUALTY_HISTORY_MEASURES) {
		const [a, b] = [figuresBySource(before, measure), figuresBySource(after, measure)];
		for (const url of new Set([...a.keys(), ...b.keys()])) {
			const [from, to] = [a.get(url), b.get(url)];
			if (from?.text === to?.text) continue;
			changes.push({
				kind: 'figure',
				measure,
				by: (to ?? from)!.by,
				from: from?.text ?? null,
				to: to?.text ?? null
			});
		}
	}
	return changes;
}

function sourceChanges(before: EventFeature, after: EventFeature): RecordChange[] {
	const urls = (f: EventFeature) => new Set(f.properties.sources.map((s) => s.url));
	const [a, b] = [urls(before), urls(after)];
	return [
		...after.properties.sources
			.filter((s) => !a.has(s.url))
			.map((s) => ({ kind: 'source-added' as const, publisher: s.publisher, title: s.title })),
		...before.properties.sources
			.filter((s) => !b.has(s.url))
			.map((s) => ({ kind: 'source-removed' as const, publisher: s.publisher, title: s.title }))
	];
}

const dateText = (d: EventFeature['properties']['date']) =>
	d.end && d.end !== d.start ? `${d.start} – ${d.end}` : d.start;

/** What changed from `before` to `after` (none: `after` is new, "added"). */
export function recordChanges(
	before: EventFeature | undefined,
	after: EventFeature
): RecordChange[] {
	if (!before) return [{ kind: 'added' }];
	const [p, q] = [before.properties, after.properties];
	const changes: RecordChange[] = [];
	if (p.kind !== q.kind) changes.push({ kind: 'kind', from: p.kind, to: q.kind });
	if (!same(p.title, q.title)) changes.push({ kind: 'title', from: p.title, to: q.title });
	if (dateText(p.date) !== dateText(q.date))
		changes.push({ kind: 'date', from: dateText(p.date), to: dateText(q.date) });
	if (p.place.name !== q.place.name)
		changes.push({ kind: 'place', from: p.place.name, to: q.place.name });
	changes.push(...geometryChanges(before, after));
	if (p.location.precision !== q.location.precision)
		changes.push({ kind: 'precision', from: p.location.precision, to: q.location.precision });
	if (p.location.radius_m !== q.location.radius_m)
		changes.push({ kind: 'radius', fromM: p.location.radius_m, toM: q.location.radius_m });
	changes.push(...figureChanges(before, after));
	changes.push(...sourceChanges(before, after));
	if ((p.status?.value ?? null) !== (q.status?.value ?? null))
		changes.push({ kind: 'status', from: p.status?.value ?? null, to: q.status?.value ?? null });
	if (!same(p.description, q.description)) changes.push({ kind: 'description' });
	return changes;
}

/**
 * Each record's history over the snapshots (oldest first): an entry per commit that changed
 * what a reader sees of it, latest first, ending with the commit that added it. Records the
 * last snapshot lacks are left out (the current data decides what has a page).
 */
export function recordHistories(
	snapshots: readonly DatasetSnapshot[]
): Map<string, HistoryEntry[]> {
	const histories = new Map<string, HistoryEntry[]>();
	let previous: ReadonlyMap<string, EventFeature> = new Map();
	for (const snapshot of snapshots) {
		for (const [id, feature] of snapshot.features) {
			const before = previous.get(id);
			if (before === feature) continue;
			const changes = recordChanges(before, feature);
			if (changes.length === 0) continue;
			const entry = {
				date: snapshot.date,
				commit: snapshot.commit,
				message: snapshot.message,
				changes
			};
			histories.set(id, [entry, ...(histories.get(id) ?? [])]);
		}
		previous = snapshot.features;
	}
	const last = snapshots.at(-1)?.features;
	for (const id of histories.keys()) if (!last?.has(id)) histories.delete(id);
	return histories;
}
