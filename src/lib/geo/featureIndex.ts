// A column-oriented index of the features, built once, so that aggregates for any time
// window and set of layers are a single pass over typed arrays (no geometry work).
import {
	CASUALTY_MEASURES,
	COUNT_QUALIFIERS,
	COUNT_UNITS,
	KINDS,
	isLocatedBlockade,
	type Kind
} from '../domain/kinds.ts';
import type { PublicFeature } from '../data/publicData.ts';
import { conservativeFigure, highestFigure } from '../data/figures.ts';
import { LAYER_IDS, type LayerId } from '../domain/layers.ts';
import { dayNumber } from './days.ts';
import type { Figure } from '../data/schema.ts';
import { timePrecisionCode } from '../domain/datePrecision.ts';

export const MEASURES = CASUALTY_MEASURES;
/**
 * A column of integers: built as Int32; the copy a page holds of a fetched dataset's may be of a
 * narrower type (geo/narrowColumn.ts), so it is read, never written to or mapped over.
 */
export type IntColumn = Int32Array | Int16Array | Uint16Array | Int8Array;
export type MeasureColumns = Record<(typeof MEASURES)[number], IntColumn>;

export interface FeatureIndex {
	size: number;
	ids: string[];
	/** Department codes, in the order their indexes refer to. */
	departments: string[];
	department: Uint8Array;
	layer: Uint8Array;
	kind: Uint8Array;
	/** First and last day (day numbers) the feature is active. */
	first: IntColumn;
	last: IntColumn;
	/**
	 * Blockades: the days they were reported active, as offsets into `activeDays`. Empty: active
	 * every day from `first` to `last` (other events, and blockades reported on each of those days).
	 */
	activeStart: IntColumn;
	activeDays: IntColumn;
	/** 1 for a blockade mapped at a named place or section. */
	located: Uint8Array;
	/** How precisely the date is known: ACLED's time_precision code (1 day, 2 days, 3 week). */
	datePrecision: Uint8Array;
	/** The index of the feature this one is `part_of`, or -1. */
	parent: IntColumn;
	/** Count-only road sections: counts reported, as offsets into `countDays`/`countValues`. */
	countStart: IntColumn;
	countDays: IntColumn;
	countValues: IntColumn;
	/** What each count counts, as an index into COUNT_UNITS (blockades, barricades). */
	countUnits: Uint8Array;
	/** How the report words each count: 0 as a plain number, else 1 + its COUNT_QUALIFIERS index. */
	countQualifiers: Uint8Array;
	/** Lowest and highest figure across sources; -1 when no source gives one. */
	low: MeasureColumns;
	high: MeasureColumns;
	/**
	 * A grouped index (groupedIndex.ts): how many features each row stands for, and how many of
	 * them have a figure; `low`/`high` then hold sums. Absent: one feature per row.
	 */
	weight?: IntColumn;
	reported?: MeasureColumns;
}

function lowHigh(figures: readonly Figure[] | undefined): [number, number] {
	return [conservativeFigure(figures) ?? -1, highestFigure(figures) ?? -1];
}

export function measureColumns(n: number): MeasureColumns {
	return Object.fromEntries(MEASURES.map((m) => [m, new Int32Array(n)])) as MeasureColumns;
}

/**
 * An index of `size` rows to fill: every row's columns zeroed (no parent), no ids and no
 * variable-length lists yet (storeLists sets them once the rows are written).
 */
export function emptyFeatureIndex(size: number, departments: readonly string[]): FeatureIndex {
	return {
		size,
		ids: [],
		departments: [...departments],
		department: new Uint8Array(size),
		layer: new Uint8Array(size),
		kind: new Uint8Array(size),
		first: new Int32Array(size),
		last: new Int32Array(size),
		activeStart: new Int32Array(size + 1),
		activeDays: new Int32Array(0),
		located: new Uint8Array(size),
		datePrecision: new Uint8Array(size),
		parent: new Int32Array(size).fill(-1),
		countStart: new Int32Array(size + 1),
		countDays: new Int32Array(0),
		countValues: new Int32Array(0),
		countUnits: new Uint8Array(0),
		countQualifiers: new Uint8Array(0),
		low: measureColumns(size),
		high: measureColumns(size)
	};
}

/** The variable-length columns as plain arrays, pushed to while the rows are written. */
type Lists = Record<
	'activeDays' | 'countDays' | 'countValues' | 'countUnits' | 'countQualifiers',
	number[]
>;

export function emptyLists(): Lists {
	return { activeDays: [], countDays: [], countValues: [], countUnits: [], countQualifiers: [] };
}

/** Stores the lists in the index's typed columns and closes the last row's offsets. */
export function storeLists(index: FeatureIndex, lists: Lists): void {
	index.activeStart[index.size] = lists.activeDays.length;
	index.countStart[index.size] = lists.countDays.length;
	index.activeDays = Int32Array.from(lists.activeDays);
	index.countDays = Int32Array.from(lists.countDays);
	index.countValues = Int32Array.from(lists.countValues);
	index.countUnits = Uint8Array.from(lists.countUnits);
	index.countQualifiers = Uint8Array.from(lists.countQualifiers);
}

/** Whether sorted days are each day from the first to the last, once. */
const everyDay = (days: readonly number[]) => days.every((day, k) => day === days[0] + k);

export function buildFeatureIndex(
	features: readonly PublicFeature[],
	departments: readonly string[]
): FeatureIndex {
	const deptIndex = new Map(departments.map((code, i) => [code, i]));
	const index = emptyFeatureIndex(features.length, departments);
	const position = new Map(features.map((f, i) => [f.properties.id, i]));
	const lists = emptyLists();
	features.forEach((f, i) => {
		const p = f.properties;
		const d = deptIndex.get(p.department);
		if (d === undefined) throw new Error(`feature ${p.id}: unknown department ${p.department}`);
		index.ids.push(p.id);
		index.department[i] = d;
		index.layer[i] = LAYER_IDS.indexOf(p.layer as LayerId);
		index.kind[i] = KINDS.indexOf(p.kind as Kind);
		const days = p.active_dates?.map(dayNumber).sort((a, b) => a - b);
		index.first[i] = days?.length ? days[0] : dayNumber(p.date.start);
		index.last[i] = days?.length ? days[days.length - 1] : dayNumber(p.date.end ?? p.date.start);
		index.activeStart[i] = lists.activeDays.length;
		// A list of every day from the first to the last says no more than no list: it is left out.
		if (days && !everyDay(days)) lists.activeDays.push(...days);
		index.located[i] = isLocatedBlockade(p) ? 1 : 0;
		index.datePrecision[i] = timePrecisionCode(p.date.precision);
		if (p.part_of) index.parent[i] = position.get(p.part_of) ?? -1;
		index.countStart[i] = lists.countDays.length;
		for (const c of p.reported_count ?? []) {
			lists.countDays.push(dayNumber(c.date));
			lists.countValues.push(c.value);
			lists.countUnits.push(COUNT_UNITS.indexOf(c.unit ?? 'blockades'));
			lists.countQualifiers.push(c.qualifier ? COUNT_QUALIFIERS.indexOf(c.qualifier) + 1 : 0);
		}
		for (const m of MEASURES) {
			[index.low[m][i], index.high[m][i]] = lowHigh(p.casualties?.[m]);
		}
	});
	storeLists(index, lists);
	return index;
}

/** Whether feature `i` is active on some day of [from, to] (inclusive day numbers). */
export function isActiveIn(index: FeatureIndex, i: number, from: number, to: number): boolean {
	if (index.last[i] < from || index.first[i] > to) return false;
	const start = index.activeStart[i];
	const end = index.activeStart[i + 1];
	if (start === end) return true; // an event: its date range overlaps the window
	for (let k = start; k < end; k++) {
		const day = index.activeDays[k];
		if (day >= from && day <= to) return true;
	}
	return false;
}
