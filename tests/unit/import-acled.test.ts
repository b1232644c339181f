import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ACLED_KIND_MAPPING,
	ACLED_SUB_EVENT_ES,
	importAcled,
	reportsBlockade
} from '../../src/lib/import/acled.ts';
import { parseCsv, type CsvRecord } from '../../src/lib/import/csv.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { cutText, parseDay, plainText } from '../../src/lib/import/values.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { timePrecisionCode } from '../../src/lib/data/schema.ts';
import { ACLED_BAD, ACLED_BAD_PROBLEMS } from './acledBad.ts';

const FIXTURES = 'tests/fixtures/import';
const read = (path: string) => readFileSync(path, 'utf8');
const readJson = (path: string) => JSON.parse(read(path));

const SAMPLE = `${FIXTURES}/acled-sample.csv`;

/** One ACLED record with the sample's first row's values, changed by `values`. */
function acledRecord(values: Record<string, string>, line = 2): CsvRecord {
	const [first] = parseCsv(read(SAMPLE)).records;
	return { line, values: { ...first.values, ...values } };
}

describe('parseCsv', () => {
	it('gives each record the file line it starts on, after quoted newlines, CRLF and blank lines', () => {
		const text = '\uFEFFa,b\r\n1,"x\r\ny"\r\n\r\n2,3\r\n"4,\n5",6\r\n7,8';
		const { header, records, problems } = parseCsv(text);
		expect(header).toEqual(['a', 'b']);
		expect(problems).toEqual([]);
		expect(records.map((r) => [r.line, r.values.a])).toEqual([
			[2, '1'],
			[5, '2'],
			[6, '4,\n5'],
			[8, '7']
		]);
	});

	it('reports a row whose number of fields is not the header’s, at its line', () => {
		const { records, problems } = parseCsv('a,b\n1,2\n"multi\nline",2,3\n4,5\n');
		expect(records.map((r) => r.line)).toEqual([2, 5]);
		expect(problems).toEqual([
			{ at: { line: 3 }, column: '(row)', value: null, reason: 'has 3 fields but the header has 2' }
		]);
	});

	it('guesses a semicolon delimiter (spreadsheets in Spanish) unless one is given', () => {
		expect(parseCsv('a;b\n1;2\n').records[0].values).toEqual({ a: '1', b: '2' });
		expect(parseCsv('a;b\n1;2\n', { delimiter: ',' }).header).toEqual(['a;b']);
	});
});

describe('importAcled on the sample export', () => {
	const { records } = parseCsv(read(SAMPLE));
	const result = importAcled(records);

	it('converts every row into the hand-written expected features', () => {
		expect(result.problems).toEqual([]);
		const expected = readJson(`${FIXTURES}/acled-sample.expected.geojson`).features;
		expect(result.features.map((f) => f.feature)).toEqual(expected);
	});

	it('keeps the file line of each record, counting the quoted newline in XXX0002’s notes', () => {
		expect(result.features.map((f) => f.at)).toEqual(
			[2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map((line) => ({ line }))
		);
	});

	it('keeps ACLED’s time_precision code, which the CSV download writes back', () => {
		const codes = result.features.map((f) =>
			timePrecisionCode(f.feature.properties.date.precision)
		);
		expect(codes).toEqual(records.map((r) => Number(r.values.time_precision)));
		expect(new Set(codes)).toEqual(new Set([1, 2, 3]));
	});

	it('does not change the records it reads', () => {
		const copy = structuredClone(records);
		importAcled(records);
		expect(records).toEqual(copy);
	});
});

describe('importAcled problems', () => {
	it('reports each bad row of acled-bad.csv at its file line, and converts only the good ones', () => {
		const { records, problems: csvProblems } = parseCsv(read(ACLED_BAD));
		expect(csvProblems).toEqual([]);
		const result = importAcled(records);
		expect(result.problems.map((p) => formatProblem(ACLED_BAD, p))).toEqual(ACLED_BAD_PROBLEMS);
		expect(result.features.map((f) => [f.at, f.feature.properties.id])).toEqual([
			[{ line: 2 }, 'xxx0101'],
			[{ line: 3 }, 'xxx0102']
		]);
	});

	it('refuses a missing or non-numeric coordinate and an empty admin1 or location', () => {
		const result = importAcled([acledRecord({ longitude: 'west', admin1: ' ', location: '' }, 7)]);
		expect(result.features).toEqual([]);
		expect(result.problems.map((p) => [p.at, p.column, p.reason])).toEqual([
			[{ line: 7 }, 'longitude', 'is not a decimal number'],
			[{ line: 7 }, 'location', 'is empty (the place name comes from it)'],
			[{ line: 7 }, 'admin1', 'is empty (the dataset groups its regions by admin1)']
		]);
	});
});

describe('ACLED_KIND_MAPPING', () => {
	const kindOf = (event_type: string, sub_event_type: string, notes = 'Fixture.') => {
		const { features, problems } = importAcled([
			acledRecord({ event_type, sub_event_type, notes })
		]);
		return problems.length > 0 ? problems[0].reason : features[0].feature.properties.kind;
	};

	it.each([
		['Battles', 'Armed clash', 'clash'],
		['Violence against civilians', 'Attack', 'clash'],
		['Violence against civilians', 'Abduction/forced disappearance', 'clash'],
		['Protests', 'Peaceful protest', 'mobilisation'],
		['Protests', 'Protest with intervention', 'clash'],
		['Protests', 'Excessive force against protesters', 'clash'],
		// The spelling ACLED used before 2023, and event types in their older capitalisation.
		['Protests', 'Excessive force against protestors', 'clash'],
		['Riots', 'Violent demonstration', 'clash'],
		['Riots', 'Mob violence', 'clash'],
		['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'clash'],
		['Strategic developments', 'Agreement', 'political'],
		['Strategic Developments', 'Arrests', 'political'],
		['Strategic developments', 'Change to group/activity', 'political'],
		['Strategic developments', 'Headquarters or base established', 'political'],
		['Strategic developments', 'Non-violent transfer of territory', 'political'],
		['Strategic developments', 'Other', 'political'],
		['Strategic developments', 'Looting/property destruction', 'clash'],
		['Protests', 'Picnic', 'is not in ACLED_KIND_MAPPING for event_type "Protests"'],
		['Festivals', 'Peaceful protest', 'is not in ACLED_KIND_MAPPING']
	])('%s / %s → %s', (eventType, subEventType, expected) => {
		expect(kindOf(eventType, subEventType)).toBe(expected);
	});

	it('makes protests that block a road blockades, but not violence or a block of flats', () => {
		const blocked = 'Fixture: farmers blocked the road to Oruro.';
		expect(kindOf('Protests', 'Peaceful protest', blocked)).toBe('blockade');
		expect(kindOf('Protests', 'Protest with intervention', 'Police cleared a bloqueo.')).toBe(
			'blockade'
		);
		expect(kindOf('Protests', 'Excessive force against protesters', blocked)).toBe('clash');
		expect(kindOf('Riots', 'Violent demonstration', blocked)).toBe('clash');
		expect(kindOf('Protests', 'Peaceful protest', 'Outside a block of flats. Road closed.')).toBe(
			'mobilisation'
		);
		expect(reportsBlockade('Fixture.', 'crowd size=50; roadblock')).toBe(true);
		expect(reportsBlockade('Fixture.', 'crowd size=50')).toBe(false);
	});

	it('has a Spanish title for every sub-event type it maps', () => {
		const subTypes = Object.values(ACLED_KIND_MAPPING).flatMap((subs) => Object.keys(subs));
		expect(subTypes.filter((s) => !ACLED_SUB_EVENT_ES[s])).toEqual([]);
	});
});

describe('values', () => {
	it.each([
		['2019-11-23', '2019-11-23'],
		['23 November 2019', '2019-11-23'],
		['23-November-2019', '2019-11-23'],
		['3 nov 2019', '2019-11-03'],
		['23/11/2019', '2019-11-23'],
		['11/23/2019', '2019-11-23'],
		['05/05/2019', '2019-05-05']
	])('reads the day %s', (input, day) => {
		expect(parseDay(input)).toEqual({ ok: true, value: day });
	});

	it('refuses impossible, ambiguous and unreadable days', () => {
		expect(parseDay('2019-02-29')).toEqual({ ok: false, reason: 'is not a real calendar date' });
		expect(parseDay('05/11/2019').ok).toBe(false);
		expect(parseDay('05/11/2019', 'dmy')).toEqual({ ok: true, value: '2019-11-05' });
		expect(parseDay('05/11/2019', 'mdy')).toEqual({ ok: true, value: '2019-05-11' });
		expect(parseDay('23 Brumaire 2019')).toEqual({
			ok: false,
			reason: '"Brumaire" is not an English month name'
		});
		expect(parseDay('yesterday').ok).toBe(false);
	});

	it('cuts long text with an ellipsis within the limit, and replaces angle brackets', () => {
		const cut = cutText('a'.repeat(2500), 2000);
		expect(cut.cut).toBe(true);
		expect(cut.text).toHaveLength(2000);
		expect(cut.text.endsWith('…')).toBe(true);
		expect(cutText('short', 2000)).toEqual({ text: 'short', cut: false });
		expect(plainText(' a <script>\n b ')).toEqual({ text: 'a ‹script› b', replacedBrackets: true });
	});

	it('cuts over-long ACLED notes and says so in the maintainer notes', () => {
		const { features } = importAcled([acledRecord({ notes: `Fixture ${'x'.repeat(2100)}` })]);
		const p = features[0].feature.properties;
		expect(p.description.en).toHaveLength(2000);
		expect(p.notes).toContain("Description: ACLED's notes cut to 2000 characters.");
	});
});

describe('the committed site fixture tests/fixtures/site-datasets/acled-sample/', () => {
	it('is what the importer makes of acled-sample.csv now (apart from last_reviewed)', () => {
		const folder = 'tests/fixtures/site-datasets/acled-sample';
		const outcome = runImport({
			from: 'acled',
			file: SAMPLE,
			text: read(SAMPLE),
			id: 'acled-sample',
			title: {
				es: 'Muestra ACLED (datos de prueba inventados)',
				en: 'ACLED sample (made-up test data)'
			},
			today: '2000-01-01',
			out: folder,
			departments: readDepartments()
		});
		if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
		const committedMeta = readJson(`${folder}/dataset.json`);
		expect({ ...outcome.meta, last_reviewed: committedMeta.last_reviewed }).toEqual(committedMeta);
		expect(outcome.result.features.map((f) => f.feature)).toEqual(
			readJson(`${folder}/events.geojson`).features
		);
	});
});
