import { describe, expect, it } from 'vitest';
import { cellProblem, screenCells } from '../../src/lib/import/cells.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/import/csv.ts';

describe('cells no import takes as data', () => {
	it.each(['#DIV/0!', ' #N/A ', '#REF!'])('refuses %j, a spreadsheet error value', (value) => {
		expect(cellProblem(value)).toBe('is a spreadsheet error value: fix the formula in the sheet');
	});

	it.each([
		['Marcha\u0000', 'holds a control character (U+0000)'],
		['a\u001bb', 'holds a control character (U+001B)']
	])('refuses %j, a control character', (value, reason) => {
		expect(cellProblem(value)).toBe(reason);
	});

	it.each(['Línea 1\nlínea 2\tcon tabulador', '#hashtag', ''])('takes %j as data', (value) => {
		expect(cellProblem(value)).toBeNull();
	});

	it('refuses the records that hold one, with their line and column, in the columns asked', () => {
		const records = [
			{ at: { line: 2 }, values: { title: 'Marcha', count: '3', spare: '#N/A' } },
			{ at: { line: 3 }, values: { title: '#DIV/0!', count: '3' } }
		];
		const { clean, problems } = screenCells(records, ['title', 'count']);
		expect(clean.map((r) => r.at.line)).toEqual([2]);
		expect(problems).toEqual([
			{
				at: { line: 3 },
				column: 'title',
				value: '#DIV/0!',
				reason: 'is a spreadsheet error value: fix the formula in the sheet'
			}
		]);
		// Every column, when none is named.
		expect(screenCells(records).problems.map((p) => p.column)).toEqual(['spare', 'title']);
	});

	it('an ACLED export with a NUL in its notes: that row refused at its line, the rest imported', () => {
		const file = 'tests/fixtures/import/acled-sample.csv';
		const text = readFileSync(file, 'utf8');
		const lines = text.split('\n');
		lines[1] = lines[1].replace('Bolivia', 'Bol\u0000ivia');
		const outcome = runImport({
			from: 'acled',
			file,
			text: lines.join('\n'),
			id: 'acled-nul',
			today: '2026-12-04',
			out: 'out/acled-nul',
			departments: readDepartments()
		});
		if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
		const problems = outcome.result.problems.map((p) => formatProblem(file, p));
		expect(
			problems.some(
				(p) => p.startsWith(`${file}:2: `) && p.endsWith('holds a control character (U+0000)')
			)
		).toBe(true);
		expect(outcome.records - outcome.result.features.length).toBe(1);
	});

	it('a cell saying "constructor" or "__proto__" is no entry of a lookup table', () => {
		const file = 'tests/fixtures/import/acled-sample.csv';
		const [header, first] = readFileSync(file, 'utf8').split('\n');
		const columns = parseCsv(`${header}\n${first}\n`).header;
		const row = parseCsv(`${header}\n${first}\n`).records[0].values;
		const line = columns
			.map((c) =>
				c === 'time_precision' ? 'constructor' : c === 'geo_precision' ? '__proto__' : row[c]
			)
			.map((v) => `"${String(v).replaceAll('"', '""')}"`)
			.join(',');
		const outcome = runImport({
			from: 'acled',
			file,
			text: `${header}\n${line}\n`,
			id: 'acled-proto',
			today: '2026-12-04',
			out: 'out/acled-proto',
			departments: readDepartments()
		});
		if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
		expect(outcome.result.problems.map((p) => formatProblem(file, p))).toEqual([
			`${file}:2: time_precision: "constructor": is not 1, 2 or 3`,
			`${file}:2: geo_precision: "__proto__": is not 1, 2 or 3`
		]);
	});
});
