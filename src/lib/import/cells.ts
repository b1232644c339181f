// Values no import should take as data: a spreadsheet's error values (#DIV/0!, #N/A…), which would
// become titles or counts, and control characters (NUL and the like), which would reach the pages
// unseen. Each is refused with its record and column, so the maintainer fixes the source. Pure.
import type { ImportProblem, RecordPosition } from './problems.ts';

const SPREADSHEET_ERRORS = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
// Tab, line feed and carriage return are text; the other C0 controls and DEL are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function cellProblem(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	if (SPREADSHEET_ERRORS.test(value.trim()))
		return 'is a spreadsheet error value: fix the formula in the sheet';
	const control = CONTROL.exec(value);
	if (control)
		return `holds a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
	return null;
}

/**
 * The records whose values in `columns` (all, when not given) are all acceptable, and a problem
 * for each value that is not.
 */
export function screenCells<R extends { at: RecordPosition; values: Record<string, unknown> }>(
	records: readonly R[],
	columns?: readonly string[]
): { clean: R[]; problems: ImportProblem[] } {
	const clean: R[] = [];
	const problems: ImportProblem[] = [];
	for (const record of records) {
		let ok = true;
		for (const column of columns ?? Object.keys(record.values)) {
			const value = record.values[column];
			const reason = cellProblem(value);
			if (reason) {
				problems.push({ at: record.at, column, value, reason });
				ok = false;
			}
		}
		if (ok) clean.push(record);
	}
	return { clean, problems };
}
