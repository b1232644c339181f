import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { bolivianGazetteer } from '../../src/lib/pipeline/checkFolder.ts';
import {
	geojsonRecords,
	importWithMapping,
	parseMapping,
	type ImportMapping,
	type MappedRecord
} from '../../src/lib/import/mapping.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { runImport, type ImportRequest } from '../../src/lib/import/run.ts';

const FIXTURES = 'tests/fixtures/import';
const read = (path: string) => readFileSync(path, 'utf8');
const readJson = (path: string) => JSON.parse(read(path));
const departments = readDepartments();

function run(
	request: Omit<ImportRequest, 'today' | 'out' | 'departments' | 'id'> & { id?: string }
) {
	return runImport({ id: 'fixture', today: '2000-01-01', out: 'out', departments, ...request });
}

/** A copy of `object` without `keys`. */
function without(object: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

const CSV_MAPPING = readJson(`${FIXTURES}/spreadsheet.mapping.json`);
const GEOJSON_MAPPING = readJson(`${FIXTURES}/places.mapping.json`);

/** The import of `text` (as `file`) through the mapping `json`; fails the test if it is refused. */
function imported(from: 'csv' | 'geojson', file: string, text: string, json: unknown) {
	const outcome = run({ from, file, text, mapping: { file: 'm.json', json } });
	if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
	return outcome;
}

function mappingOf(json: unknown, from: 'csv' | 'geojson'): ImportMapping {
	const parsed = parseMapping(json, from);
	if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
	return parsed.mapping;
}

describe('parseMapping', () => {
	it('accepts the two fixture mappings', () => {
		expect(mappingOf(CSV_MAPPING, 'csv').id).toBe('codigo');
		expect(mappingOf(GEOJSON_MAPPING, 'geojson').admin1).toBe('region');
	});

	it('says what is wrong with a bad mapping, one line per problem', () => {
		const withoutId = without(CSV_MAPPING, 'id');
		const bad = {
			...withoutId,
			kind: { column: 'tipo', values: { Bloqueo: 'roadblock' } },
			longitude: undefined,
			colour: 'red'
		};
		const parsed = parseMapping(bad, 'csv');
		expect(parsed).toEqual({
			problems: expect.arrayContaining([
				'id: Invalid input: expected string, received undefined',
				'(whole): Unrecognized key: "colour"'
			])
		});
		const lines = (parsed as { problems: string[] }).problems;
		expect(lines.find((l) => l.startsWith('kind'))).toMatch(
			/^kind\.values\.Bloqueo: Invalid option: expected one of "massacre"\|"clash"/
		);
		// Rules across fields are checked once every field is valid.
		expect(parseMapping({ ...CSV_MAPPING, longitude: undefined }, 'csv')).toEqual({
			problems: ['latitude: latitude and longitude go together']
		});
	});

	it('wants coordinates columns for CSV and none for GeoJSON', () => {
		const noCoordinates = without(CSV_MAPPING, 'latitude', 'longitude');
		expect(parseMapping(noCoordinates, 'csv')).toEqual({
			problems: ['latitude: a CSV mapping needs latitude and longitude columns']
		});
		expect(parseMapping({ ...GEOJSON_MAPPING, latitude: 'y', longitude: 'x' }, 'geojson')).toEqual({
			problems: [
				'latitude: GeoJSON features bring their geometry: leave latitude and longitude out'
			]
		});
	});

	it('refuses a single-language title and description in different languages', () => {
		const mixed = { ...CSV_MAPPING, description: { column: 'descripcion', lang: 'en' } };
		expect(parseMapping(mixed, 'csv')).toEqual({
			problems: [
				'description: a single-language title and description must be in the same language'
			]
		});
	});
});

describe('import with a mapping', () => {
	it("holds a dataset on Bolivia's departments to the gazetteer, as data:check does", () => {
		// A point on Sucre's centre whose place names no town there: data:check refuses it, so the
		// import does not write it.
		const [header, , sucre] = read(`${FIXTURES}/spreadsheet.csv`).split('\n');
		const text = `${header}\n${sucre.replace(';Sucre;', ';Lugar inventado;')}\n`;
		const request = {
			from: 'csv' as const,
			file: 'sucre.csv',
			text,
			mapping: { file: 'm.json', json: CSV_MAPPING }
		};
		const held = run({ ...request, bolivianGazetteer });
		if ('refused' in held) throw new Error(held.refused.join('\n'));
		expect(held.result.features).toEqual([]);
		expect(held.result.problems.map((p) => formatProblem('sucre.csv', p))).toEqual([
			expect.stringMatching(
				/^sucre\.csv:2: \(data:check\): "cab-02": location: stands on the centre of Sucre .*a place its place name does not name/
			)
		]);
		// Without the gazetteer the same row passes: it is the gazetteer's rule that holds it.
		const unheld = run(request);
		expect('result' in unheld && unheld.result.features).toHaveLength(1);
	});

	it.each([
		[
			'the spreadsheet fixture (semicolons, day-first dates)',
			{
				from: 'csv' as const,
				name: 'spreadsheet',
				file: 'spreadsheet.csv',
				mapping: CSV_MAPPING,
				meta: {
					id: 'fixture',
					period: { start: '2019-11-05', end: '2019-11-20' },
					bbox: [-67.5932, -19.53332, -62.75093, -16.83874],
					// Without an admin1 column the shipped department boundaries group the events.
					regions: { polygons: 'bolivia-departments' },
					blockades_located: 1,
					title: { en: 'Import: spreadsheet.csv, 2019-11-05–2019-11-20' }
				}
			}
		],
		[
			'the GeoJSON fixture (a point and a line, fixed source)',
			{
				from: 'geojson' as const,
				name: 'places',
				file: 'places.geojson',
				mapping: GEOJSON_MAPPING,
				meta: {
					regions: { polygons: 'none' },
					title: { es: 'Prueba GeoJSON', en: 'GeoJSON fixture' },
					period: { start: '2019-11-14', end: '2019-11-21' }
				}
			}
		]
	])('converts %s into the expected features', (_, { from, name, file, mapping, meta }) => {
		const path = `${FIXTURES}/${file}`;
		const outcome = imported(from, path, read(path), mapping);
		expect(outcome.result.problems).toEqual([]);
		expect(outcome.result.features.map((f) => f.feature)).toEqual(
			readJson(`${FIXTURES}/${name}.expected.geojson`).features
		);
		expect(outcome.meta).toMatchObject(meta);
	});

	it('reports bad values by feature and property, and leaves those features out', () => {
		const mapping = mappingOf(GEOJSON_MAPPING, 'geojson');
		const good = readJson(`${FIXTURES}/places.geojson`).features[0];
		const records: MappedRecord[] = [
			{ at: { feature: 0 }, values: good.properties, geometry: good.geometry },
			{
				at: { feature: 1 },
				values: { ...good.properties, ref: 'other', type: 'party', day: '2019-13-01', killed: -1 },
				geometry: { type: 'Polygon', coordinates: [] }
			},
			{ at: { feature: 2 }, values: { ...good.properties, name_en: '' }, geometry: good.geometry }
		];
		const result = importWithMapping(records, mapping);
		expect(result.features.map((f) => f.at)).toEqual([{ feature: 0 }]);
		expect(result.problems.map((p) => formatProblem('in.geojson', p))).toEqual([
			'in.geojson: feature #1: type: "party": is not in the mapping\'s kind table',
			'in.geojson: feature #1: day: "2019-13-01": is not a real calendar date',
			'in.geojson: feature #1: geometry: "Polygon": must be a Point or a LineString',
			'in.geojson: feature #1: killed: -1: is not a whole number',
			'in.geojson: feature #2: ref: "sacaba-cabildo": duplicates the id of feature #0',
			'in.geojson: feature #2: name_en: "": is empty (the title)'
		]);
	});

	it('refuses text longer than the schema takes, with its length, instead of cutting it', () => {
		const mapping = mappingOf(GEOJSON_MAPPING, 'geojson');
		const good = readJson(`${FIXTURES}/places.geojson`).features[0];
		const long = 'x'.repeat(250);
		const result = importWithMapping(
			[
				{
					at: { feature: 0 },
					values: { ...good.properties, name_en: long },
					geometry: good.geometry
				}
			],
			mapping
		);
		expect(result.features).toEqual([]);
		expect(result.problems.map((p) => [p.column, p.reason])).toEqual([
			['name_en', 'is 250 characters long; the limit is 200: shorten it in the file']
		]);
	});

	it('reads ambiguous slashed days only with date_order', () => {
		const withoutOrder = without(CSV_MAPPING, 'date_order');
		const outcome = imported('csv', 's.csv', read(`${FIXTURES}/spreadsheet.csv`), withoutOrder);
		expect(outcome.result.problems.map((p) => formatProblem('s.csv', p))).toEqual([
			's.csv:3: fecha: "05/11/2019": is ambiguous (day/month or month/day?): write it YYYY-MM-DD',
			's.csv:3: hasta: "06/11/2019": is ambiguous (day/month or month/day?): write it YYYY-MM-DD'
		]);
	});

	it('refuses a CSV without the columns the mapping names, and a file that is not GeoJSON', () => {
		expect(
			run({
				from: 'csv',
				file: 's.csv',
				text: 'codigo;fecha\n1;2\n',
				mapping: { file: 'm.json', json: CSV_MAPPING }
			})
		).toEqual({
			refused: [
				's.csv: this looks like a semicolon-separated file without the columns the mapping names: missing tipo, hasta, dias, lat, lon, lugar, titulo, descripcion, muertos, heridos, detenidos, enlace, titular, medio, fecha_nota, precision, radio (its columns are: codigo, fecha)'
			]
		});
		expect(
			run({
				from: 'geojson',
				file: 'g.geojson',
				text: '{"type":"Feature"}',
				mapping: { file: 'm.json', json: GEOJSON_MAPPING }
			})
		).toEqual({ refused: ['g.geojson: is not a GeoJSON FeatureCollection'] });
		expect(geojsonRecords([])).toEqual({ problem: 'is not a GeoJSON FeatureCollection' });
	});

	it('turns a feature that data:check refuses (outside every department) into a problem', () => {
		const text = read(`${FIXTURES}/spreadsheet.csv`).replace(
			'-17.33874;-63.25093',
			'-12.05;-77.04'
		);
		const outcome = imported('csv', 's.csv', text, CSV_MAPPING);
		expect(outcome.result.problems.map((p) => formatProblem('s.csv', p))).toEqual([
			's.csv:4: (data:check): "enf-03": geometry: lies outside every department of the boundaries'
		]);
		expect(outcome.result.features.map((f) => f.feature.properties.id)).toEqual([
			'blq-01',
			'cab-02'
		]);
		expect(outcome.meta?.bbox).toEqual([-67.5932, -19.53332, -64.76274, -17.47153]);
	});
});
