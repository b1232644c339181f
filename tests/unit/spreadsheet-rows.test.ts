// The .xlsx and .ods readers parse a sheet's rows (and shared strings) one element at a time (a
// whole 100,000-row sheet as one DOM took 5 GB). A sheet holding a comment is parsed whole, so the
// two ways can be held equal on the same rows.
import { describe, expect, it, vi } from 'vitest';
import { parses } from './xmlParses.ts';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { readSpreadsheet } from '../../src/lib/import/spreadsheet.ts';

vi.mock('../../src/lib/import/xml.ts', async (original) =>
	(await import('./xmlParses.ts')).countingXml(original)
);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function xlsx(sheetXml: string, sharedStrings?: string): Uint8Array {
	return zipSync({
		'xl/workbook.xml': strToU8(
			`<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(sheetXml),
		...(sharedStrings ? { 'xl/sharedStrings.xml': strToU8(sharedStrings) } : {})
	});
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A sheet of inline strings and shared ones, its elements under `prefix` (e.g. "x:"). */
function workbook(rows: string[][], prefix: string, comment: boolean) {
	const shared: string[] = [];
	const p = prefix;
	const cell = (value: string, k: number, r: number) => {
		const ref = `${String.fromCharCode(65 + k)}${r}`;
		if (k % 2 === 0) {
			shared.push(value);
			return `<${p}c r="${ref}" t="s"><${p}v>${shared.length - 1}</${p}v></${p}c>`;
		}
		return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${escape(value)}</${p}t></${p}is></${p}c>`;
	};
	const body = rows
		.map(
			(cells, i) =>
				`<${p}row r="${i + 1}">${cells.map((v, k) => cell(v, k, i + 1)).join('')}</${p}row>`
		)
		.join('\n');
	const ns = p ? `xmlns:${p.slice(0, -1)}="${NS}"` : `xmlns="${NS}"`;
	const note = comment ? '<!-- read whole -->' : '';
	return xlsx(
		`<?xml version="1.0"?>${note}<${p}worksheet ${ns}><${p}sheetData>${body}</${p}sheetData></${p}worksheet>`,
		`<${p}sst ${ns}>${shared.map((s) => `<${p}si><${p}r><${p}t>${escape(s)}</${p}t></${p}r></${p}si>`).join('')}</${p}sst>`
	);
}

describe('a sheet read row by row', () => {
	it('reads what the whole-document parse reads, with or without prefixes', () => {
		const text = fc.string({
			unit: fc.constantFrom('a', 'é', '&', '<', '>', ' ', 'row', '"', '1')
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 8 }),
				fc.constantFrom('', 'x:'),
				(rows, prefix) => {
					// A header that is not blank, so that toRecords keeps every column.
					const all = [['h1', 'h2', 'h3'], ...rows];
					const streamed = readSpreadsheet(workbook(all, prefix, false), 'xlsx');
					const whole = readSpreadsheet(workbook(all, prefix, true), 'xlsx');
					expect(streamed).toEqual(whole);
					expect('records' in streamed && streamed.records.length).toBeGreaterThanOrEqual(0);
				}
			),
			{ numRuns: 200 }
		);
		const read = readSpreadsheet(
			workbook(
				[
					['a', 'b'],
					['1 & 2', '<x>']
				],
				'x:',
				false
			),
			'xlsx'
		);
		expect(read).toMatchObject({
			header: ['a', 'b'],
			records: [{ values: { a: '1 & 2', b: '<x>' } }]
		});
	});

	it('parses each row and shared string on its own, unless a comment asks for the whole', () => {
		const rows = Array.from({ length: 50 }, (_, i) => [`a${i}`, `b${i}`]);
		parses.count = 0;
		readSpreadsheet(workbook(rows, 'x:', false), 'xlsx');
		const streamed = parses.count;
		// 50 rows and their 50 shared strings, each parsed alone, besides a few small parts.
		expect(streamed).toBeGreaterThanOrEqual(100);
		parses.count = 0;
		readSpreadsheet(workbook(rows, 'x:', true), 'xlsx');
		// The sheet with a comment is parsed whole (its shared strings still one by one).
		expect(parses.count).toBeLessThanOrEqual(streamed - 49);
	});

	it.each([
		[
			'a row in the middle',
			`<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c><v>1</c></row><row r="3"/>`
		],
		[
			'what follows the rows',
			`<row r="1"><c t="inlineStr"><is><t>a</t></is></c></row></sheetData><extra></worksheet>`
		],
		['an unclosed last row', `<row r="1"><c t="inlineStr"><is><t>a</t></is></c>`]
	])('names the sheet when %s is not well-formed', (_what, rows) => {
		const xml = rows.includes('</worksheet>')
			? `<worksheet xmlns="${NS}"><sheetData>${rows}`
			: `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`;
		const read = readSpreadsheet(xlsx(xml), 'xlsx');
		expect(read).toEqual({
			problem: expect.stringMatching(
				/^xl\/worksheets\/sheet1\.xml inside it is not well-formed XML: /
			)
		});
	});
});

const ODS_NS =
	'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods of named sheets; `wrap` puts a sheet's rows in a group or header element. */
function ods(
	sheets: Record<string, string[][]>,
	options: { comment?: boolean; wrap?: string } = {}
) {
	const cell = (value: string) =>
		`<table:table-cell office:value-type="string"><text:p>${escape(value)}</text:p></table:table-cell>`;
	const tables = Object.entries(sheets).map(([name, rows]) => {
		const body = rows
			.map((cells) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`)
			.join('<text:soft-page-break/>');
		const wrapped = options.wrap ? `<${options.wrap}>${body}</${options.wrap}>` : body;
		return `<table:table table:name="${name}"><table:table-column/>${wrapped}</table:table>`;
	});
	const note = options.comment ? '<!-- read whole -->' : '';
	return zipSync({
		mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
		'content.xml': strToU8(
			`<?xml version="1.0"?>${note}<office:document-content ${ODS_NS}><office:body><office:spreadsheet>${tables.join('')}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>`
		)
	});
}

describe('an .ods sheet read row by row', () => {
	it('reads what the whole-document parse reads, of any sheet', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'é', '&', '<', '>', ' ', 'table', '1') });
		const rows = fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { maxLength: 6 });
		fc.assert(
			fc.property(rows, rows, fc.constantFrom('Uno', 'Dos', undefined), (first, second, wanted) => {
				const sheets = { Uno: [['h1', 'h2'], ...first], Dos: [['h1', 'h2'], ...second] };
				const streamed = readSpreadsheet(ods(sheets), 'ods', wanted);
				expect(streamed).toEqual(readSpreadsheet(ods(sheets, { comment: true }), 'ods', wanted));
				expect(streamed).toMatchObject({ name: wanted ?? 'Uno' });
			}),
			{ numRuns: 200 }
		);
		expect(readSpreadsheet(ods({ Uno: [['a']], Dos: [['b']] }), 'ods', 'Tres')).toEqual({
			problem: 'has no sheet named "Tres" (its sheets: Uno, Dos)'
		});
	});

	it('parses each row on its own; grouped rows and a comment are read whole', () => {
		const rows = [['a', 'b'], ...Array.from({ length: 50 }, (_, i) => [`a${i}`, `b${i}`])];
		const count = (bytes: Uint8Array) => {
			parses.count = 0;
			const read = readSpreadsheet(bytes, 'ods');
			expect(read).toMatchObject({ header: ['a', 'b'], records: { length: 50 } });
			return parses.count;
		};
		expect(count(ods({ Hoja: rows }))).toBeGreaterThanOrEqual(51);
		expect(count(ods({ Hoja: rows }, { comment: true }))).toBe(1);
		expect(count(ods({ Hoja: rows }, { wrap: 'table:table-row-group' }))).toBe(1);
		expect(count(ods({ Hoja: rows }, { wrap: 'table:table-header-rows' }))).toBe(1);
	});

	it('names content.xml when a row is not well-formed', () => {
		const bad = zipSync({
			'content.xml': strToU8(
				`<office:document-content ${ODS_NS}><office:body><office:spreadsheet><table:table table:name="H"><table:table-row><table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`
			)
		});
		expect(readSpreadsheet(bad, 'ods')).toEqual({
			problem: expect.stringMatching(/^content\.xml inside it is not well-formed XML: /)
		});
	});
});
