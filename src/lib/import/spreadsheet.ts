// The first sheet (or a named one) of an .xlsx or .ods file as rows of text, for the same import
// as a CSV: the zip is opened with the kept `fflate`, its XML read with `@xmldom/xmldom` (an
// .xlsx sheet's rows and shared strings one element at a time, see elementsOf). Dates
// stored as spreadsheet dates come out as YYYY-MM-DD; text and numbers as they are shown. Rows
// are numbered as the spreadsheet numbers them, so problems point at the right row. Only the zip
// entries read are inflated, each within size and compression limits (a zip bomb is refused in a
// line), and cell references stay within a spreadsheet's real extent.
import { strFromU8 } from 'fflate';
import { isZip, unzipEntries, ZipProblem, ZIP_LIMITS, type ZipLimits } from './zip.ts';
import { parseXml, rootStartTag } from './xml.ts';
import type { CsvRecord } from './csv.ts';

export interface Sheet {
	name: string;
	header: string[];
	records: CsvRecord[];
}

type El = Element;

/** Excel's own limits: columns A to XFD, rows 1 to 1,048,576. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** A refusal found deep in a reader, carried up to one line. */
class SheetProblem extends Error {}

/** An entry's XML; one line naming the entry when it is not well-formed. */
function parse(xml: string, entry: string): Document {
	const doc = parseXml(xml);
	if ('problem' in doc) throw new SheetProblem(`${entry} inside it ${doc.problem}`);
	return doc;
}
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

/**
 * The elements called `name` inside `container` of a large part, each parsed on its own: a
 * sheet of 100,000 rows parsed as one DOM took 5 GB. An element is parsed inside a copy of the
 * part's root start tag, so that its namespace prefixes stay bound; what surrounds them is
 * parsed once, so a fault anywhere is still found and named. A part holding comments or CDATA
 * (where the name could stand in text) is parsed whole.
 */
function* elementsOf(xml: string, entry: string, container: string, name: string): Generator<El> {
	const prefixed = (local: string) => `(?:[A-Za-z_][\\w.-]*:)?${local}`;
	const root = rootStartTag(xml);
	if (!root || xml.includes('<!--') || xml.includes('<![CDATA[')) {
		yield* descendants(parse(xml, entry), name);
		return;
	}
	const starts = Array.from(
		xml.matchAll(new RegExp(`<${prefixed(name)}[\\s/>]`, 'g')),
		(m) => m.index
	);
	const end = starts.length
		? xml.slice(starts.at(-1)).search(new RegExp(`</${prefixed(container)}\\s*>`))
		: -1;
	if (end < 0) {
		// No element, or no end to their container: the whole part says what is wrong, if anything.
		yield* descendants(parse(xml, entry), name);
		return;
	}
	const last = starts.at(-1)! + end;
	parse(xml.slice(0, starts[0]) + xml.slice(last), entry);
	for (let i = 0; i < starts.length; i++) {
		const fragment = xml.slice(starts[i], starts[i + 1] ?? last);
		yield* children(parse(`${root.tag}${fragment}</${root.name}>`, entry).documentElement, name);
	}
}

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

/** The parts of an .xlsx read besides its sheet. */
const XLSX_PARTS = new Set([
	'xl/workbook.xml',
	'xl/_rels/workbook.xml.rels',
	'xl/sharedStrings.xml',
	'xl/styles.xml'
]);

/** A cell reference's column (A = 0); a reference past column XFD is refused. */
function columnOf(ref: string, row: number): number {
	const letters = /^([A-Z]{1,3})\d*$/.exec(ref)?.[1];
	const n = letters ? [...letters].reduce((k, c) => k * 26 + c.charCodeAt(0) - 64, 0) - 1 : -1;
	if (n < 0 || n >= MAX_COLUMNS)
		throw new SheetProblem(
			`row ${row}: cell reference ${JSON.stringify(ref.slice(0, 20))} is not a column from A to XFD`
		);
	return n;
}

function readXlsx(
	bytes: Uint8Array,
	limits: ZipLimits,
	wanted?: string
): Sheet | { problem: string } {
	const files = unzipEntries(bytes, (name) => XLSX_PARTS.has(name), limits);
	const text = (path: string) => (files[path] ? strFromU8(files[path]) : null);
	const xml = (path: string, empty: string) => parse(text(path) ?? empty, path);
	const workbookXml = text('xl/workbook.xml');
	if (!workbookXml) return { problem: 'is not an .xlsx file (no xl/workbook.xml)' };
	const workbook = parse(workbookXml, 'xl/workbook.xml');
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
	const rels = xml('xl/_rels/workbook.xml.rels', '<Relationships/>');
	const target = descendants(rels, 'Relationship').find((r) => attr(r, 'Id') === sheet.rel);
	const path = target ? `xl/${(attr(target, 'Target') ?? '').replace(/^\/?xl\//, '')}` : '';
	const sheetEntry = path ? unzipEntries(bytes, (name) => name === path, limits)[path] : undefined;
	if (!sheetEntry) return { problem: `sheet "${sheet.name}" could not be found in the file` };
	const sheetXml = strFromU8(sheetEntry);
	const shared = Array.from(
		elementsOf(text('xl/sharedStrings.xml') ?? '<sst/>', 'xl/sharedStrings.xml', 'sst', 'si'),
		(si) =>
			descendants(si, 't')
				.map((t) => t.textContent ?? '')
				.join('')
	);
	const styles = xml('xl/styles.xml', '<styleSheet/>');
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
	let previousRow = 0;
	const rows = Array.from(elementsOf(sheetXml, path, 'sheetData', 'row'), (row) => {
		// Rows and cells may omit their reference: then each follows the one before it.
		const ref = attr(row, 'r');
		const number = ref === null ? previousRow + 1 : Number(ref);
		if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS)
			throw new SheetProblem(
				`row ${previousRow + 1}: row number ${JSON.stringify(ref?.slice(0, 20))} is not from 1 to ${MAX_ROWS}`
			);
		previousRow = number;
		const cells: string[] = [];
		let previousColumn = -1;
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
			const cellRef = attr(c, 'r');
			previousColumn = cellRef === null ? previousColumn + 1 : columnOf(cellRef, number);
			if (previousColumn >= MAX_COLUMNS) columnOf('XFDA', number);
			cells[previousColumn] = value;
		}
		return { number, cells: Array.from(cells, (c) => c ?? '') };
	});
	return toRecords(sheet.name, rows);
}

/**
 * The rows of an .ods sheet, one element at a time when the wanted table's rows stand side by
 * side (what LibreOffice writes for a plain sheet): the table is cut out of content.xml and
 * its rows parsed on their own (see elementsOf), the rest of the file parsed once without any
 * table's content. Row groups, header rows, a table within a table, comments or CDATA: the whole
 * file is parsed as one document instead.
 */
function odsTable(
	xml: string,
	wanted?: string
): { name: string; rows: Iterable<El> } | { names: string[] } {
	// The wanted table's index (by name, else the first); -1 when there is none.
	const wantedIn = (tables: El[]) =>
		wanted ? tables.findIndex((t) => attr(t, 'table:name') === wanted) : tables.length ? 0 : -1;
	const names = (tables: El[]) => ({ names: tables.map((t) => attr(t, 'table:name') ?? '') });
	const whole = () => {
		const tables = descendants(parse(xml, 'content.xml'), 'table');
		const table = tables[wantedIn(tables)];
		if (!table) return names(tables);
		return { name: attr(table, 'table:name') ?? '', rows: descendants(table, 'table-row') };
	};
	const root = rootStartTag(xml);
	const spans = Array.from(xml.matchAll(/<((?:[A-Za-z_][\w.-]*:)?)table[\s>/]/g), (m) => {
		const tagEnd = xml.indexOf('>', m.index) + 1;
		if (xml[tagEnd - 2] === '/')
			return { start: m.index, inner: tagEnd, close: tagEnd, end: tagEnd };
		const close = new RegExp(`</${m[1]}table\\s*>`, 'g');
		close.lastIndex = tagEnd;
		const end = close.exec(xml);
		return {
			start: m.index,
			inner: tagEnd,
			close: end?.index ?? -1,
			end: end ? close.lastIndex : -1
		};
	});
	const plain =
		root &&
		!xml.includes('<!--') &&
		!xml.includes('<![CDATA[') &&
		spans.every((s, i) => s.close > 0 && (i === 0 || s.start >= spans[i - 1].end)) &&
		!/<(?:[A-Za-z_][\w.-]*:)?table-(?:header-rows|row-group|rows)[\s>/]/.test(xml);
	if (!plain || spans.length === 0) return whole();
	// The file without its tables' contents: checked once, and it names the tables.
	let skeleton = '';
	let at = 0;
	for (const s of spans) {
		skeleton += xml.slice(at, s.inner) + xml.slice(s.close, s.end);
		at = s.end;
	}
	const outline = parseXml(skeleton + xml.slice(at));
	// Whatever the cut could not read (a '>' in an attribute, say) is read whole.
	if ('problem' in outline) return whole();
	const tables = descendants(outline, 'table');
	if (tables.length !== spans.length) return whole();
	const index = wantedIn(tables);
	if (index < 0) return names(tables);
	const span = spans[index];
	return {
		name: attr(tables[index], 'table:name') ?? '',
		rows: elementsOf(
			`${root.tag}${xml.slice(span.start, span.end)}</${root.name}>`,
			'content.xml',
			'table',
			'table-row'
		)
	};
}

function readOds(
	bytes: Uint8Array,
	limits: ZipLimits,
	wanted?: string
): Sheet | { problem: string } {
	const content = unzipEntries(bytes, (name) => name === 'content.xml', limits)['content.xml'];
	if (!content) return { problem: 'is not an .ods file (no content.xml)' };
	const table = odsTable(strFromU8(content), wanted);
	if ('names' in table)
		return {
			problem: `has no sheet named "${wanted}" (its sheets: ${table.names.join(', ')})`
		};
	const rows: { number: number; cells: string[] }[] = [];
	let number = 0;
	for (const row of table.rows) {
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
	return toRecords(table.name, rows);
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
	sheet?: string,
	limits: ZipLimits = ZIP_LIMITS
): Sheet | { problem: string } {
	if (!isZip(bytes)) return { problem: `is not an .${kind} file (not a zip archive)` };
	try {
		return kind === 'xlsx' ? readXlsx(bytes, limits, sheet) : readOds(bytes, limits, sheet);
	} catch (error) {
		if (error instanceof SheetProblem || error instanceof ZipProblem)
			return { problem: error.message };
		throw error;
	}
}
