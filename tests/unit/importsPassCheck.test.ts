// What the importer writes passes data:check: every import fixture, in every format, is imported
// as the command line imports it (the Bolivian gazetteer too, for a dataset on Bolivia's
// departments), written, and checked by the same pass as `npm run data:check`. A record the
// check would refuse is an import problem instead; the fixtures' bad records are left out with
// --skip-bad's rule and named here, so that the rest must pass.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from '../../src/lib/import/run.ts';
import { datasetMetaText, featureCollectionFiles } from '../../src/lib/import/dataset.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { writeDatasetFolder } from '../../src/lib/import/writeDataset.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { bolivianGazetteer, checkDatasetFolder } from '../../src/lib/pipeline/checkFolder.ts';
import { countryCode } from '../../src/lib/pipeline/regionPolygons.ts';
import { tempFolder } from './tempFolder.ts';

const DIR = 'tests/fixtures/import';
const departments = readDepartments();
const scratch = tempFolder('imports-check');

const json = (path: string) => ({ file: path, json: JSON.parse(readFileSync(path, 'utf8')) });
const text = (path: string) => readFileSync(path, 'utf8');
const bytes = (path: string) => new Uint8Array(readFileSync(path));
const MAP_URL = 'https://www.google.com/maps/d/viewer?mid=fixture-made-up';

type Case = [string, Omit<ImportRequest, 'id' | 'today' | 'out' | 'departments'>, string[]];
const CASES: Case[] = [
	[
		'an ACLED export',
		{ from: 'acled', file: 'acled.csv', text: text(`${DIR}/acled-sample.csv`) },
		[]
	],
	[
		"ACLED's .xlsx",
		{
			from: 'acled',
			file: 'acled.xlsx',
			text: '',
			bytes: bytes(`${DIR}/spreadsheets/acled-sample.xlsx`)
		},
		[]
	],
	[
		'a spreadsheet CSV with a mapping',
		{
			from: 'csv',
			file: 'spreadsheet.csv',
			text: text(`${DIR}/spreadsheet.csv`),
			mapping: json(`${DIR}/spreadsheet.mapping.json`)
		},
		[]
	],
	...(['spanish.utf8.csv', 'spanish.tab.tsv'] as const).map((name): Case => [
		`the encodings fixture ${name}`,
		{
			from: 'csv',
			file: name,
			text: text(`${DIR}/encodings/${name}`),
			mapping: json(`${DIR}/spreadsheet.mapping.json`)
		},
		[]
	]),
	...(['xlsx', 'ods'] as const).map((kind): Case => [
		`the Spanish .${kind}`,
		{
			from: kind,
			file: `spanish.${kind}`,
			text: '',
			bytes: bytes(`${DIR}/spreadsheets/spanish.${kind}`),
			sheet: kind === 'xlsx' ? 'Eventos' : undefined,
			mapping: json(`${DIR}/spreadsheet.mapping.json`)
		},
		[]
	]),
	[
		'a GeoJSON file with a mapping',
		{
			from: 'geojson',
			file: 'places.geojson',
			text: text(`${DIR}/places.geojson`),
			mapping: json(`${DIR}/places.mapping.json`)
		},
		[]
	],
	[
		'a KML with a mapping',
		{
			from: 'kml',
			file: 'protestas.kml',
			text: text(`${DIR}/kml/protestas.kml`),
			mapping: json(`${DIR}/kml/protestas.kml.mapping.json`)
		},
		[
			expect.stringMatching(
				/^protestas\.kml: feature #1 \("Bloqueo sin fecha"\): date: "": is not a date/
			)
		]
	],
	[
		'a My Maps KML without a mapping',
		{
			from: 'kml',
			file: 'mymaps.kml',
			text: text(`${DIR}/kml/mymaps.kml`),
			placemarks: { sourceUrl: MAP_URL, sourceDate: '2019-11-30' }
		},
		[expect.stringMatching(/^mymaps\.kml: feature #2 \("Bloqueo sin fecha"\): date: /)]
	],
	[
		'a GPX with a mapping',
		{
			from: 'gpx',
			file: 'recorrido.gpx',
			text: text(`${DIR}/kml/recorrido.gpx`),
			mapping: json(`${DIR}/kml/recorrido.gpx.mapping.json`)
		},
		[]
	]
];

describe('every import fixture passes data:check once written', () => {
	it.each(CASES)('%s', (name, request, expectedProblems) => {
		const out = join(scratch, name.replace(/\W+/g, '-'));
		const outcome = runImport({
			...request,
			id: 'fixture',
			today: '2026-12-05',
			out,
			departments,
			bolivianGazetteer,
			countryCode
		});
		if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
		expect(outcome.result.problems.map((p) => formatProblem(request.file, p))).toEqual(
			expectedProblems
		);
		const features = outcome.result.features.map((f) => f.feature);
		expect(features.length).toBeGreaterThan(0);
		writeDatasetFolder(out, {
			'dataset.json': datasetMetaText(outcome.meta!),
			...featureCollectionFiles(features)
		});
		const checked = checkDatasetFolder(out, departments);
		expect(checked.problems).toEqual([]);
		expect(checked.result.features).toHaveLength(features.length);
	});
});
