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
export type MeasureColumns = Record<(typeof MEASURES)[number], Int32Array>;

export interface FeatureIndex {
	size: number;
	ids: string[];
	/** Department codes, in the order their indexes refer to. */
	departments: string[];
	department: Uint8Array;
	layer: Uint8Array;
	kind: Uint8Array;
	/** First and last day (day numbers) the feature is active. */
	first: Int32Array;
	last: Int32Array;
	/** Blockades: the days they were reported active, as offsets into `activeDays` (others: empty). */
	activeStart: Int32Array;
	activeDays: Int32Array;
	/** 1 for a blockade mapped at a named place or section. */
	located: Uint8Array;
	/** How precisely the date is known: ACLED's time_precision code (1 day, 2 days, 3 week). */
	datePrecision: Uint8Array;
	/** The index of the feature this one is `part_of`, or -1. */
	parent: Int32Array;
	/** Count-only road sections: counts reported, as offsets into `countDays`/`countValues`. */
	countStart: Int32Array;
	countDays: Int32Array;
	countValues: Int32Array;
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
	weight?: Int32Array;
	reported?: MeasureColumns;
}

function lowHigh(figures: readonly Figure[] | undefined): [number, number] {
	return [conservativeFigure(figures) ?? -1, highestFigure(figures) ?? -1];
}

export function measureColumns(n: number): MeasureColumns {
	return Object.fromEntries(MEASURES.map((m) => [m, new Int32Array(n)])) as MeasureColumns;
}

export function buildFeatureIndex(
	features: readonly PublicFeature[],
	departments: readonly string[]
): FeatureIndex {
	const n = features.length;
	const deptIndex = new Map(departments.map((code, i) => [code, i]));
	const index: FeatureIndex = {
		size: n,
		ids: [],
		departments: [...departments],
		department: new Uint8Array(n),
		layer: new Uint8Array(n),
		kind: new Uint8Array(n),
		first: new Int32Array(n),
		last: new Int32Array(n),
		activeStart: new Int32Array(n + 1),
		activeDays: new Int32Array(0),
		located: new Uint8Array(n),
		datePrecision: new Uint8Array(n),
		parent: new Int32Array(n).fill(-1),
		countStart: new Int32Array(n + 1),
		countDays: new Int32Array(0),
		countValues: new Int32Array(0),
		countUnits: new Uint8Array(0),
		countQualifiers: new Uint8Array(0),
		low: measureColumns(n),
		high: measureColumns(n)
	};
	const position = new Map(features.map((f, i) => [f.properties.id, i]));
	const active: number[] = [];
	const countDays: number[] = [];
	const countValues: number[] = [];
	const countUnits: number[] = [];
	const countQualifiers: number[] = [];
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
		index.activeStart[i] = active.length;
		if (days) active.push(...days);
		index.located[i] = isLocatedBlockade(p) ? 1 : 0;
		index.datePrecision[i] = timePrecisionCode(p.date.precision);
		if (p.part_of) index.parent[i] = position.get(p.part_of) ?? -1;
		index.countStart[i] = countDays.length;
		for (const c of p.reported_count ?? []) {
			countDays.push(dayNumber(c.date));
			countValues.push(c.value);
			countUnits.push(COUNT_UNITS.indexOf(c.unit ?? 'blockades'));
			countQualifiers.push(c.qualifier ? COUNT_QUALIFIERS.indexOf(c.qualifier) + 1 : 0);
		}
		for (const m of MEASURES) {
			[index.low[m][i], index.high[m][i]] = lowHigh(p.casualties?.[m]);
		}
	});
	index.activeStart[n] = active.length;
	index.countStart[n] = countDays.length;
	index.activeDays = Int32Array.from(active);
	index.countDays = Int32Array.from(countDays);
	index.countValues = Int32Array.from(countValues);
	index.countUnits = Uint8Array.from(countUnits);
	index.countQualifiers = Uint8Array.from(countQualifiers);
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
