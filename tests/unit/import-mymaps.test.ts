// A Google My Maps export (KML or KMZ) imports with no mapping file: names, descriptions, times
// and folders say what a mapping would; the command line names the map's address as source.
import { importer } from '../commands.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { runImport, type ImportRequest } from '../../src/lib/import/run.ts';
import { kindOfFolder } from '../../src/lib/import/placemarkDefaults.ts';
import { formatProblem } from '../../src/lib/import/problems.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { buildDataset } from '../../src/lib/pipeline/buildData.ts';
import { tempFolder } from './tempFolder.ts';

const KML = 'tests/fixtures/import/kml/mymaps.kml';
const MAP_URL = 'https://www.google.com/maps/d/viewer?mid=fixture-made-up';
const temp = tempFolder('mymaps');
const departments = readDepartments();

function importKml(placemarks: ImportRequest['placemarks']) {
	return runImport({
		from: 'kml',
		file: KML,
		text: readFileSync(KML, 'utf8'),
		id: 'mymaps',
		today: '2026-12-05',
		out: join(temp, 'out'),
		departments,
		placemarks
	});
}

describe('kindOfFolder', () => {
	it.each([
		['Bloqueos', 'blockade'],
		['Bloqueos en carretera', 'blockade'],
		['MARCHAS', 'march'],
		['Marches', 'march'],
		['Cabildo abierto', 'cabildo'],
		['Enfrentamientos', 'clash'],
		['Masacres', 'massacre'],
		['Movilización', 'mobilisation'],
		['Otros', 'other'],
		['Puntos de encuentro', null],
		['', null]
	])('%s → %s', (folder, kind) => {
		expect(kindOfFolder(folder)).toBe(kind);
	});
});

describe('a My Maps KML without a mapping file', () => {
	it('is refused in one line without the address of the map', () => {
		expect(importKml(undefined)).toEqual({
			refused: [
				`--source-url: ${KML} names no source: give the address where the map is published (its My Maps link), or a --mapping file`
			]
		});
		expect(importKml({ sourceUrl: 'javascript:alert(1)' })).toEqual({
			refused: ['--source-url: "javascript:alert(1)" is not an absolute http(s) URL']
		});
		// Blockades need a dated report: the map's own date.
		expect(importKml({ sourceUrl: MAP_URL })).toEqual({
			refused: [
				'--source-date: the folder(s) "Bloqueos en carretera" hold blockades, and a mapped blockade needs a dated report: give the day the map was published or last edited (My Maps shows it)'
			]
		});
	});

	it('imports each placemark: folder → kind, name → title, times → dates, the map as source', () => {
		const outcome = importKml({ sourceUrl: MAP_URL, sourceDate: '2019-11-25' });
		if ('refused' in outcome) throw new Error(outcome.refused.join('\n'));
		const features = outcome.result.features.map((f) => f.feature.properties);
		expect(features.map((p) => [p.id, p.kind, p.date.start, p.date.end])).toEqual([
			['bloqueo-de-prueba', 'blockade', '2019-11-19', undefined],
			['bloqueo-de-prueba-2', 'blockade', '2019-11-20', undefined],
			['marcha-de-prueba', 'march', '2019-11-21', '2019-11-22'],
			['encuentro-de-prueba', 'other', '2019-11-18', undefined]
		]);
		const [first, second] = features;
		expect(first.title).toEqual({ es: 'Bloqueo de prueba', en: 'Bloqueo de prueba' });
		expect(first.description.es).toBe('Prueba: punto inventado. Segunda línea.');
		expect(first.untranslated).toEqual({ lang: 'es', fields: ['title', 'description'] });
		// No description in the file: the name stands for it.
		expect(second.description.es).toBe('Bloqueo de prueba');
		expect(first.sources).toEqual([
			{ url: MAP_URL, title: 'mymaps.kml', publisher: 'www.google.com', date: '2019-11-25' }
		]);
		expect(first.location).toMatchObject({ precision: 'approximate', radius_m: 2000 });
		expect(outcome.meta?.licence).toEqual({
			name: "The map author's terms (ask before reuse)",
			url: MAP_URL
		});
		// The placemark without a date is reported by its name.
		const problems = outcome.result.problems.map((p) => formatProblem(KML, p));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('Bloqueo sin fecha');
		expect(problems[0]).toContain('date');
		// One warning names the folders whose placemarks became "other", as text.
		expect(outcome.warnings).toEqual([
			`${KML}: the placemarks of folder(s) "Puntos de encuentro <b>" are of kind "other": no kind is named in the folder's name (e.g. Bloqueos, Marchas, Cabildos, Enfrentamientos), and no --mapping says which`
		]);
	});

	it('the command line writes a dataset that builds, the same from the KMZ', () => {
		const kmz = join(temp, 'mymaps.kmz');
		writeFileSync(kmz, zipSync({ 'doc.kml': new Uint8Array(readFileSync(KML)) }));
		const run = (from: string, file: string, out: string) =>
			importer(
				'--from',
				from,
				file,
				'--source-url',
				MAP_URL,
				'--source-title',
				'Mapa de prueba',
				'--source-date',
				'2019-11-25',
				'--out',
				`${out}/`,
				'--id',
				'mymaps',
				'--skip-bad'
			);
		const fromKml = run('kml', KML, join(temp, 'kml'));
		expect(fromKml.status, fromKml.stderr).toBe(0);
		expect(fromKml.stdout).toContain('warning: ');
		expect(fromKml.stdout).toContain('wrote 4 event(s) from 5 record(s)');
		const fromKmz = run('kmz', kmz, join(temp, 'kmz'));
		expect(fromKmz.status, fromKmz.stderr).toBe(0);
		const events = (dir: string) => readFileSync(join(temp, dir, 'events.geojson'), 'utf8');
		expect(events('kmz')).toBe(events('kml'));
		const built = buildDataset(join(temp, 'kml'), departments);
		expect(built.features.map((f) => f.properties.layer).sort()).toEqual([
			'blockade-points',
			'blockade-points',
			'marches',
			'other'
		]);
		expect(built.features[0].properties.sources[0].title).toBe('Mapa de prueba');
	});
});
