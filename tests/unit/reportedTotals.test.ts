import { describe, expect, it } from 'vitest';
import { reportedTotalsFor } from '../../src/lib/data/reportedTotals.ts';
import type { ReportedTotal } from '../../src/lib/data/schema.ts';
import { formatCount, formatFigure } from '../../src/lib/ui/figures.ts';
import { fillCount } from '../../src/lib/i18n/plural.ts';

const source = { url: 'https://example.org/r', title: 'r', publisher: 'Example', date: null };
const total = (
	measure: ReportedTotal['measure'],
	scope: string,
	date: string,
	figure: { value?: number; min?: number; max?: number }
): ReportedTotal => ({ measure, scope, date, source, ...figure });

const TOTALS = [
	total('dead', 'BO', '2019-11-18', { value: 23 }),
	total('blockades', 'BO', '2019-11-19', { value: 71 }),
	total('blockades', 'BO-L', '2019-11-19', { value: 25 }),
	total('blockades', 'BO', '2019-11-13', { min: 47 }),
	total('blockades', 'BO', '2019-12-01', { max: 94 })
];
const PERIOD_END = '2019-11-30';
const window = (from: string, to: string) => ({ from, to, periodEnd: PERIOD_END });

describe('reportedTotalsFor', () => {
	it('gives the country’s totals dated inside the window, blockades first then by date', () => {
		const shown = reportedTotalsFor(TOTALS, window('2019-11-13', '2019-11-19'), null);
		expect(shown.map((t) => [t.measure, t.date])).toEqual([
			['blockades', '2019-11-13'],
			['blockades', '2019-11-19'],
			['dead', '2019-11-18']
		]);
	});

	it('includes both edge days and leaves out totals dated outside the window', () => {
		expect(reportedTotalsFor(TOTALS, window('2019-11-19', '2019-11-19'), null)).toHaveLength(1);
		expect(reportedTotalsFor(TOTALS, window('2019-11-20', '2019-11-25'), null)).toEqual([]);
	});

	it('shows counts made after the period only when the window reaches its end', () => {
		const whole = reportedTotalsFor(TOTALS, window('2019-10-20', PERIOD_END), null);
		expect(whole.map((t) => t.date)).toContain('2019-12-01');
		const early = reportedTotalsFor(TOTALS, window('2019-10-20', '2019-11-29'), null);
		expect(early.map((t) => t.date)).not.toContain('2019-12-01');
	});

	it('gives a region only its own totals, and the country none of the regions’', () => {
		const laPaz = reportedTotalsFor(TOTALS, window('2019-10-20', PERIOD_END), 'BO-L');
		expect(laPaz.map((t) => t.value)).toEqual([25]);
		const country = reportedTotalsFor(TOTALS, window('2019-10-20', PERIOD_END), null);
		expect(country.some((t) => t.scope === 'BO-L')).toBe(false);
	});

	it('does not change its input', () => {
		const before = JSON.stringify(TOTALS);
		reportedTotalsFor(TOTALS, window('2019-10-20', PERIOD_END), null);
		expect(JSON.stringify(TOTALS)).toBe(before);
	});
});

describe('figures and counts in words', () => {
	it.each([
		[{ value: 71 }, 'en', '71'],
		[{ min: 47 }, 'en', 'at least 47'],
		[{ max: 94 }, 'en', 'up to 94'],
		[{ max: 94 }, 'es', 'hasta 94'],
		[{ min: 3, max: 5 }, 'en', '3–5']
	] as const)('formats %j in %s as %s', (figure, lang, expected) => {
		expect(formatFigure(figure, lang)).toBe(expected);
	});

	it.each([
		[{ value: 100, unit: 'barricades', qualifier: 'nearly' }, 'en', 'nearly 100 barricades'],
		[{ value: 100, unit: 'barricades', qualifier: 'nearly' }, 'es', 'casi 100 barricadas'],
		[{ value: 18 }, 'en', '18 blockades'],
		[{ value: 120, qualifier: 'more-than' }, 'es', 'más de 120 bloqueos']
	] as const)('says count %j in %s as %s', (count, lang, expected) => {
		expect(formatCount(count, lang)).toBe(expected);
	});
});

describe('counted messages', () => {
	it.each([
		['en', 'n_events', 1, '1 event'],
		['en', 'n_events', 0, '0 events'],
		['en', 'n_events', 70, '70 events'],
		['es', 'n_events', 1, '1 hecho'],
		['es', 'n_locatedBlockades', 29, '29 bloqueos ubicados'],
		['es', 'n_locatedBlockades', 1, '1 bloqueo ubicado']
	] as const)('in %s, %s of %d reads %s', (lang, key, n, expected) => {
		expect(fillCount(lang, key, n)).toBe(expected);
	});

	it('never says "1 blockades" or "1 barricades"', () => {
		expect(formatCount({ value: 1 }, 'en')).toBe('1 blockade');
		expect(formatCount({ value: 1, unit: 'barricades' }, 'es')).toBe('1 barricada');
	});
});
