// The hostile-input corpus of issue 26, generated here and run through the import command: each
// bad file gets its one line (no stack trace) and exit 1, and the target folder it was to replace
// is byte for byte as it was. The command runs in this process; a full disk, a slow pipe and a
// 1 GB heap need a process of their own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { tempFolder } from './tempFolder.ts';
import { importCommand } from '../../scripts/importCommand.ts';

const temp = tempFolder('hostile');

const SAMPLE = readFileSync('tests/fixtures/import/acled-sample.csv', 'utf8').split('\n');
const HEADER = SAMPLE[0];
/** An ACLED row of the sample with its id, day and notes replaced. */
function acledRow(id: string, day: string, notes: string): string {
	const columns = HEADER.split(',');
	const cells = [
		'XXX0004',
		'22/11/2019',
		'2019',
		'1',
		'Demonstrations',
		'Protests',
		'Peaceful protest',
		'Protesters (Bolivia)',
		'',
		'6',
		'',
		'',
		'0',
		'60',
		'',
		'68',
		'South America',
		'Bolivia',
		'Oruro',
		'',
		'',
		'Oruro',
		'-17.97153',
		'-67.0932',
		'1',
		'Fixture Radio',
		'Subnational',
		'x',
		'',
		'',
		'1574695800'
	];
	cells[columns.indexOf('event_id_cnty')] = id;
	cells[columns.indexOf('event_date')] = day;
	cells[columns.indexOf('notes')] = notes;
	return cells.join(',');
}
const acledCsv = (rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

/** A minimal .xlsx holding one sheet. */
function xlsx(sheetXml: string): Uint8Array {
	return zipSync({
		'xl/workbook.xml': strToU8(
			'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" r:id="rId1"/></sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(sheetXml)
	});
}
const sheet = (rows: string) =>
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** A folder's files and their bytes, to compare before and after. */
function snapshot(folder: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')])
	);
}

/** Fills the `--out` folder with a dataset the import would replace (with --force). */
function existingTarget(name: string): string {
	const folder = join(temp, name);
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'dataset.json'), '{"id":"before"}\n');
	writeFileSync(join(folder, 'events.geojson'), '{"type":"FeatureCollection","features":[]}\n');
	return folder;
}

/** Makes every write into the importer's staging folder fail as a full disk does. */
const FULL_DISK = `data:text/javascript,${encodeURIComponent(
	"import fs from 'node:fs'; import { syncBuiltinESMExports } from 'node:module';" +
		'const write = fs.writeFileSync;' +
		"fs.writeFileSync = (path, ...rest) => { if (String(path).includes('.importing-')) { const e = new Error('ENOSPC: no space left on device, write'); e.code = 'ENOSPC'; throw e; } return write(path, ...rest); };" +
		'syncBuiltinESMExports();'
)}`;

/**
 * The import as `npm run data:import` runs it: in this process (the command's own function, its
 * lines collected), or as a process of its own where the case needs node options (a full disk).
 */
function importer(args: string[], nodeOptions: string[] = []) {
	if (nodeOptions.length > 0)
		return spawnSync(process.execPath, [...nodeOptions, 'scripts/data-import.ts', ...args], {
			encoding: 'utf8'
		});
	const out: string[] = [];
	const err: string[] = [];
	const status = importCommand(args, {
		log: (line) => out.push(`${line}\n`),
		error: (line) => err.push(`${line}\n`)
	});
	return { status, stdout: out.join(''), stderr: err.join('') };
}

const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

interface HostileCase {
	name: string;
	file: string;
	content: string | Uint8Array;
	from: string;
	extra?: string[];
	nodeOptions?: string[];
	/** The line (or each line) the user reads. */
	says: RegExp;
}

const deepKml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${'<Folder><name>f</name>'.repeat(10_000)}<Placemark><name>x</name><Point><coordinates>-68.2,-16.5</coordinates></Point></Placemark>${'</Folder>'.repeat(10_000)}</Document></kml>`;

const CASES: HostileCase[] = [
	{
		name: 'a row dated in the year 1019',
		file: 'year-1019.csv',
		content: acledCsv([acledRow('BOL1', '19 November 1019', 'Fixture: a typo in the year.')]),
		from: 'acled',
		says: /year-1019\.csv:2: event_date: "19 November 1019": is outside the plausible span 1900–\d{4} \(a typo in the year\?\)/
	},
	{
		name: 'a zip bomb (a sheet compressed more than 1000 to 1)',
		file: 'bomb.xlsx',
		content: xlsx(
			sheet(`<row><c t="inlineStr"><is><t>${' '.repeat(8 * 2 ** 20)}</t></is></c></row>`)
		),
		from: 'acled',
		says: /^.*bomb\.xlsx: xl\/worksheets\/sheet1\.xml inside it is compressed \d+ to 1 \(more than 1000 to 1\): refused as a likely zip bomb$/
	},
	{
		name: 'a cell reference past column XFD (ZZZZZZ2)',
		file: 'reference.xlsx',
		content: xlsx(
			sheet(
				'<row r="1"><c r="A1" t="inlineStr"><is><t>event_id_cnty</t></is></c></row><row r="2"><c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>'
			)
		),
		from: 'acled',
		says: /reference\.xlsx: row 2: cell reference "ZZZZZZ2" is not a column from A to XFD$/
	},
	{
		name: 'malformed XML inside an .xlsx',
		file: 'malformed.xlsx',
		content: xlsx('<worksheet><sheetData><row><c></row></sheetData>'),
		from: 'acled',
		says: /malformed\.xlsx: xl\/worksheets\/sheet1\.xml inside it is not well-formed XML: /
	},
	{
		name: 'a file mixing UTF-8 and Windows-1252 lines',
		file: 'mixed.csv',
		content: new Uint8Array([
			...strToU8(acledCsv([acledRow('BOL1', '19 November 2019', 'Fixture: Ñandú in UTF-8.')])),
			...Array.from(
				acledRow('BOL2', '19 November 2019', 'Fixture: \u00d1and\u00fa in 1252.'),
				(c) => c.charCodeAt(0)
			),
			10
		]),
		from: 'acled',
		says: /mixed\.csv: the file mixes encodings: line 2 is UTF-8 but line 3 is not/
	},
	{
		name: 'KML folders nested 10,000 deep',
		file: 'deep.kml',
		content: deepKml,
		from: 'kml',
		extra: ['--mapping', 'tests/fixtures/import/kml/protestas.kml.mapping.json'],
		says: /deep\.kml: has folders nested 10000 deep \(at most 100 are read\): flatten its folders$/
	},
	{
		name: 'a NUL byte in a cell',
		file: 'nul.csv',
		content: acledCsv([acledRow('BOL1', '19 November 2019', 'Fixture: a NUL \u0000 here.')]),
		from: 'acled',
		says: /nul\.csv:2: notes: .*holds a control character \(U\+0000\)$/
	},
	{
		name: 'a spreadsheet error value (#DIV/0!)',
		file: 'div0.csv',
		content: acledCsv([acledRow('BOL1', '19 November 2019', '#DIV/0!')]),
		from: 'acled',
		says: /div0\.csv:2: notes: "#DIV\/0!": is a spreadsheet error value: fix the formula in the sheet$/
	},
	{
		name: 'a full disk while writing',
		file: 'full-disk.csv',
		content: acledCsv([acledRow('BOL1', '19 November 2019', 'Fixture: a good row.')]),
		from: 'acled',
		nodeOptions: ['--import', FULL_DISK],
		says: /: cannot write \(ENOSPC\); nothing written$/
	}
];

describe('the hostile-input corpus', { timeout: 120_000 }, () => {
	it.each(CASES.map((c) => [c.name, c] as const))(
		'%s: one line, exit 1, the target as it was',
		(_name, c) => {
			const input = join(temp, c.file);
			writeFileSync(input, c.content);
			const target = existingTarget(`target-${c.file}`);
			const before = snapshot(target);
			const result = importer(
				['--from', c.from, input, '--out', `${target}/`, '--force', ...(c.extra ?? [])],
				c.nodeOptions
			);
			expect(result.status, result.stderr).toBe(1);
			expect(result.stderr).not.toMatch(STACK_TRACE);
			const lines = result.stderr.trim().split('\n');
			expect(
				lines.some((line) => c.says.test(line)),
				result.stderr
			).toBe(true);
			expect(snapshot(target)).toEqual(before);
			// Nothing left behind beside it either (no staging folder).
			expect(readdirSync(temp).filter((n) => n.includes('.importing-'))).toEqual([]);
		}
	);

	it('an existing dataset folder is not overwritten without --force', () => {
		const input = join(temp, 'good.csv');
		writeFileSync(input, acledCsv([acledRow('BOL1', '19 November 2019', 'Fixture: fine.')]));
		const target = existingTarget('target-no-force');
		const before = snapshot(target);
		const result = importer(['--from', 'acled', input, '--out', `${target}/`]);
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe(
			`${target}/: already holds files; nothing written (--force replaces the whole folder)`
		);
		expect(snapshot(target)).toEqual(before);
	});

	it('20,000 problem lines all reach a slow pipe, then the count, and exit 1', () => {
		const rows = Array.from({ length: 20_000 }, (_, k) =>
			acledRow(`BOL${k}`, '19 November 1019', 'Fixture: a typo in the year.')
		);
		const input = join(temp, 'many-problems.csv');
		writeFileSync(input, acledCsv(rows));
		// A pipe fills faster than the test reads it: the importer waits rather than dying (it
		// exited 7 after 172 lines, its error handler failing on EAGAIN).
		const result = spawnSync(
			process.execPath,
			['scripts/data-import.ts', '--from', 'acled', input, '--out', `${join(temp, 'many')}/`],
			{ encoding: 'utf8', maxBuffer: 2 ** 28 }
		);
		const lines = result.stderr.trim().split('\n');
		expect(result.status).toBe(1);
		expect(lines).toHaveLength(20_001);
		expect(lines.at(-1)).toBe(
			`${input}: 20000 problem(s) in 20000 record(s); nothing written (--skip-bad writes the rest)`
		);
	});

	it('20,000 events in one town import and check within a 1 GB heap', { timeout: 300_000 }, () => {
		const rows = Array.from({ length: 20_000 }, (_, k) =>
			acledRow(`BOL${k}`, `${19 + (k % 5)} November 2019`, `Fixture: protest ${k} in the square.`)
		);
		const input = join(temp, 'town.csv');
		writeFileSync(input, acledCsv(rows));
		const out = join(temp, 'town');
		const heap = ['--max-old-space-size=1024'];
		const imported = importer(['--from', 'acled', input, '--out', `${out}/`], heap);
		expect(imported.stderr).toBe('');
		expect(imported.stdout).toContain('wrote 20000 event(s)');
		const checked = spawnSync(process.execPath, [...heap, 'scripts/data-check.ts', out], {
			encoding: 'utf8'
		});
		expect(checked.status, checked.stderr.slice(0, 500)).toBe(0);
		expect(checked.stdout).toContain('ok, 20000 features');
	});
});
