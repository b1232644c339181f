// Totals per department for a time window and a set of visible layers, over a FeatureIndex.
import { KINDS, type Kind } from '../data/kinds.ts';
import { LAYER_IDS, type LayerId } from '../state/layers.ts';
import { isActiveIn, MEASURES, type FeatureIndex } from './featureIndex.ts';

export type Measure = (typeof MEASURES)[number];

export interface Range {
	/** Sum of each feature's lowest figure across sources (the most conservative total). */
	low: number;
	/** Sum of each feature's highest figure. */
	high: number;
	/** Features that have at least one figure. */
	reported: number;
}

export interface DepartmentTotals {
	code: string;
	/** Located blockades plus blockades counted on road sections. */
	blockades: number;
	blockadesLocated: number;
	blockadesCounted: number;
	/** Features of each kind active in the window. */
	byKind: Record<Kind, number>;
	/** All features active in the window. */
	features: number;
	dead: Range;
	injured: Range;
	detained: Range;
}

export interface AggregateFilter {
	/** Inclusive day numbers. */
	from: number;
	to: number;
	layers: readonly LayerId[];
}

function emptyTotals(code: string): DepartmentTotals {
	return {
		code,
		blockades: 0,
		blockadesLocated: 0,
		blockadesCounted: 0,
		byKind: Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>,
		features: 0,
		dead: { low: 0, high: 0, reported: 0 },
		injured: { low: 0, high: 0, reported: 0 },
		detained: { low: 0, high: 0, reported: 0 }
	};
}

/**
 * The largest count reported for a count-only section within the window: counts of different
 * days describe the same road and are not added up.
 */
function countInWindow(index: FeatureIndex, i: number, from: number, to: number): number {
	let best = 0;
	for (let k = index.countStart[i]; k < index.countStart[i + 1]; k++) {
		const day = index.countDays[k];
		if (day >= from && day <= to && index.countValues[k] > best) best = index.countValues[k];
	}
	return best;
}

/** Totals per department, in the index's department order. Pure; one pass over the index. */
export function aggregateByDepartment(
	index: FeatureIndex,
	filter: AggregateFilter
): DepartmentTotals[] {
	const totals = index.departments.map(emptyTotals);
	const layerOn = LAYER_IDS.map((id) => filter.layers.includes(id));
	const { from, to } = filter;
	for (let i = 0; i < index.size; i++) {
		if (!layerOn[index.layer[i]]) continue;
		if (!isActiveIn(index, i, from, to)) continue;
		const t = totals[index.department[i]];
		t.features++;
		t.byKind[KINDS[index.kind[i]]]++;
		if (index.located[i]) {
			t.blockadesLocated++;
		} else if (index.countStart[i + 1] > index.countStart[i]) {
			t.blockadesCounted += countInWindow(index, i, from, to);
		}
		for (const m of MEASURES) {
			const low = index.low[m][i];
			if (low < 0) continue;
			const r = t[m];
			r.low += low;
			r.high += index.high[m][i];
			r.reported++;
		}
	}
	for (const t of totals) t.blockades = t.blockadesLocated + t.blockadesCounted;
	return totals;
}

/** Sums department totals into one row (for the table's total line). */
export function sumTotals(rows: readonly DepartmentTotals[], code = 'BO'): DepartmentTotals {
	const total = emptyTotals(code);
	for (const r of rows) {
		total.blockades += r.blockades;
		total.blockadesLocated += r.blockadesLocated;
		total.blockadesCounted += r.blockadesCounted;
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

/** Blockades per 10,000 km². */
export function blockadeDensity(blockades: number, areaKm2: number): number {
	return areaKm2 > 0 ? (blockades / areaKm2) * 10_000 : 0;
}

/** How many features of the index are active in the window per day (for the histogram). */
export function countsPerDay(
	index: FeatureIndex,
	firstDay: number,
	lastDay: number,
	layers: readonly LayerId[]
): number[] {
	const counts = new Array<number>(lastDay - firstDay + 1).fill(0);
	const layerOn = LAYER_IDS.map((id) => layers.includes(id));
	for (let i = 0; i < index.size; i++) {
		if (!layerOn[index.layer[i]]) continue;
		const start = index.activeStart[i];
		const end = index.activeStart[i + 1];
		if (start < end) {
			for (let k = start; k < end; k++) {
				const d = index.activeDays[k] - firstDay;
				if (d >= 0 && d < counts.length) counts[d]++;
			}
		} else {
			for (let d = Math.max(index.first[i], firstDay); d <= Math.min(index.last[i], lastDay); d++) {
				counts[d - firstDay]++;
			}
		}
	}
	return counts;
}
