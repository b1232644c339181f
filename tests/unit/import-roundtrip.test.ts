// What comes in goes out: an ACLED export imports, builds, and its "as imported" download gives
// back the file's columns, ids and codes as written; imported again, it makes the same features.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from '../../src/lib/import/run.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';
import {
	datasetMetaText,
	featureCollectionFiles,
	EVENTS_FILE
} from '../../src/lib/import/dataset.ts';
import { writeDatasetFolder } from '../../src/lib/import/writeDataset.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { buildDatasetFiles } from '../../src/lib/pipeline/buildData.ts';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { writeImportedDownload } from '../../src/lib/pipeline/tiledDataset.ts';
import { importedCsv } from '../../src/lib/data/importedTable.ts';
import { toCsv } from '../../src/lib/data/downloads.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';
import { tempFolder } from './tempFolder.ts';

const SAMPLE = 'tests/fixtures/import/acled-sample.csv';
const sample = readFileSync(SAMPLE, 'utf8');
const departments = readDepartments();
const scratch = tempFolder('roundtrip');

function importAcled(text: string, file = SAMPLE) {
	const request: ImportRequest = {
		from: 'acled',
		file,
		text,
		id: 'acled-roundtrip',
		today: '2026-12-05',
		out: scratch,
		departments
	};
	const outcome = runImport(request);
	if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
	if (!outcome.meta) throw new Error('nothing imported');
	expect(outcome.result.problems).toEqual([]);
	return { features: outcome.result.features.map((f) => f.feature), meta: outcome.meta };
}

/** The import written as a dataset folder, and built as the site builds it. */
function writeAndBuild(name: string, imported: ReturnType<typeof importAcled>) {
	const folder = join(scratch, name);
	writeDatasetFolder(folder, {
		'dataset.json': datasetMetaText(imported.meta),
		...featureCollectionFiles(imported.features)
	});
	return buildDatasetFiles(folder, departments);
}

const rowsOf = (text: string) => parseCsv(text).records.map((r) => r.values);

describe('an ACLED import round-trips through its "as imported" download', () => {
	const first = importAcled(sample);
	const built = writeAndBuild('first', first);

	it('keeps every column of the file, in its order, ids and codes as written', () => {
		expect(first.meta.imported_columns).toEqual(parseCsv(sample).header);
		if (!built.imported) throw new Error('the build kept no imported records');
		const download = importedCsv(built.imported);
		expect(parseCsv(download).header).toEqual(parseCsv(sample).header);
		// Every row as the file has it (the build keeps the order of the data files).
		expect(rowsOf(download)).toEqual(rowsOf(sample));
		expect(download).toContain('XXX0001');
	});

	it('imports again into the same features and the same dataset.json', () => {
		const again = importAcled(importedCsv(built.imported!), 'acled-sample.as-imported.csv');
		expect(again.features).toEqual(first.features);
		// The same dataset.json but for the export's file name in its one source.
		expect({ ...again.meta, sources: first.meta.sources }).toEqual(first.meta);
		expect(again.meta.sources[0].title).toBe('ACLED data export (acled-sample.as-imported.csv)');
	});

	it('a semicolon copy of the export gives the same records back, with commas', () => {
		const semicolons = Papa.unparse(rowsOf(sample), { delimiter: ';', newline: '\r\n' });
		const copy = importAcled(semicolons, 'acled-sample-semicolons.csv');
		expect(copy.features).toEqual(first.features);
		const rebuilt = writeAndBuild('semicolons', copy);
		expect(rowsOf(importedCsv(rebuilt.imported!))).toEqual(rowsOf(sample));
	});

	it('the CSV download names each record by ACLED’s id as written, not the lowercase slug', () => {
		const ids = rowsOf(toCsv(built.dataset)).map((r) => r.event_id_cnty);
		expect(ids.sort()).toEqual(
			rowsOf(sample)
				.map((r) => r.event_id_cnty)
				.sort()
		);
		expect(built.dataset.features.every((f) => f.properties.record_id !== undefined)).toBe(true);
		// The page's data carries no imported columns.
		expect(JSON.stringify(built.dataset)).not.toContain('"imported"');
	});

	it('a tiled dataset’s copy is written in parts that join into the same file', () => {
		const table = {
			columns: ['event_id_cnty', 'notes'],
			rows: Array.from({ length: 25_001 }, (_, i) => [`BOL${i}`, `line "${i}", with a comma`])
		};
		writeImportedDownload(table, scratch, 'big');
		const written = readFileSync(join(scratch, 'downloads', 'imported', 'big.csv'), 'utf8');
		expect(written).toBe(importedCsv(table));
		expect(rowsOf(written)).toHaveLength(25_001);
	});

	it('a formula-like cell is defused, a negative coordinate is not', () => {
		const download = importedCsv({ columns: ['a', 'b'], rows: [['=1+1', '-17.39']] });
		expect(download).toBe('a,b\r\n"\'=1+1",-17.39\r\n');
	});
});

describe('data:check holds an imported record to its dataset', () => {
	const { features, meta } = importAcled(sample);
	const check = (edit: (f: EventFeature) => EventFeature, metaEdit = meta) =>
		checkDataset(
			{
				metaPath: 'x/dataset.json',
				meta: metaEdit,
				files: [
					{
						path: `x/${EVENTS_FILE}`,
						json: { type: 'FeatureCollection', features: [edit(features[0]), ...features.slice(1)] }
					}
				]
			},
			departments
		).problems;
	const withImported = (f: EventFeature, imported: string[]) => ({
		...f,
		properties: { ...f.properties, imported }
	});
	const columns = meta.imported_columns!;
	const idColumn = columns.indexOf('event_id_cnty');
	const padded = [...features[0].properties.imported!, ...columns.map(() => '')].slice(
		0,
		columns.length
	);

	it('passes as imported', () => {
		expect(check((f) => f)).toEqual([]);
	});

	it('refuses a record with more values than dataset.json names columns, in one line', () => {
		const problems = check((f) => withImported(f, [...padded, 'extra']));
		expect(problems).toEqual([
			`x/${EVENTS_FILE}: feature xxx0001: properties.imported: has ${columns.length + 1} values, but dataset.json imported_columns names ${columns.length} columns`
		]);
	});

	it('refuses a record whose ACLED id is not the one its feature id was made from', () => {
		const otherId = padded.map((v, i) => (i === idColumn ? 'XXX0999' : v));
		expect(check((f) => withImported(f, otherId))).toEqual([
			`x/${EVENTS_FILE}: feature xxx0001: properties.imported: event_id_cnty "XXX0999" is not the record of id xxx0001 (its id would be xxx0999)`
		]);
		const withoutId = padded.map((v, i) => (i === idColumn ? '' : v));
		expect(check((f) => withImported(f, withoutId))).toEqual([
			`x/${EVENTS_FILE}: feature xxx0001: properties.imported: has no event_id_cnty, the record's id`
		]);
	});
});
