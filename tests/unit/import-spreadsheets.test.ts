import { importer, importMapped } from '../commands.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readSpreadsheet } from '../../src/lib/import/spreadsheet.ts';
import { tempFolder } from './tempFolder.ts';

const DIR = 'tests/fixtures/import/spreadsheets';
const MAPPING = 'tests/fixtures/import/spreadsheet.mapping.json';
const temp = tempFolder('sheets');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
// The same rows as the CSV fixtures: the same features (spreadsheet dates read as days).
const expected = readJson('tests/fixtures/import/encodings/spanish.expected.geojson');

describe('importing spreadsheets (.xlsx, .ods)', { timeout: 30_000 }, () => {
	it('reads a named sheet of an .xlsx, dates stored as dates, to the CSV’s features', () => {
		const out = join(temp, 'xlsx');
		const xlsx = `${DIR}/spanish.xlsx`;
		const first = importMapped('xlsx', xlsx, MAPPING, `${out}/`);
		expect(first.status).toBe(1);
		expect(first.stderr).toContain(
			`${DIR}/spanish.xlsx: sheet "Notas" has no column codigo, tipo, fecha`
		);
		expect(existsSync(out)).toBe(false);
		const named = importMapped('xlsx', xlsx, MAPPING, `${out}/`, '--sheet', 'Eventos');
		expect(named.stderr).toBe('');
		expect(readJson(join(out, 'events.geojson'))).toEqual(expected);
		const missing = importMapped('xlsx', xlsx, MAPPING, `${out}-9/`, '--sheet', 'Hoja9');
		expect(missing.stderr).toContain('has no sheet named "Hoja9" (its sheets: Notas, Eventos)');
	});

	it('reads an .ods (its million repeated empty rows too) to the same features', () => {
		const out = join(temp, 'ods');
		const result = importMapped('ods', `${DIR}/spanish.ods`, MAPPING, `${out}/`);
		expect(result.stderr).toBe('');
		expect(readJson(join(out, 'events.geojson'))).toEqual(expected);
	});

	it('reads ACLED’s .xlsx export as its CSV', () => {
		const out = join(temp, 'acled');
		const result = importer('--from', 'acled', `${DIR}/acled-sample.xlsx`, '--out', `${out}/`);
		expect(result.stderr).toBe('');
		expect(readJson(join(out, 'events.geojson'))).toEqual(
			readJson('tests/fixtures/import/acled-sample.expected.geojson')
		);
	});

	it('refuses a file that is not a spreadsheet', () => {
		expect(readSpreadsheet(new TextEncoder().encode('codigo;fecha\n'), 'xlsx')).toEqual({
			problem: 'is not an .xlsx file (not a zip archive)'
		});
		const ods = readFileSync(`${DIR}/spanish.ods`);
		expect(readSpreadsheet(new Uint8Array(ods), 'xlsx')).toEqual({
			problem: 'is not an .xlsx file (no xl/workbook.xml)'
		});
	});

	it('reads an .ods row repeated with values as that many records, and refuses a bad repeat', () => {
		const ods = (rows: string) =>
			zipSync({
				mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
				'content.xml': strToU8(
					`<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Hoja1">` +
						`<table:table-row><table:table-cell><text:p>titulo</text:p></table:table-cell></table:table-row>` +
						rows +
						`</table:table></office:spreadsheet></office:body></office:document-content>`
				)
			});
		const cell = (text: string) => `<table:table-cell><text:p>${text}</text:p></table:table-cell>`;
		const sheet = readSpreadsheet(
			ods(
				`<table:table-row table:number-rows-repeated="3">${cell('Marcha')}</table:table-row>` +
					`<table:table-row table:number-rows-repeated="1000"><table:table-cell/></table:table-row>` +
					`<table:table-row>${cell('Cabildo')}</table:table-row>`
			),
			'ods'
		);
		if ('problem' in sheet) throw new Error(sheet.problem);
		expect(sheet.records.map((r) => [r.line, r.values.titulo])).toEqual([
			[2, 'Marcha'],
			[3, 'Marcha'],
			[4, 'Marcha'],
			[1005, 'Cabildo']
		]);
		expect(
			readSpreadsheet(
				ods(`<table:table-row table:number-rows-repeated="abc">${cell('x')}</table:table-row>`),
				'ods'
			)
		).toEqual({ problem: 'row 2: table:number-rows-repeated is "abc", not a whole number' });
	});

	describe('an .xlsx that is hostile or odd', () => {
		const workbook = strToU8(
			'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" r:id="rId1"/></sheets></workbook>'
		);
		const rels = strToU8(
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
		);
		const xlsx = (sheetData: string, extra: Record<string, Uint8Array> = {}) =>
			zipSync({
				'xl/workbook.xml': workbook,
				'xl/_rels/workbook.xml.rels': rels,
				'xl/worksheets/sheet1.xml': strToU8(
					`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`
				),
				...extra
			});
		const inline = (text: string, ref?: string) =>
			`<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;

		it('places cells without a reference one after another, rows too', () => {
			const sheet = readSpreadsheet(
				xlsx(
					`<row>${inline('titulo')}${inline('fecha')}${inline('lugar')}</row>` +
						`<row>${inline('Marcha')}${inline('2019-11-20')}${inline('El Alto')}</row>` +
						`<row r="9">${inline('Cabildo')}${inline('Sucre', 'C9')}</row>`
				),
				'xlsx'
			);
			if ('problem' in sheet) throw new Error(sheet.problem);
			expect(sheet.header).toEqual(['titulo', 'fecha', 'lugar']);
			expect(sheet.records).toEqual([
				{ line: 2, values: { titulo: 'Marcha', fecha: '2019-11-20', lugar: 'El Alto' } },
				{ line: 9, values: { titulo: 'Cabildo', fecha: '', lugar: 'Sucre' } }
			]);
		});

		it('refuses a cell reference past column XFD in a line, without filling the columns between', () => {
			const started = performance.now();
			expect(
				readSpreadsheet(
					xlsx(`<row r="1">${inline('titulo')}</row><row r="2">${inline('x', 'ZZZZZZ2')}</row>`),
					'xlsx'
				)
			).toEqual({ problem: 'row 2: cell reference "ZZZZZZ2" is not a column from A to XFD' });
			expect(performance.now() - started).toBeLessThan(2000);
			expect(readSpreadsheet(xlsx(`<row r="99999999">${inline('x')}</row>`), 'xlsx')).toEqual({
				problem: 'row 1: row number "99999999" is not from 1 to 1048576'
			});
		});

		it('names the entry that is not well-formed XML', () => {
			const result = readSpreadsheet(xlsx(`<row><c t="inlineStr"><is><t>x</is></c></row>`), 'xlsx');
			expect(result).toMatchObject({
				problem: expect.stringMatching(
					/^xl\/worksheets\/sheet1\.xml inside it is not well-formed XML: /
				)
			});
			expect((result as { problem: string }).problem.split('\n')).toHaveLength(1);
		});

		it('inflates only the entries it reads, within size and compression limits', () => {
			const header = `<row>${inline('titulo')}</row><row>${inline('Marcha')}</row>`;
			// A large entry nobody reads is left compressed, whatever its size.
			const unused = { 'xl/media/huge.bin': new Uint8Array(5 * 2 ** 20) };
			const small = { maxEntryBytes: 64 * 1024, maxRatio: 100 };
			const read = readSpreadsheet(xlsx(header, unused), 'xlsx', undefined, small);
			expect('problem' in read ? read.problem : read.records.length).toBe(1);
			// A sheet past the size limit, or compressed past the ratio, is refused in a line.
			const padding = `<row>${inline('x'.repeat(200 * 1024))}</row>`;
			expect(
				readSpreadsheet(xlsx(header + padding), 'xlsx', undefined, {
					maxEntryBytes: 100 * 1024,
					maxRatio: 1e6
				})
			).toEqual({
				problem:
					'xl/worksheets/sheet1.xml inside it would take 0.2 MB uncompressed (more than 0.1 MB): refused as a likely zip bomb'
			});
			expect(
				readSpreadsheet(xlsx(header + padding), 'xlsx', undefined, {
					...small,
					maxEntryBytes: 2 ** 24
				})
			).toMatchObject({
				problem: expect.stringMatching(
					/^xl\/worksheets\/sheet1\.xml inside it is compressed \d+ to 1 \(more than 100 to 1\): refused as a likely zip bomb$/
				)
			});
		});
	});
});
