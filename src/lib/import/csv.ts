// Reads CSV text with papaparse and keeps, for every record, the line of the file it starts on
// (quoted fields may hold newlines, so the record index is not the line number).
import Papa from 'papaparse';
import type { ImportProblem } from './problems.ts';

/** One data row: its first line in the file (the header is line 1) and its values by column. */
export interface CsvRecord {
	line: number;
	values: Record<string, string>;
}

export interface ParsedCsv {
	/** The field delimiter used (guessed unless given). */
	delimiter: string;
	header: string[];
	records: CsvRecord[];
	/** Rows papaparse could not read cleanly or whose number of fields is not the header's. */
	problems: ImportProblem[];
}

export interface CsvOptions {
	/** Field delimiter; by default papaparse guesses among comma, semicolon and tab. */
	delimiter?: string;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
	}
	return starts;
}

/** The 1-based line holding character `offset`, by binary search over the line starts. */
function lineAt(starts: number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= offset) low = mid;
		else high = mid - 1;
	}
	return low + 1;
}

/** Parses CSV text (a leading byte order mark is ignored). Pure: does not read files. */
export function parseCsv(input: string, options: CsvOptions = {}): ParsedCsv {
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	const starts = lineStarts(text);
	const rows: { line: number; fields: string[] }[] = [];
	const problems: ImportProblem[] = [];
	let rowStart = 0;
	let delimiter = options.delimiter ?? ',';
	Papa.parse<string[]>(text, {
		header: false,
		delimiter: options.delimiter ?? '',
		delimitersToGuess: [',', ';', '\t'],
		// Blank lines are skipped (also when guessing the delimiter); the row starts after them.
		skipEmptyLines: true,
		step(result) {
			delimiter = result.meta.delimiter || delimiter;
			while (text[rowStart] === '\n' || text[rowStart] === '\r') rowStart++;
			const line = lineAt(starts, rowStart);
			rowStart = result.meta.cursor;
			for (const error of result.errors) {
				// A header-only file has nothing to guess the delimiter from: the default comma is right.
				if (error.code === 'UndetectableDelimiter') continue;
				problems.push({ at: { line }, column: '(row)', value: null, reason: error.message });
			}
			const fields = result.data;
			if (fields.every((f) => f.trim() === '')) return; // a line of spaces or empty fields
			rows.push({ line, fields });
		}
	});
	const headerRow = rows.shift();
	const header = (headerRow?.fields ?? []).map((name) => name.trim());
	const records: CsvRecord[] = [];
	for (const { line, fields } of rows) {
		if (fields.length !== header.length) {
			problems.push({
				at: { line },
				column: '(row)',
				value: null,
				reason: `has ${fields.length} fields but the header has ${header.length}`
			});
			continue;
		}
		const values: Record<string, string> = {};
		header.forEach((name, i) => (values[name] = fields[i]));
		records.push({ line, values });
	}
	return { delimiter, header, records, problems };
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * Why a CSV file lacks the columns wanted, naming what was found: a file of another delimiter or
 * another origin is told apart from one that misses a column or two.
 */
export function missingColumnsMessage(
	file: string,
	csv: ParsedCsv,
	missing: readonly string[],
	wanted: string
): string {
	const kind = DELIMITER_NAMES[csv.delimiter] ?? `"${csv.delimiter}"`;
	const found = csv.header.slice(0, 8).join(', ') + (csv.header.length > 8 ? ', …' : '');
	return `${file}: this looks like a ${kind}-separated file without ${wanted}: missing ${missing.join(', ')} (its columns are: ${found || 'none'})`;
}

/** The columns of `required` that the header lacks. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
	const present = new Set(header);
	return required.filter((name) => !present.has(name));
}
