// Which totals reported by sources (dataset.json `reported_totals`) apply to what the map shows.
import type { ReportedTotal } from './schema.ts';
import { CASUALTY_MEASURES } from '../domain/kinds.ts';

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
				a.date.localeCompare(b.date)
		);
}
