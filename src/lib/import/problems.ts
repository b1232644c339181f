// Problems found while importing, one per bad value, printed one a line so that a maintainer can
// open the file at the right place: `<file>:<line>: <column>: <value>: <reason>`.

/**
 * Where a record comes from: a line of a CSV file, or a feature of a GeoJSON file (or a KML
 * placemark, a GPX waypoint or track, named when it has a name).
 */
export type RecordPosition = { line: number } | { feature: number; name?: string };

export interface ImportProblem {
	at: RecordPosition;
	/** The column (CSV) or property (GeoJSON) that holds the bad value. */
	column: string;
	value: unknown;
	reason: string;
}

/** Long values are shortened in messages so that each problem stays on one readable line. */
const SHOWN_VALUE_MAX = 80;

function showValue(value: unknown): string {
	const shown = JSON.stringify(value === undefined ? null : value) ?? 'null';
	return shown.length > SHOWN_VALUE_MAX ? `${shown.slice(0, SHOWN_VALUE_MAX - 1)}…` : shown;
}

export function formatPosition(file: string, at: RecordPosition): string {
	if ('line' in at) return `${file}:${at.line}`;
	return `${file}: feature #${at.feature}${at.name ? ` (${JSON.stringify(at.name)})` : ''}`;
}

/** `<file>:<line>: <column>: <value>: <reason>`, the value as JSON (so that "" shows). */
export function formatProblem(file: string, problem: ImportProblem): string {
	return `${formatPosition(file, problem.at)}: ${problem.column}: ${showValue(problem.value)}: ${problem.reason}`;
}
