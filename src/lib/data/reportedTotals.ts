// Which totals reported by sources (dataset.json `reported_totals`) apply to what the map shows.
import type { ReportedTotal } from './schema.ts';
import { CASUALTY_MEASURES } from '../domain/kinds.ts';
import { figureHigh, figureLow } from './figures.ts';

const MEASURE_ORDER: readonly ReportedTotal['measure'][] = ['blockades', ...CASUALTY_MEASURES];

export interface TotalsWindow {
	/** Inclusive calendar days, YYYY-MM-DD. */
	from: string;
	to: string;
	/** The dataset's last day: totals dated after it are retrospective counts of the period. */
	periodEnd: string;
}

/** The country's totals (scope "BO") when `region` is null, else that region's ("BO-L"). */
export function reportedTotalsFor(
	totals: readonly ReportedTotal[],
	window: TotalsWindow,
	region: string | null
): ReportedTotal[] {
	return totals
		.filter((total) => (region === null ? !total.scope.includes('-') : total.scope === region))
		.filter(
			(total) =>
				(total.date >= window.from && total.date <= window.to) ||
				(total.date > window.periodEnd && window.to === window.periodEnd)
		)
		.toSorted(
			(a, b) =>
				MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
				// ISO days sort as text; localeCompare would start a collator, costly on a phone.
				Number(a.date > b.date) - Number(a.date < b.date)
		);
}

/** The range of the counts of one measure that stand (no interim one), and how many sources give them. */
export function standingRange(
	totals: readonly ReportedTotal[],
	measure: ReportedTotal['measure']
): { low: number; high: number; sources: number } | null {
	const standing = totals.filter((t) => t.measure === measure && !t.interim);
	if (standing.length === 0) return null;
	return {
		low: Math.min(...standing.map(figureLow)),
		high: Math.max(...standing.map(figureHigh)),
		sources: new Set(standing.map((t) => t.source.url)).size
	};
}
