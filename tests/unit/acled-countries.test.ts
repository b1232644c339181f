// A real-size ACLED export of three countries (tests/unit/acledExport.ts, seeded) imports and
// builds with no hand edits, as CSV with commas, with semicolons, and as .xlsx: its regions are
// its admin1 names, its same-town same-day records are warnings, and its records come back.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { acledCsv, acledRows, acledXlsx } from './acledExport.ts';
import { runImport, type ImportRequest } from '../../src/lib/import/run.ts';
import { parseCsv } from '../../src/lib/import/csv.ts';
import { datasetMetaText, featureCollectionFiles } from '../../src/lib/import/dataset.ts';
import { writeDatasetFolder } from '../../src/lib/import/writeDataset.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { buildDatasetFiles } from '../../src/lib/pipeline/buildData.ts';
import { importedCsv } from '../../src/lib/data/importedTable.ts';
import { countryCode } from '../../src/lib/pipeline/regionPolygons.ts';
import { eventRegionName, regionName, UNKNOWN_REGION } from '../../src/lib/data/regionKind.ts';
import { toCsv } from '../../src/lib/data/downloads.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { tempFolder } from './tempFolder.ts';

const ROWS = 5000;
const rows = acledRows(ROWS);
const departments = readDepartments();
const scratch = tempFolder('acled-countries');

function importAndBuild(name: string, input: Pick<ImportRequest, 'file' | 'text' | 'bytes'>) {
	const outcome = runImport({
		from: 'acled',
		...input,
		id: `acled-${name}`,
		today: '2026-12-05',
		out: join(scratch, name),
		departments,
		countryCode
	});
	if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
	expect(outcome.result.problems).toEqual([]);
	const features = outcome.result.features.map((f) => f.feature);
	writeDatasetFolder(join(scratch, name), {
		'dataset.json': datasetMetaText(outcome.meta!),
		...featureCollectionFiles(features)
	});
	const log: string[] = [];
	const built = buildDatasetFiles(join(scratch, name), departments, (line) => log.push(line));
	return { features, built, log };
}

describe(`an ACLED export of ${ROWS} rows in three countries`, { timeout: 120_000 }, () => {
	const regions = [...new Set(rows.map((r) => r.admin1))].sort();
	const csv = importAndBuild('commas', { file: 'export.csv', text: acledCsv(rows) });

	it('has what real exports have: three countries, accents, same-town same-day records', () => {
		expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['Bolivia', 'Chile', 'Peru']));
		expect(regions).toContain('Ñuble');
		const sameDay = rows.filter(
			(r, i) =>
				i > 0 && r.location === rows[i - 1].location && r.event_date === rows[i - 1].event_date
		);
		expect(sameDay.length).toBeGreaterThan(ROWS / 10);
	});

	it('imports every row and builds, its regions named by admin1, its look-alikes as warnings', () => {
		expect(csv.features).toHaveLength(ROWS);
		const { dataset } = csv.built;
		expect(dataset.features).toHaveLength(ROWS);
		expect(
			Object.values(dataset.departments)
				.map((d) => d.name)
				.sort()
		).toEqual(regions);
		expect(dataset.meta.regions.polygons).toBe('natural-earth-admin1');
		expect(csv.log).toContainEqual(
			expect.stringMatching(/warning\(s\) to review \(possible duplicates/)
		);
	});

	it('draws its regions from Natural Earth admin-1 polygons of its three countries', () => {
		const { dataset } = csv.built;
		expect(dataset.meta.regions).toEqual({
			polygons: 'natural-earth-admin1',
			countries: expect.arrayContaining(['BO', 'CL', 'PE'])
		});
		// Every region named in the export has a polygon, an area and a label, by its own name.
		const areas = dataset.region_map!.areas.features;
		expect(areas.map((f) => f.properties!.name).sort()).toEqual(regions);
		for (const code of Object.keys(dataset.departments))
			expect(dataset.departments[code].area_km2).toBeGreaterThan(1000);
		expect(dataset.region_map!.labels.features).toHaveLength(regions.length);
		expect(dataset.region_map!.outlines.features).toHaveLength(1);
		// Each polygon holds the events of its region (a point-in-polygon test of a few).
		const held = dataset.features.slice(0, 50).filter((f) => {
			const area = areas.find((a) => a.properties!.iso_3166_2 === f.properties.department);
			return area && booleanPointInPolygon(f.geometry.coordinates as number[], area as never);
		});
		expect(held.length).toBeGreaterThanOrEqual(45);
		expect(csv.log.some((line) => /matches no polygon/.test(line))).toBe(false);
	});

	// On its first 500 rows: the whole export's three forms are imported before the browser tests'
	// build and compared file by file there (tests/fixtures/acledExports.ts, anycountry.e2e.ts).
	it('the semicolon copy and the .xlsx export import to the same features', () => {
		const part = rows.slice(0, 500);
		const commas = importAndBuild('part-commas', { file: 'export.csv', text: acledCsv(part) });
		expect(commas.features).toHaveLength(part.length);
		const semicolons = importAndBuild('semicolons', {
			file: 'export-es.csv',
			text: acledCsv(part, ';')
		});
		expect(semicolons.features).toEqual(commas.features);
		const xlsx = importAndBuild('xlsx', { file: 'export.xlsx', text: '', bytes: acledXlsx(part) });
		// The export's file name is the dataset's source, not the events'.
		expect(xlsx.features).toEqual(commas.features);
	});

	it('gives its rows back as written in the as-imported download', () => {
		const back = parseCsv(importedCsv(csv.built.imported!)).records.map((r) => r.values);
		expect(back).toEqual(rows);
	});

	it('counts events whose region matches no polygon under "region unknown", warning by name', () => {
		// Every tenth row's region is misspelt in two ways.
		const misspelt = rows
			.slice(0, 300)
			.map((r, i) =>
				i % 10 === 0 ? { ...r, admin1: i % 20 === 0 ? 'Región Inventada' : 'Potossí' } : r
			);
		const { built, log } = importAndBuild('unknown', {
			file: 'misspelt.csv',
			text: acledCsv(misspelt)
		});
		const { dataset } = built;
		const unknown = dataset.features.filter((f) => f.properties.department === UNKNOWN_REGION);
		expect(unknown.map((f) => f.properties.admin1).sort()).toEqual(
			misspelt
				.filter((_, i) => i % 10 === 0)
				.map((r) => r.admin1)
				.sort()
		);
		// One row for them all, after the named regions, with no polygon and no area.
		expect(Object.keys(dataset.departments).at(-1)).toBe(UNKNOWN_REGION);
		expect(dataset.departments[UNKNOWN_REGION].area_km2).toBeNull();
		expect(regionName(dataset.departments, UNKNOWN_REGION, messages.es)).toBe('Región desconocida');
		expect(regionName(dataset.departments, UNKNOWN_REGION, messages.en)).toBe('Region unknown');
		// An event of it is named by its source's spelling.
		const potossi = unknown.find((f) => f.properties.admin1 === 'Potossí')!;
		expect(eventRegionName(dataset.departments, potossi.properties, messages.es)).toBe(
			'Potossí (región desconocida)'
		);
		const areas = dataset.region_map!.areas.features.map((f) => f.properties!.iso_3166_2);
		expect(areas).not.toContain(UNKNOWN_REGION);
		// Each name is warned of, with the nearest names there are.
		expect(log).toContainEqual(expect.stringMatching(/"Potossí".*matches no polygon.*Potosí/));
		expect(log).toContainEqual(expect.stringMatching(/"Región Inventada".*matches no polygon/));
		// The download keeps the name the source wrote.
		const csvRows = parseCsv(toCsv(dataset)).records;
		expect(csvRows.filter((r) => r.values.admin1 === 'Potossí')).toHaveLength(15);
	});
});
