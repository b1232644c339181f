// The first sheet (or a named one) of an .xlsx or .ods file as rows of text, for the same import
// as a CSV: the zip is opened with the kept `fflate`, its XML read with `@xmldom/xmldom`. Dates
// stored as spreadsheet dates come out as YYYY-MM-DD; text and numbers as they are shown. Rows
// are numbered as the spreadsheet numbers them, so problems point at the right row.
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import type { CsvRecord } from './csv.ts';

export interface Sheet {
	name: string;
	header: string[];
	records: CsvRecord[];
}

type El = Element;

const parse = (xml: string) =>
	new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
/** Child elements by local name (the files mix namespaces and prefixes). */
const children = (node: Node, name: string): El[] =>
	Array.from(node.childNodes).filter(
		(n): n is El => n.nodeType === 1 && ((n as El).localName ?? (n as El).nodeName) === name
	);
const descendants = (node: Document | El, name: string): El[] =>
	Array.from(node.getElementsByTagNameNS('*', name));
const attr = (el: El, name: string) =>
	el.getAttribute(name) ??
	Array.from(el.attributes).find((a) => a.localName === name.split(':').pop())?.value ??
	null;

function toRecords(name: string, rows: { number: number; cells: string[] }[]): Sheet {
	const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	const [head, ...body] = filled;
	const header = (head?.cells ?? []).map((c) => c.trim());
	while (header.length > 0 && header.at(-1) === '') header.pop();
	return {
		name,
		header,
		records: body.map((r) => ({
			line: r.number,
			values: Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? '']))
		}))
	};
}

/** Days since 1899-12-30 (or 1904-01-01) as a calendar day. */
function serialDay(serial: number, date1904: boolean): string {
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
	return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const isDateFormat = (code: string) => /[dy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

function readXlsx(files: Record<string, Uint8Array>, wanted?: string): Sheet | { problem: string } {
	const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
	const workbookXml = text('xl/workbook.xml');
	if (!workbookXml) return { problem: 'is not an .xlsx file (no xl/workbook.xml)' };
	const workbook = parse(workbookXml);
	const date1904 = descendants(workbook, 'workbookPr').some((p) => attr(p, 'date1904') === '1');
	const sheets = descendants(workbook, 'sheet').map((s) => ({
		name: attr(s, 'name') ?? '',
		rel: attr(s, 'r:id') ?? attr(s, 'id') ?? ''
	}));
	const sheet = wanted ? sheets.find((s) => s.name === wanted) : sheets[0];
	if (!sheet)
		return {
			problem: `has no sheet named "${wanted}" (its sheets: ${sheets.map((s) => s.name).join(', ')})`
		};
	const rels = parse(text('xl/_rels/workbook.xml.rels') ?? '<Relationships/>');
	const target = descendants(rels, 'Relationship').find((r) => attr(r, 'Id') === sheet.rel);
	const path = target ? `xl/${(attr(target, 'Target') ?? '').replace(/^\/?xl\//, '')}` : '';
	const sheetXml = text(path);
	if (!sheetXml) return { problem: `sheet "${sheet.name}" could not be found in the file` };
	const shared = descendants(parse(text('xl/sharedStrings.xml') ?? '<sst/>'), 'si').map((si) =>
		descendants(si, 't')
			.map((t) => t.textContent ?? '')
			.join('')
	);
	const styles = parse(text('xl/styles.xml') ?? '<styleSheet/>');
	const custom = new Map(
		descendants(styles, 'numFmt').map((f) => [
			Number(attr(f, 'numFmtId')),
			attr(f, 'formatCode') ?? ''
		])
	);
	const cellXfs = descendants(styles, 'cellXfs')[0];
	const dateStyles = (cellXfs ? children(cellXfs, 'xf') : []).map((xf) => {
		const id = Number(attr(xf, 'numFmtId') ?? 0);
		return BUILTIN_DATE_FORMATS.has(id) || isDateFormat(custom.get(id) ?? '');
	});
	const column = (ref: string) =>
		[...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
	const rows = descendants(parse(sheetXml), 'row').map((row) => {
		const cells: string[] = [];
		for (const c of children(row, 'c')) {
			const type = attr(c, 't');
			const v = children(c, 'v')[0]?.textContent ?? '';
			let value: string;
			if (type === 's') value = shared[Number(v)] ?? '';
			else if (type === 'inlineStr')
				value = descendants(c, 't')
					.map((t) => t.textContent ?? '')
					.join('');
			else if (type === 'b') value = v === '1' ? 'TRUE' : 'FALSE';
			else if (type === 'd') value = v.slice(0, 10);
			else if (type === 'str' || type === 'e') value = v;
			else
				value =
					v !== '' && dateStyles[Number(attr(c, 's') ?? 0)] ? serialDay(Number(v), date1904) : v;
			cells[column(attr(c, 'r') ?? `A${cells.length + 1}`)] = value;
		}
		return { number: Number(attr(row, 'r')), cells: Array.from(cells, (c) => c ?? '') };
	});
	return toRecords(sheet.name, rows);
}

function readOds(files: Record<string, Uint8Array>, wanted?: string): Sheet | { problem: string } {
	const content = files['content.xml'];
	if (!content) return { problem: 'is not an .ods file (no content.xml)' };
	const tables = descendants(parse(strFromU8(content)), 'table');
	const table = wanted ? tables.find((t) => attr(t, 'table:name') === wanted) : tables[0];
	if (!table)
		return {
			problem: `has no sheet named "${wanted}" (its sheets: ${tables.map((t) => attr(t, 'table:name')).join(', ')})`
		};
	const rows: { number: number; cells: string[] }[] = [];
	let number = 0;
	for (const row of descendants(table, 'table-row')) {
		const repeatRows = repeatCount(attr(row, 'table:number-rows-repeated'));
		if (repeatRows === null)
			return {
				problem: `row ${number + 1}: table:number-rows-repeated is "${attr(row, 'table:number-rows-repeated')}", not a whole number`
			};
		const cells: string[] = [];
		for (const cell of Array.from(row.childNodes).filter((n): n is El => n.nodeType === 1)) {
			const repeatCells = repeatCount(attr(cell, 'table:number-columns-repeated'));
			if (repeatCells === null)
				return {
					problem: `row ${number + 1}: table:number-columns-repeated is "${attr(cell, 'table:number-columns-repeated')}", not a whole number`
				};
			const repeat = Math.min(repeatCells, 200);
			const type = attr(cell, 'office:value-type');
			const value =
				type === 'date'
					? (attr(cell, 'office:date-value') ?? '').slice(0, 10)
					: type === 'float' || type === 'percentage' || type === 'currency'
						? (attr(cell, 'office:value') ?? '')
						: type === 'boolean'
							? (attr(cell, 'office:boolean-value') ?? '')
							: children(cell, 'p')
									.map((p) => p.textContent ?? '')
									.join('\n');
			for (let k = 0; k < repeat; k++) cells.push(value);
		}
		if (cells.every((c) => c === '')) {
			// Trailing empty rows are repeated by the thousand: count them, keep none.
			number += repeatRows;
			continue;
		}
		// A row repeated with values is that many records (identical rows saved once).
		if (repeatRows > MAX_REPEATED_ROWS)
			return {
				problem: `row ${number + 1}: a row with values is repeated ${repeatRows} times (at most ${MAX_REPEATED_ROWS} are read)`
			};
		for (let k = 0; k < repeatRows; k++) rows.push({ number: ++number, cells });
	}
	return toRecords(attr(table, 'table:name') ?? '', rows);
}

/** A row with values repeated more than this is refused: no sheet of events holds such a run. */
const MAX_REPEATED_ROWS = 10_000;

/** An ODS repeat attribute as a count (1 when absent); null when it is not a whole number ≥ 1. */
function repeatCount(value: string | null | undefined): number | null {
	if (value === null || value === undefined) return 1;
	const n = Number(value);
	return /^\d+$/.test(value) && n >= 1 ? n : null;
}

/** Reads a spreadsheet's sheet; a problem (a line to print) when it cannot. */
export function readSpreadsheet(
	bytes: Uint8Array,
	kind: 'xlsx' | 'ods',
	sheet?: string
): Sheet | { problem: string } {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes);
	} catch {
		return { problem: `is not an .${kind} file (not a zip archive)` };
	}
	return kind === 'xlsx' ? readXlsx(files, sheet) : readOds(files, sheet);
}
