// A dataset's records as its import read them (each feature's `imported`: its values in the
// order of the columns dataset.json `imported_columns` lists): the "as imported" download, which gives a
// user back the columns of the file they imported, ids and codes as written. Pure.
import Papa from 'papaparse';

export interface ImportedTable {
	columns: string[];
	/** One row per feature that keeps its record, in the order of the data files. */
	rows: string[][];
}

/** The table of the records, or null when the dataset keeps none. */
export function importedTable(
	columns: readonly string[] | undefined,
	records: Iterable<readonly string[] | undefined>
): ImportedTable | null {
	if (!columns) return null;
	const rows: string[][] = [];
	for (const record of records) if (record) rows.push(columns.map((_, i) => record[i] ?? ''));
	return rows.length > 0 ? { columns: [...columns], rows } : null;
}

/**
 * Text a spreadsheet would run as a formula (= + - @ first, or a tab or return) gets a leading
 * apostrophe, as in the CSV download; a number such as a negative latitude is left as it is.
 */
const FORMULA = /^(?!-?\d+(\.\d+)?$)[=+\-@\t\r]/;

/** Some of the table's rows as CSV (RFC 4180, CRLF), with the header line or not. */
export function importedCsvPart(
	columns: readonly string[],
	rows: readonly (readonly string[])[],
	header: boolean
): string {
	const text = Papa.unparse(
		{ fields: [...columns], data: rows.map((r) => [...r]) },
		{ escapeFormulae: FORMULA, newline: '\r\n', header }
	);
	return text === '' ? '' : `${text}\r\n`;
}

/** The "as imported" download. */
export const importedCsv = (table: ImportedTable): string =>
	importedCsvPart(table.columns, table.rows, true);
