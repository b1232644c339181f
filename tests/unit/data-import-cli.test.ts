import { checker, importer, importMapped } from '../commands.ts';
import { UNKNOWN_REGION } from '../../src/lib/data/regionKind.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/pipeline/buildData.ts';
import { ACLED_BAD, ACLED_BAD_PROBLEMS } from './acledBad.ts';
import { tempFolder } from './tempFolder.ts';

const FIXTURES = 'tests/fixtures/import';
const SAMPLE = `${FIXTURES}/acled-sample.csv`;
const temp = tempFolder('import');

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
/** No stack trace: every failure is a line the maintainer can act on. */
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
/** `npm run data:import -- --from acled <input> <args>`. */
const fromAcled = (input: string, ...args: string[]) => importer('--from', 'acled', input, ...args);

describe('npm run data:import -- --from acled', { timeout: 30_000 }, () => {
	it('writes a dataset folder that data:check accepts, with the expected features', () => {
		const out = join(temp, 'acled-bolivia');
		const result = fromAcled(SAMPLE, '--out', `${out}/`);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('wrote 12 event(s) from 12 record(s)');
		expect(result.status).toBe(0);

		const check = checker(out);
		expect(check.stderr).toBe('');
		expect(check.stdout).toContain('ok, 12 features');
		expect(check.status).toBe(0);

		expect(readJson(join(out, 'events.geojson'))).toEqual(
			readJson(`${FIXTURES}/acled-sample.expected.geojson`)
		);
		const meta = readJson(join(out, 'dataset.json'));
		expect(meta).toMatchObject({
			id: 'acled-bolivia',
			title: { en: 'ACLED import: Bolivia, 2019-11-18–2019-11-28' },
			period: { start: '2019-11-18', end: '2019-11-28' },
			bbox: [-68.65, -22.03549, -62.68117, -10.51026],
			regions: { polygons: 'natural-earth-admin1', countries: ['BO'] },
			licence: { name: 'ACLED terms of use', url: 'https://acleddata.com/terms-of-use/' },
			files: ['events.geojson'],
			blockades_located: 2,
			reported_totals: [],
			blockades_unlocated: []
		});
		expect(meta.last_reviewed).toBe(new Date().toISOString().slice(0, 10));
	});

	it('keeps two blockades ACLED recorded in one town on one day as two events: data:check warns, and passes', () => {
		const out = join(temp, 'acled-same-day');
		const result = fromAcled(`${FIXTURES}/acled-same-day.csv`, '--out', `${out}/`);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('wrote 3 event(s) from 3 record(s)');
		expect(readJson(join(out, 'dataset.json')).record_ids).toEqual({
			assigned_by: 'ACLED',
			field: 'event_id_cnty'
		});
		const check = checker(out);
		expect(check.status).toBe(0);
		expect(check.stdout).toContain('ok, 3 features');
		const warnings = check.stderr.trim().split('\n');
		expect(warnings).toHaveLength(2);
		expect(warnings[0]).toMatch(
			/^warning: .*feature xxx0201: part_of: xxx0202 is a blockade 0\.0 km away on the same day.*ACLED gave each record its own event_id_cnty/
		);
		expect(warnings[1]).toContain('1 warning(s): possible duplicates to review');

		// And it builds, the pair counted and shown in the build log.
		const log: string[] = [];
		expect(buildDataset(out, undefined, (line) => log.push(line)).features).toHaveLength(3);
		const counted = log.findIndex((line) => line.includes('1 warning(s) to review'));
		expect(log[counted]).toContain('possible duplicates');
		expect(log[counted + 1]).toContain('xxx0202 is a blockade');
	});

	it('exits 1 with one line per bad value at its file line, and writes nothing', () => {
		const out = join(temp, 'bad');
		const result = fromAcled(ACLED_BAD, '--out', out);
		expect(result.status).toBe(1);
		noStackTrace(result.stderr);
		expect(result.stderr.trim().split('\n')).toEqual([
			...ACLED_BAD_PROBLEMS,
			`${ACLED_BAD}: 9 problem(s) in 8 record(s); nothing written (--skip-bad writes the rest)`
		]);
		expect(existsSync(out)).toBe(false);
	});

	it('with --skip-bad, still reports the bad rows and writes the good ones', () => {
		const out = join(temp, 'skipped');
		const result = fromAcled(ACLED_BAD, '--out', out, '--skip-bad');
		expect(result.status).toBe(0);
		expect(result.stderr.trim().split('\n')).toHaveLength(9);
		expect(result.stdout).toContain('wrote 2 event(s) from 10 record(s)');
		expect(result.stdout).toContain('skipped 8 bad record(s)');
		expect(checker(out).status).toBe(0);
		const ids = readJson(join(out, 'events.geojson')).features.map(
			(f: { properties: { id: string } }) => f.properties.id
		);
		expect(ids).toEqual(['xxx0101', 'xxx0102']);
	});

	it('names every missing column in one line', () => {
		const out = join(temp, 'missing');
		const file = `${FIXTURES}/acled-missing-columns.csv`;
		const result = fromAcled(file, '--out', out);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			`${file}: this looks like a comma-separated file without ACLED's columns: missing latitude, longitude, notes (its columns are: event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, …)\n`
		);
		expect(existsSync(out)).toBe(false);
	});

	it('never overwrites a dataset folder unasked; with --force replaces it whole', () => {
		const out = join(temp, 'existing');
		expect(fromAcled(SAMPLE, '--out', out).status).toBe(0);
		writeFileSync(join(out, 'notes.txt'), 'kept by hand\n');
		const before = readFileSync(join(out, 'events.geojson'), 'utf8');
		const again = fromAcled(SAMPLE, '--out', out, '--id', 'other-id');
		expect(again.status).toBe(1);
		noStackTrace(again.stderr);
		expect(again.stderr.trim()).toBe(
			`${out}: already holds files; nothing written (--force replaces the whole folder)`
		);
		expect(readFileSync(join(out, 'events.geojson'), 'utf8')).toBe(before);
		expect(readJson(join(out, 'dataset.json')).id).toBe('existing');
		const forced = fromAcled(SAMPLE, '--out', out, '--id', 'other-id', '--force');
		expect(forced.status).toBe(0);
		expect(readJson(join(out, 'dataset.json')).id).toBe('other-id');
		// The whole folder was replaced: the hand-written file is gone with the old dataset.
		expect(existsSync(join(out, 'notes.txt'))).toBe(false);
		expect(checker(out).status).toBe(0);
	});

	it('explains bad arguments without a stack trace', () => {
		const cases = [
			importer('--from', 'excel', 'x.csv', '--out', join(temp, 'x')),
			fromAcled(SAMPLE),
			fromAcled('no/such/file.csv', '--out', join(temp, 'x')),
			fromAcled(SAMPLE, '--out', join(temp, 'Bad Id!'), '--id', 'Bad Id!'),
			fromAcled(SAMPLE, '--out', join(temp, 'x'), '--title-es', 'Solo'),
			fromAcled(SAMPLE, '--out', join(temp, 'x'), '--colour')
		];
		for (const result of cases) {
			expect(result.status).toBe(1);
			expect(result.stderr).not.toBe('');
			noStackTrace(result.stderr);
		}
		expect(cases[0].stderr).toContain(
			'--from: must be one of acled, csv, xlsx, ods, geojson, kml, kmz, gpx'
		);
		expect(cases[2].stderr).toContain('no/such/file.csv: cannot read the input: ENOENT');
		expect(cases[3].stderr).toContain('--id: "Bad Id!": must be a lowercase slug');
		expect(cases[4].stderr).toContain('--title-es and --title-en: give both');
		expect(existsSync(join(temp, 'x'))).toBe(false);
	});
});

describe('npm run data:import -- regions', { timeout: 30_000 }, () => {
	const importAcledWithRegions = (out: string, regions: string, ...extra: string[]) =>
		fromAcled(SAMPLE, '--out', `${out}/`, '--regions', regions, ...extra);

	it("names the export's countries for Natural Earth's admin-1 polygons, and the build draws them", () => {
		const out = join(temp, 'acled-regions');
		const result = fromAcled(SAMPLE, '--out', `${out}/`);
		expect(result.status).toBe(0);
		expect(readJson(join(out, 'dataset.json')).regions).toEqual({
			polygons: 'natural-earth-admin1',
			countries: ['BO']
		});
		const check = checker(out);
		expect(check.stderr).not.toMatch(/matches no polygon/);
		expect(check.status).toBe(0);
		const dataset = buildDataset(out);
		// ACLED's "Potosi" (no accent) and "Beni" (Natural Earth: "El Beni") both find theirs.
		expect(Object.values(dataset.departments).every((r) => r.area_km2! > 10_000)).toBe(true);
		expect(dataset.region_map!.areas.features).toHaveLength(8);
	});

	it('copies the polygons given with --regions, and warns of a name none of them answers to', () => {
		const out = join(temp, 'acled-own-regions');
		const own = join(temp, 'districts.geojson');
		const square = [
			[-69, -17],
			[-67, -17],
			[-67, -15],
			[-69, -15],
			[-69, -17]
		];
		writeFileSync(
			own,
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { NOMBRE: 'LA PAZ' },
						geometry: { type: 'Polygon', coordinates: [square] }
					}
				]
			})
		);
		const result = importAcledWithRegions(out, own, '--regions-name', 'NOMBRE');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readJson(join(out, 'dataset.json')).regions).toEqual({
			polygons: 'file',
			file: 'regions.geojson',
			name_property: 'NOMBRE'
		});
		expect(readFileSync(join(out, 'regions.geojson'), 'utf8')).toBe(readFileSync(own, 'utf8'));
		const check = checker(out);
		expect(check.status).toBe(0);
		expect(check.stderr).toMatch(/region "Cochabamba" matches no polygon .*nearest: "LA PAZ"/);
		const dataset = buildDataset(out);
		expect(dataset.region_map!.areas.features.map((f) => f.properties!.iso_3166_2)).toEqual([
			'la-paz'
		]);
		expect(dataset.departments['la-paz'].area_km2).toBeGreaterThan(40_000);
		// Cochabamba's events are counted under "region unknown", which has no polygon and no area.
		expect(dataset.departments['cochabamba']).toBeUndefined();
		expect(dataset.departments[UNKNOWN_REGION].area_km2).toBeNull();
	});

	it('refuses, in one line, a --regions file without polygons or without the named property; writes nothing', () => {
		const points = join(temp, 'points.geojson');
		writeFileSync(
			points,
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { name: 'x' },
						geometry: { type: 'Point', coordinates: [0, 0] }
					}
				]
			})
		);
		for (const [file, extra, message] of [
			[points, [], /points\.geojson: regions: holds no Polygon or MultiPolygon feature/],
			[
				join(temp, 'districts.geojson'),
				[],
				/districts\.geojson: regions: feature 1: has no "name" text/
			]
		] as const) {
			const out = join(temp, 'refused-regions');
			const result = importAcledWithRegions(out, file, ...extra);
			expect(result.status).toBe(1);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).toMatch(message);
			noStackTrace(result.stderr);
			expect(existsSync(out)).toBe(false);
		}
	});
});

describe('npm run data:import -- --from csv|geojson --mapping', { timeout: 30_000 }, () => {
	it.each([
		['csv', 'spreadsheet.csv', 'spreadsheet'],
		['geojson', 'places.geojson', 'places']
	])('imports the %s fixture into a folder that data:check accepts', (from, input, name) => {
		const out = join(temp, `mapped-${name}`);
		const result = importMapped(
			from,
			`${FIXTURES}/${input}`,
			`${FIXTURES}/${name}.mapping.json`,
			out
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(checker(out).status).toBe(0);
		expect(readJson(join(out, 'events.geojson'))).toEqual(
			readJson(`${FIXTURES}/${name}.expected.geojson`)
		);
	});

	/** The spreadsheet fixture imported as `from`, through `mapping`, to `out`. */
	const importSheet = (from: string, mapping: string, out: string) =>
		importMapped(from, `${FIXTURES}/spreadsheet.csv`, mapping, out);

	it('refuses a mapping file that is not valid, with the field at fault', () => {
		const out = join(temp, 'no-mapping');
		const noMapping = importer('--from', 'csv', `${FIXTURES}/spreadsheet.csv`, '--out', out);
		expect(noMapping.status).toBe(1);
		expect(noMapping.stderr).toBe('--mapping: is needed with --from csv\n');
		// A GeoJSON mapping has no coordinate columns, which a CSV import needs.
		const mapping = `${FIXTURES}/places.mapping.json`;
		const wrong = importSheet('csv', mapping, out);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toBe(
			`${mapping}: latitude: a CSV mapping needs latitude and longitude columns\n`
		);
		const notJson = importSheet('csv', `${FIXTURES}/spreadsheet.csv`, out);
		expect(notJson.status).toBe(1);
		expect(notJson.stderr).toMatch(/spreadsheet\.csv: is not JSON: /);
		noStackTrace(notJson.stderr);
		// A mapping that cannot be read is said to be missing, not to be bad JSON.
		const missing = `${FIXTURES}/no-such.mapping.json`;
		const unread = importSheet('csv', missing, out);
		expect(unread.status).toBe(1);
		expect(unread.stderr).toBe(`${missing}: cannot read the mapping: ENOENT\n`);
		expect(existsSync(out)).toBe(false);
	});

	it('reads a table as --from says, whatever the file is called', () => {
		const out = join(temp, 'from-says');
		// CSV text given as a spreadsheet is not a spreadsheet.
		const asSheet = importSheet('xlsx', `${FIXTURES}/spreadsheet.mapping.json`, out);
		expect(asSheet.status).toBe(1);
		expect(asSheet.stderr).toBe(
			`${FIXTURES}/spreadsheet.csv: is not an .xlsx file (not a zip archive)\n`
		);
		expect(existsSync(out)).toBe(false);
	});
});
