import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PARSER_PACKAGES, parserFindings } from '../../scripts/auditScope.js';

describe('the audit of the importer’s parsers', () => {
	it('reports serious findings in a parser or in what a parser depends on, and nothing else', () => {
		const report = {
			vulnerabilities: {
				'@xmldom/xmldom': { severity: 'critical', effects: [] },
				'inner-dep': { severity: 'high', effects: ['@tmcw/togeojson'] },
				'@tmcw/togeojson': { severity: 'high', effects: [] },
				'test-only-tool': { severity: 'critical', effects: ['lighthouse'] },
				fflate: { severity: 'moderate', effects: [] }
			}
		};
		expect(parserFindings(report)).toEqual([
			'@tmcw/togeojson (high)',
			'@xmldom/xmldom (critical)',
			'inner-dep (high)'
		]);
		expect(parserFindings(null)).toEqual([]);
	});

	it('lists every package the importer imports to read a file', () => {
		// The modules that read a user's file (zod, which checks a mapping, is a production
		// dependency: the production audit holds it).
		const sources = ['csv', 'decode', 'kml', 'spreadsheet', 'xml']
			.map((f) => readFileSync(`src/lib/import/${f}.ts`, 'utf8'))
			.join('\n');
		// Value imports only: `import type` brings no code.
		const imported = [...sources.matchAll(/^import (?!type )[^;]*?from '([^.#][^']*)'/gm)]
			.map((m) => m[1])
			.filter((name) => !name.startsWith('node:'));
		expect(imported).toEqual(expect.arrayContaining(['fflate', '@xmldom/xmldom', 'papaparse']));
		for (const name of imported) expect(PARSER_PACKAGES).toContain(name);
	});
});
