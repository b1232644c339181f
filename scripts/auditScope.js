// Which packages the audit holds to: production dependencies, and the parsers that read files a
// user hands the importer (a CSV, a spreadsheet, a KML), which are development dependencies only
// because the site never ships them. Pure: `npm audit --json` in, the serious findings out.

/** The importer's readers of untrusted input (src/lib/import/). */
export const PARSER_PACKAGES = [
	'@tmcw/togeojson',
	'@xmldom/xmldom',
	'chardet',
	'fflate',
	'papaparse'
];

/**
 * High and critical findings of a full `npm audit --json` report that reach a parser, as
 * `name (severity)`; a finding reaches a parser when it is in one or in what one depends on.
 * @param {{ vulnerabilities?: Record<string, { severity: string; effects?: string[] }> } | null} report
 * @param {readonly string[]} [parsers]
 * @returns {string[]}
 */
export function parserFindings(report, parsers = PARSER_PACKAGES) {
	const vulnerabilities = report?.vulnerabilities ?? {};
	/** @type {(name: string, seen?: Set<string>) => boolean} */
	const reaches = (name, seen = new Set()) => {
		if (parsers.includes(name)) return true;
		if (seen.has(name)) return false;
		seen.add(name);
		return (vulnerabilities[name]?.effects ?? []).some((effect) => reaches(effect, seen));
	};
	return Object.entries(vulnerabilities)
		.filter(([name, v]) => ['high', 'critical'].includes(v.severity) && reaches(name))
		.map(([name, v]) => `${name} (${v.severity})`)
		.sort();
}
