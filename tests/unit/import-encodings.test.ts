import { importer, importMapped } from '../commands.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, lostCharacters } from '../../src/lib/import/decode.ts';
import { tempFolder } from './tempFolder.ts';

const DIR = 'tests/fixtures/import/encodings';
const MAPPING = 'tests/fixtures/import/spreadsheet.mapping.json';
const temp = tempFolder('encodings');
const expected = JSON.parse(readFileSync(`${DIR}/spanish.expected.geojson`, 'utf8'));
/** The encodings fixture `name` imported as CSV through the spreadsheet mapping. */
const importCsv = (name: string, out: string, ...more: string[]) =>
	importMapped('csv', `${DIR}/${name}`, MAPPING, out, ...more);

describe(
	'importing files saved in any encoding and with any delimiter',
	{ timeout: 30_000 },
	() => {
		it.each([
			['spanish.utf8.csv', null],
			['spanish.utf8-bom.csv', 'read as utf-8 (its byte order mark)'],
			['spanish.windows-1252.csv', 'read as windows-1252 (detected)'],
			['spanish.utf16le-bom.csv', 'read as utf-16le (its byte order mark)'],
			['spanish.utf16le.csv', 'read as utf-16le (detected)'],
			['spanish.tab.tsv', null]
		])('%s gives the same features, its Spanish text intact', (name, said) => {
			const out = join(temp, name.replace(/\W/g, '-'));
			const result = importCsv(name, `${out}/`);
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			if (said) expect(result.stdout).toContain(`${DIR}/${name}: ${said}`);
			else expect(result.stdout).not.toContain('read as');
			const written = readFileSync(join(out, 'events.geojson'), 'utf8');
			expect(JSON.parse(written)).toEqual(expected);
			expect(written).toContain('Montero, ñandú — «prueba»');
			expect(written).not.toContain('\uFFFD');
		});

		it('refuses a file whose encoding it cannot be sure of, and takes --encoding', () => {
			const out = join(temp, 'uncertain');
			const unsure = importCsv('uncertain.csv', `${out}/`);
			expect(unsure.status).toBe(1);
			expect(unsure.stderr).toMatch(
				/uncertain.csv: the file is not UTF-8 and its encoding is uncertain.*--encoding/
			);
			expect(existsSync(out)).toBe(false);

			const given = importCsv('spanish.windows-1252.csv', `${out}/`, '--encoding', 'windows-1252');
			expect(given.status).toBe(0);
			expect(given.stdout).toContain('read as windows-1252 (--encoding)');
			const wrong = importCsv(
				'spanish.windows-1252.csv',
				join(temp, 'wrong'),
				'--encoding',
				'utf-8'
			);
			expect(wrong.status).toBe(1);
			expect(wrong.stderr).toContain('the file is not valid utf-8: check --encoding');
			const unknown = importCsv('spanish.utf8.csv', join(temp, 'unknown'), '--encoding', 'klingon');
			expect(unknown.stderr).toContain('--encoding: klingon is not an encoding this system knows');
		});

		it('names the delimiter it found when the columns are not ACLED’s', () => {
			const result = importer(
				'--from',
				'acled',
				`${DIR}/spanish.utf8.csv`,
				'--out',
				join(temp, 'acled')
			);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/this looks like a semicolon-separated file without ACLED's columns: missing event_id_cnty, .*\(its columns are: codigo, fecha, hasta/
			);
		});
	}
);

describe('decodeInput and lostCharacters', () => {
	it('never decodes with replacement characters, and tells lost text from text that had one', () => {
		const bytes = new Uint8Array([0x61, 0xe9, 0x62]); // "aéb" in Windows-1252, invalid UTF-8
		expect(() => decodeInput(bytes, 'utf-8')).toThrow(/not valid utf-8/);
		expect(decodeInput(bytes, 'windows-1252').text).toBe('aéb');
		expect(lostCharacters('abc', 'a\uFFFDc')).toBe(true);
		expect(lostCharacters('a\uFFFDc', 'a\uFFFDc')).toBe(false);
		expect(lostCharacters('abc', 'abc')).toBe(false);
	});

	it('refuses a file that mixes UTF-8 lines with Windows-1252 ones, naming a line of each', () => {
		const utf8 = new TextEncoder().encode('title\nÑandú en marcha\n');
		const latin = new Uint8Array([0x50, 0x65, 0xf1, 0x61, 0x0a]); // "Peña" in Windows-1252
		const mixed = new Uint8Array([...utf8, ...latin]);
		const message =
			'the file mixes encodings: line 2 is UTF-8 but line 3 is not: save the whole file in one encoding (UTF-8)';
		expect(() => decodeInput(mixed)).toThrow(message);
		expect(() => decodeInput(mixed, 'windows-1252')).toThrow(message);
		// Either alone is fine.
		expect(decodeInput(utf8).text).toContain('Ñandú');
		expect(decodeInput(new Uint8Array([...latin, ...latin]), 'windows-1252').text).toBe(
			'Peña\nPeña\n'
		);
	});

	it('refuses a byte order mark that contradicts --encoding, and takes one that agrees', () => {
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]);
		expect(() => decodeInput(bom, 'windows-1252')).toThrow(
			'the file starts with a utf-8 byte order mark but --encoding says windows-1252: leave out --encoding, or give utf-8'
		);
		expect(decodeInput(bom, 'utf-8').text).toBe('a\n');
	});
});
