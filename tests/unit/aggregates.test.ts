import { describe, expect, it } from 'vitest';
import { buildFeatureIndex, isActiveIn } from '../../src/lib/geo/featureIndex.ts';
import { aggregateByRegion, countsPerDay, sumTotals } from '../../src/lib/geo/aggregates.ts';
import { blockadeDensity } from '../../src/lib/domain/measures.ts';
import { dayNumber, laPazDay } from '../../src/lib/geo/days.ts';
import { LAYER_IDS } from '../../src/lib/domain/layers.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import type { Kind } from '../../src/lib/data/schema.ts';
import { CATEGORY_OF_KIND, LAYER_OF_KIND } from '../../src/lib/domain/layers.ts';

const S = 'https://example.org/s';
const source = { url: S, title: 't', publisher: 'p', date: null };

function f(
	id: string,
	kind: Kind,
	department: string,
	date: { start: string; end?: string },
	extra: Partial<PublicFeature['properties']> = {}
): PublicFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [-66, -17] },
		properties: {
			id,
			kind,
			department,
			category: CATEGORY_OF_KIND[kind],
			layer: LAYER_OF_KIND[kind],
			title: { es: id, en: id },
			description: { es: id, en: id },
			date: { ...date, precision: 'day' },
			place: { name: id, alt_names: [] },
			location: { precision: 'exact', radius_m: 0, source },
			sources: [source],
			...extra
		}
	};
}

// A fixture whose totals were worked out by hand (see the expectations below).
const FIXTURE: PublicFeature[] = [
	f(
		'f1',
		'massacre',
		'BO-L',
		{ start: '2019-11-19' },
		{
			casualties: {
				dead: [
					{ value: 9, source: S },
					{ value: 11, source: S }
				],
				injured: [
					{ min: 30, source: S },
					{ value: 80, source: S }
				]
			}
		}
	),
	f(
		'f2',
		'clash',
		'BO-L',
		{ start: '2019-11-11', end: '2019-11-12' },
		{
			casualties: {
				dead: [
					{ value: 2, source: S },
					{ min: 3, max: 4, source: S }
				]
			}
		}
	),
	f(
		'f3',
		'blockade',
		'BO-L',
		{ start: '2019-11-14' },
		{
			active_dates: ['2019-11-14', '2019-11-19']
		}
	),
	f(
		'f4',
		'blockade-section',
		'BO-L',
		{ start: '2019-11-14' },
		{
			active_dates: ['2019-11-14', '2019-11-19'],
			reported_count: [
				{ value: 18, date: '2019-11-19', source: S },
				{ value: 10, date: '2019-11-14', source: S }
			]
		}
	),
	f(
		'f5',
		'massacre',
		'BO-C',
		{ start: '2019-11-15' },
		{
			casualties: {
				dead: [{ value: 9, source: S }],
				detained: [
					{ value: 100, source: S },
					{ value: 223, source: S }
				]
			}
		}
	),
	f('f6', 'blockade', 'BO-C', { start: '2019-11-19' }, { active_dates: ['2019-11-19'] }),
	f('f7', 'cabildo', 'BO-C', { start: '2019-11-16' }),
	f('f8', 'blockade', 'BO-O', { start: '2019-11-22' }, { active_dates: ['2019-11-22'] })
];
const DEPARTMENTS = ['BO-C', 'BO-L', 'BO-O'];
const index = buildFeatureIndex(FIXTURE, DEPARTMENTS);
const window = (from: string, to: string, layers = [...LAYER_IDS]) => ({
	from: dayNumber(from),
	to: dayNumber(to),
	layers
});
const byCode = (rows: ReturnType<typeof aggregateByRegion>) =>
	Object.fromEntries(rows.map((r) => [r.code, r]));

describe('aggregateByRegion', () => {
	it('totals the whole period', () => {
		const t = byCode(aggregateByRegion(index, window('2019-10-20', '2019-11-30')));
		expect(t['BO-L']).toMatchObject({
			features: 4,
			blockades: 1, // located only: counts on sections are never added in
			// the largest count reported on the section, not 18 + 10
			sectionCounts: [{ id: 'f4', value: 18, unit: 'blockades', day: dayNumber('2019-11-19') }],
			dead: { low: 11, high: 15, reported: 2 },
			injured: { low: 30, high: 80, reported: 1 },
			detained: { low: 0, high: 0, reported: 0 }
		});
		expect(t['BO-L'].byKind).toMatchObject({
			massacre: 1,
			clash: 1,
			blockade: 1,
			'blockade-section': 1,
			cabildo: 0
		});
		expect(t['BO-C']).toMatchObject({
			features: 3,
			blockades: 1,
			dead: { low: 9, high: 9, reported: 1 },
			detained: { low: 100, high: 223, reported: 1 }
		});
		expect(t['BO-O']).toMatchObject({ features: 1, blockades: 1 });
		expect(sumTotals(Object.values(t))).toMatchObject({
			features: 8,
			blockades: 3,
			dead: { low: 20, high: 24, reported: 3 }
		});
	});

	it('counts blockades only on the days they were reported', () => {
		const t = byCode(aggregateByRegion(index, window('2019-11-15', '2019-11-18')));
		expect(t['BO-L'].features).toBe(0); // f3 and f4 were reported on the 14th and 19th only
		expect(t['BO-C']).toMatchObject({ features: 2, blockades: 0, dead: { low: 9, high: 9 } });
		expect(t['BO-O'].features).toBe(0);
	});

	it('includes both edge days of the window', () => {
		const t = byCode(aggregateByRegion(index, window('2019-11-14', '2019-11-14')));
		expect(t['BO-L']).toMatchObject({
			features: 2,
			blockades: 1,
			sectionCounts: [{ id: 'f4', value: 10 }]
		});
		const u = byCode(aggregateByRegion(index, window('2019-11-12', '2019-11-15')));
		expect(u['BO-L'].byKind.clash).toBe(1); // f2 ends on the 12th
		expect(u['BO-C'].byKind.massacre).toBe(1); // f5 is on the 15th
	});

	it('follows the visible layers', () => {
		const t = byCode(aggregateByRegion(index, window('2019-10-20', '2019-11-30', ['violence'])));
		expect(t['BO-L']).toMatchObject({ features: 2, blockades: 0 });
		expect(t['BO-C']).toMatchObject({ features: 1, blockades: 0 });
	});

	it('does not change the index', () => {
		const before = JSON.stringify(Array.from(index.first));
		aggregateByRegion(index, window('2019-11-01', '2019-11-02'));
		expect(JSON.stringify(Array.from(index.first))).toBe(before);
	});
});

/** A blockade or section in BO-C, dated from the first to the last of the days it was reported. */
function reported(
	id: string,
	kind: 'blockade' | 'blockade-section',
	days: string[],
	extra: Partial<PublicFeature['properties']> = {}
): PublicFeature {
	const date = { start: days[0], end: days[days.length - 1] };
	return f(id, kind, 'BO-C', date, { active_dates: days, ...extra });
}

describe('blockades counted once, counts and held people kept apart', () => {
	// The section f6 and the point f9 inside it are one blockade on the 19th; on the 20th only
	// f9 was reported.
	const parts = buildFeatureIndex(
		[
			reported('f6', 'blockade-section', ['2019-11-19']),
			reported('f9', 'blockade', ['2019-11-19', '2019-11-20'], { part_of: 'f6' }),
			reported('f10', 'blockade-section', ['2019-11-19', '2019-11-27'], {
				reported_count: [
					{ value: 100, unit: 'barricades', qualifier: 'nearly', date: '2019-11-27', source: S },
					{ value: 12, date: '2019-11-19', source: S }
				]
			}),
			f(
				'f11',
				'clash',
				'BO-C',
				{ start: '2019-11-23' },
				{
					casualties: {
						held: [{ value: 8, source: S }],
						injured: [{ value: 24, source: S }]
					}
				}
			)
		],
		DEPARTMENTS
	);
	const whole = byCode(aggregateByRegion(parts, window('2019-10-20', '2019-11-30')))['BO-C'];

	it('counts a feature that is part of another once, with it', () => {
		expect(whole.blockades).toBe(1);
		const day20 = byCode(aggregateByRegion(parts, window('2019-11-20', '2019-11-20')));
		expect(day20['BO-C'].blockades).toBe(1); // f9 alone: its parent was not reported that day
	});

	it('counts the part when its parent is hidden', () => {
		const both = aggregateByRegion(parts, window('2019-11-19', '2019-11-19'));
		expect(byCode(both)['BO-C'].blockades).toBe(1);
		const pointsOnly = window('2019-11-19', '2019-11-19', ['blockade-points']);
		expect(byCode(aggregateByRegion(parts, pointsOnly))['BO-C'].blockades).toBe(1);
		const sectionsOnly = window('2019-11-19', '2019-11-19', ['blockade-sections']);
		expect(byCode(aggregateByRegion(parts, sectionsOnly))['BO-C'].blockades).toBe(1);
		const none = aggregateByRegion(parts, window('2019-11-19', '2019-11-19', []));
		expect(byCode(none)['BO-C'].blockades).toBe(0);
	});

	it('counts a blockade inside a count-only section within that count, on the days it was counted', () => {
		const inside = buildFeatureIndex(
			[
				reported('f10', 'blockade-section', ['2019-11-19'], {
					reported_count: [{ value: 18, date: '2019-11-19', source: S }]
				}),
				reported('f12', 'blockade', ['2019-11-17', '2019-11-19'], { part_of: 'f10' })
			],
			DEPARTMENTS
		);
		const on19 = byCode(aggregateByRegion(inside, window('2019-11-19', '2019-11-19')))['BO-C'];
		// One of the 18: not a 19th blockade beside them.
		expect(on19.blockades).toBe(0);
		expect(on19.sectionCounts.map((c) => c.value)).toEqual([18]);
		// On the 17th no count was reported: the point counts on its own.
		const on17 = byCode(aggregateByRegion(inside, window('2019-11-17', '2019-11-17')))['BO-C'];
		expect(on17.blockades).toBe(1);
		expect(on17.sectionCounts).toEqual([]);
	});

	it('keeps barricades and blockades apart, each with its wording', () => {
		expect(whole.sectionCounts).toEqual([
			{ id: 'f10', value: 12, unit: 'blockades', day: dayNumber('2019-11-19') },
			{
				id: 'f10',
				value: 100,
				unit: 'barricades',
				qualifier: 'nearly',
				day: dayNumber('2019-11-27')
			}
		]);
		expect(whole.blockades).toBe(1); // never 1 + 12 + 100
	});

	it('sums people held by residents apart from detentions', () => {
		expect(whole.held).toEqual({ low: 8, high: 8, reported: 1 });
		expect(whole.detained).toEqual({ low: 0, high: 0, reported: 0 });
	});
});

describe('time filter helpers', () => {
	it('puts a late-evening La Paz event on its local day', () => {
		expect(laPazDay('2019-11-20T02:00:00Z')).toBe('2019-11-19');
		expect(laPazDay('2019-11-20T04:00:00Z')).toBe('2019-11-20');
		expect(laPazDay('2019-11-19T23:59:00-04:00')).toBe('2019-11-19');
		expect(laPazDay('2019-11-19')).toBe('2019-11-19');
	});

	it('treats a multi-day event as active on every day of its range', () => {
		const i = index.ids.indexOf('f2');
		expect(isActiveIn(index, i, dayNumber('2019-11-12'), dayNumber('2019-11-20'))).toBe(true);
		expect(isActiveIn(index, i, dayNumber('2019-11-13'), dayNumber('2019-11-20'))).toBe(false);
	});

	it('keeps no list of days for a blockade reported on each day of its range: it says no more', () => {
		const everyDay = reported('every', 'blockade', ['2019-11-14', '2019-11-15', '2019-11-16']);
		const withGap = reported('gap', 'blockade', ['2019-11-14', '2019-11-16']);
		const both = buildFeatureIndex([everyDay, withGap], DEPARTMENTS);
		expect(Array.from(both.activeStart)).toEqual([0, 0, 2]);
		expect(Array.from(both.activeDays)).toEqual([dayNumber('2019-11-14'), dayNumber('2019-11-16')]);
		const counts = countsPerDay(both, dayNumber('2019-11-13'), dayNumber('2019-11-17'), [
			...LAYER_IDS
		]);
		expect(counts).toEqual([0, 2, 1, 2, 0]);
		expect(isActiveIn(both, 0, dayNumber('2019-11-15'), dayNumber('2019-11-15'))).toBe(true);
		expect(isActiveIn(both, 1, dayNumber('2019-11-15'), dayNumber('2019-11-15'))).toBe(false);
	});

	it('counts features per day for the histogram', () => {
		const counts = countsPerDay(index, dayNumber('2019-11-11'), dayNumber('2019-11-19'), [
			...LAYER_IDS
		]);
		// 11: f2 · 12: f2 · 14: f3 f4 · 15: f5 · 16: f7 · 19: f1 f3 f4 f6
		expect(counts).toEqual([1, 1, 0, 2, 1, 1, 0, 0, 4]);
	});

	it('counts apart the features whose date is known only to a few days or a week', () => {
		const approximate = FIXTURE.map((feature) =>
			feature.properties.id === 'f2' || feature.properties.id === 'f6'
				? {
						...feature,
						properties: {
							...feature.properties,
							date: {
								...feature.properties.date,
								precision: feature.properties.id === 'f2' ? ('days' as const) : ('week' as const)
							}
						}
					}
				: feature
		);
		const marked = buildFeatureIndex(approximate, DEPARTMENTS);
		const window = [dayNumber('2019-11-11'), dayNumber('2019-11-19')] as const;
		// f2 (11–12 Nov, a few days) and f6 (19 Nov, a week); the totals are unchanged.
		expect(countsPerDay(marked, ...window, [...LAYER_IDS], 2)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 1]);
		expect(countsPerDay(marked, ...window, [...LAYER_IDS], 3)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect(countsPerDay(marked, ...window, [...LAYER_IDS])).toEqual(
			countsPerDay(index, ...window, [...LAYER_IDS])
		);
	});

	it('computes blockades per 10,000 km²', () => {
		expect(blockadeDensity(19, 133_971)).toBeCloseTo(1.418, 3);
		expect(blockadeDensity(3, 0)).toBe(0);
	});
});
