import { describe, expect, it } from 'vitest';
import { defaultPlausibleSpan, isPlausibleDay } from '../../src/lib/domain/plausibleDates.ts';
import { parseDay } from '../../src/lib/import/values.ts';
import { readFileSync } from 'node:fs';
import { importAcled } from '../../src/lib/import/acled.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { largestCount } from '../../src/lib/ui/histogram.ts';
import { fixtureDataset, fixtureMeta } from './fixtureMeta.ts';
import { validRecord } from './validRecord.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';

const departments = readDepartments();
const nextYear = new Date().getUTCFullYear() + 1;

describe('the plausible span of event days', () => {
	it('runs from 1900 to the end of next year', () => {
		const span = defaultPlausibleSpan(new Date('2026-12-04T12:00:00Z'));
		expect(span).toEqual({ from: '1900-01-01', to: '2027-12-31' });
		expect(isPlausibleDay('1900-01-01', span)).toBe(true);
		expect(isPlausibleDay('1899-12-31', span)).toBe(false);
		expect(isPlausibleDay('2027-12-31', span)).toBe(true);
		expect(isPlausibleDay('2028-01-01', span)).toBe(false);
	});

	it('refuses a mistyped year at import, naming the row and the column', () => {
		expect(parseDay('20/11/1019', 'dmy')).toEqual({
			ok: false,
			reason: `is outside the plausible span 1900–${nextYear} (a typo in the year?)`
		});
		expect(parseDay('2091-11-20').ok).toBe(false);
		expect(parseDay('1900-01-01')).toEqual({ ok: true, value: '1900-01-01' });
		// A row of the sample ACLED export, with its year mistyped.
		const [first] = parseCsv(
			readFileSync('tests/fixtures/import/acled-sample.csv', 'utf8')
		).records;
		const record = { line: 4, values: { ...first.values, event_date: '20 November 1019' } };
		const result = importAcled([record]);
		expect(result.features).toEqual([]);
		expect(result.problems.map((p) => formatProblem('export.csv', p))).toContain(
			`export.csv:4: event_date: "20 November 1019": is outside the plausible span 1900–${nextYear} (a typo in the year?)`
		);
	});
});

/** A march on `start`. */
function marchOn(start: string) {
	return validRecord({ id: 'el-alto-march', kind: 'march', date: { start, precision: 'day' } });
}

/** A dataset of `march` alone, its period widened to reach the march's day. */
function dataset(march: EventFeature, span?: { from: string; to: string }) {
	const start = march.properties.date.start;
	return fixtureDataset(
		[march],
		fixtureMeta({
			period: { start: start < '2019-10-20' ? start : '2019-10-20', end: '2019-11-30' },
			...(span ? { plausible_span: span } : {})
		})
	);
}

describe('data:check and the plausible span', () => {
	it('refuses a day outside it, naming the file, the feature and the field', () => {
		const problems = checkDataset(dataset(marchOn('1019-11-20')), departments).problems;
		expect(problems).toContain(
			`fixture/events.geojson: feature el-alto-march: date.start: 1019-11-20 is outside the dataset's plausible span 1900–${nextYear}: a typo in the year? (a dataset of older events sets plausible_span in dataset.json)`
		);
		expect(
			problems.some((p) => p.startsWith('fixture/dataset.json: period.start: 1019-10-20'))
		).toBe(false);
		expect(
			problems.some((p) => p.startsWith('fixture/dataset.json: period.start: 1019-11-20'))
		).toBe(true);
	});

	it('accepts the edges of the span, and a dataset of older events that sets its own', () => {
		expect(checkDataset(dataset(marchOn('1900-01-01')), departments).problems).toEqual([]);
		expect(
			checkDataset(
				dataset(marchOn('1852-03-01'), { from: '1850-01-01', to: '2020-12-31' }),
				departments
			).problems
		).toEqual([]);
	});
});

describe('largestCount', () => {
	it('takes the largest of more days than a spread could pass', () => {
		const counts = new Array<number>(500_000).fill(0);
		counts[412_345] = 7;
		expect(largestCount(counts)).toBe(7);
		expect(largestCount([])).toBe(1);
	});
});

describe('data:check and hostile nesting', () => {
	it('names the feature whose coordinates nest too deeply to check, in one line', () => {
		const march = marchOn('2019-11-20');
		let coordinates: unknown = march.geometry.coordinates;
		for (let i = 0; i < 200_000; i++) coordinates = [coordinates];
		(march.geometry as { coordinates: unknown }).coordinates = coordinates;
		const input = dataset(march);
		const problems = checkDataset(input, departments).problems;
		expect(problems).toContain(
			'fixture/events.geojson: feature el-alto-march: geometry: is nested too deeply to check'
		);
	});
});
