// Totals per department for a time window and a set of visible layers, over a FeatureIndex.
import {
	COUNT_QUALIFIERS,
	COUNT_UNITS,
	KINDS,
	type CountQualifier,
	type CountUnit,
	type Kind
} from '../domain/kinds.ts';
import { LAYER_IDS, type LayerId } from '../domain/layers.ts';
import { isActiveIn, MEASURES, type FeatureIndex } from './featureIndex.ts';

export type Measure = (typeof MEASURES)[number];

/** The largest count of one unit reported for one road section within the window. */
export interface SectionCount {
	id: string;
	value: number;
	unit: CountUnit;
	qualifier?: CountQualifier;
	/** Day number of the report. */
	day: number;
}

export interface Range {
	/** Sum of each feature's lowest figure across sources (the most conservative total). */
	low: number;
	/** Sum of each feature's highest figure. */
	high: number;
	/** Features that have at least one figure. */
	reported: number;
}

export interface RegionTotals {
	code: string;
	/**
	 * Located blockades active in the window, each counted once: a feature that is `part_of`
	 * another counted one is not counted again.
	 */
	blockades: number;
	/**
	 * What reports counted on road sections without naming the places: each section's largest
	 * count of each unit in the window. Shown beside `blockades`, never added to it or to each other.
	 */
	sectionCounts: SectionCount[];
	/** Features of each kind active in the window. */
	byKind: Record<Kind, number>;
	/** All features active in the window. */
	features: number;
	dead: Range;
	injured: Range;
	detained: Range;
	held: Range;
}

export interface AggregateFilter {
	/** Inclusive day numbers. */
	from: number;
	to: number;
	layers: readonly LayerId[];
}

function emptyTotals(code: string): RegionTotals {
	return {
		code,
		blockades: 0,
		sectionCounts: [],
		byKind: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>,
		features: 0,
		dead: { low: 0, high: 0, reported: 0 },
		injured: { low: 0, high: 0, reported: 0 },
		detained: { low: 0, high: 0, reported: 0 },
		held: { low: 0, high: 0, reported: 0 }
	};
}

/**
 * The largest count of each unit reported for a count-only section within the window: counts of
 * different days describe the same road and are not added up.
 */
function sectionCountsIn(index: FeatureIndex, i: number, from: number, to: number): SectionCount[] {
	const best: (SectionCount | undefined)[] = COUNT_UNITS.map(() => undefined);
	for (let k = index.countStart[i]; k < index.countStart[i + 1]; k++) {
		const day = index.countDays[k];
		const u = index.countUnits[k];
		const value = index.countValues[k];
		if (day < from || day > to || (best[u] && best[u].value >= value)) continue;
		const q = index.countQualifiers[k];
		best[u] = {
			id: index.ids[i],
			value,
			unit: COUNT_UNITS[u],
			...(q > 0 ? { qualifier: COUNT_QUALIFIERS[q - 1] } : {}),
			day
		};
	}
	return best.filter((c) => c !== undefined);
}

/** Whether a count-only section has a count reported within the window. */
function hasCountIn(index: FeatureIndex, i: number, from: number, to: number): boolean {
	for (let k = index.countStart[i]; k < index.countStart[i + 1]; k++)
		if (index.countDays[k] >= from && index.countDays[k] <= to) return true;
	return false;
}

/** Totals per department, in the index's department order. Pure; one pass over the index. */
export function aggregateByRegion(index: FeatureIndex, filter: AggregateFilter): RegionTotals[] {
	const totals = index.departments.map(emptyTotals);
	const layerOn = LAYER_IDS.map((id) => filter.layers.includes(id));
	const { from, to } = filter;
	const { weight, reported } = index;
	for (let i = 0; i < index.size; i++) {
		if (!layerOn[index.layer[i]]) continue;
		if (!isActiveIn(index, i, from, to)) continue;
		const t = totals[index.department[i]];
		const w = weight ? weight[i] : 1;
		t.features += w;
		t.byKind[KINDS[index.kind[i]]] += w;
		if (index.located[i]) {
			// A blockade part_of another is counted once, with it: with a located parent active
			// in the window, or inside a count-only section's count reported in the window.
			const parent = index.parent[i];
			const countedWithParent =
				parent >= 0 &&
				layerOn[index.layer[parent]] &&
				(index.located[parent] === 1
					? isActiveIn(index, parent, from, to)
					: hasCountIn(index, parent, from, to));
			if (!countedWithParent) t.blockades += w;
		} else if (index.countStart[i + 1] > index.countStart[i]) {
			t.sectionCounts.push(...sectionCountsIn(index, i, from, to));
		}
		for (const m of MEASURES) {
			const low = index.low[m][i];
			if (low < 0) continue;
			const r = t[m];
			r.low += low;
			r.high += index.high[m][i];
			r.reported += reported ? reported[m][i] : 1;
		}
	}
	return totals;
}

/** The code of the table's total line (not a region's: region codes are ISO codes or slugs). */
export const TOTAL_CODE = 'total';

/** Sums department totals into one row (for the table's total line). */
export function sumTotals(rows: readonly RegionTotals[], code = TOTAL_CODE): RegionTotals {
	const total = emptyTotals(code);
	for (const r of rows) {
		total.blockades += r.blockades;
		total.sectionCounts.push(...r.sectionCounts);
		total.features += r.features;
		for (const k of KINDS) total.byKind[k] += r.byKind[k];
		for (const m of MEASURES) {
			total[m].low += r[m].low;
			total[m].high += r[m].high;
			total[m].reported += r[m].reported;
		}
	}
	return total;
}

/**
 * How many features of the index are active per day (for the histogram); with
 * `datePrecisionAtLeast` 2, only those whose date is known to a few days or worse.
 */
export function countsPerDay(
	index: FeatureIndex,
	firstDay: number,
	lastDay: number,
	layers: readonly LayerId[],
	datePrecisionAtLeast = 1
): number[] {
	const counts = new Array<number>(lastDay - firstDay + 1).fill(0);
	const layerOn = LAYER_IDS.map((id) => layers.includes(id));
	for (let i = 0; i < index.size; i++) {
		if (!layerOn[index.layer[i]]) continue;
		if (index.datePrecision[i] < datePrecisionAtLeast) continue;
		const w = index.weight ? index.weight[i] : 1;
		const start = index.activeStart[i];
		const end = index.activeStart[i + 1];
		if (start < end) {
			for (let k = start; k < end; k++) {
				const d = index.activeDays[k] - firstDay;
				if (d >= 0 && d < counts.length) counts[d] += w;
			}
		} else {
			for (let d = Math.max(index.first[i], firstDay); d <= Math.min(index.last[i], lastDay); d++) {
				counts[d - firstDay] += w;
			}
		}
	}
	return counts;
}
