import { checker, importMapped } from '../commands.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText, kmlRecords } from '../../src/lib/import/kml.ts';
import { tempFolder } from './tempFolder.ts';

const DIR = 'tests/fixtures/import/kml';
const KML_MAPPING = `${DIR}/protestas.kml.mapping.json`;
const temp = tempFolder('kml');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('importing KML (Google My Maps) and GPX', { timeout: 30_000 }, () => {
	it('names the placemark without a date and writes nothing, unless --skip-bad', () => {
		const out = join(temp, 'kml');
		const importProtestas = (...more: string[]) =>
			importMapped('kml', `${DIR}/protestas.kml`, KML_MAPPING, `${out}/`, ...more);
		const strict = importProtestas();
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain(
			`${DIR}/protestas.kml: feature #1 ("Bloqueo sin fecha"): date: "": is not a date`
		);
		expect(existsSync(out)).toBe(false);

		const lenient = importProtestas('--skip-bad');
		expect(lenient.status).toBe(0);
		expect(lenient.stdout).toContain('wrote 3 event(s) from 4 record(s)');
		// Folders gave the kinds, TimeStamp and TimeSpan the dates, the line stayed a line.
		expect(readJson(join(out, 'events.geojson'))).toEqual(
			readJson(`${DIR}/protestas.expected.geojson`)
		);
		expect(checker(out).status).toBe(0);
	});

	it('imports GPX waypoints and tracks with the day of their times', () => {
		const out = join(temp, 'gpx');
		const result = importMapped(
			'gpx',
			`${DIR}/recorrido.gpx`,
			`${DIR}/recorrido.gpx.mapping.json`,
			`${out}/`
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(readJson(join(out, 'events.geojson'))).toEqual(
			readJson(`${DIR}/recorrido.expected.geojson`)
		);
		expect(checker(out).status).toBe(0);
	});

	it('refuses a file that is not the XML it should be, saying so', () => {
		const bad = join(temp, 'bad.kml');
		writeFileSync(bad, '<kml><Document><Placemark></Document>');
		const result = importMapped('kml', bad, KML_MAPPING, join(temp, 'bad'));
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/bad\.kml: is not well-formed XML/);
		const gpxAsKml = importMapped('kml', `${DIR}/recorrido.gpx`, KML_MAPPING, join(temp, 'bad'));
		expect(gpxAsKml.stderr).toContain('is not a KML file');
	});
});

describe('htmlToText', () => {
	it.each([
		['<b>Prueba:</b> texto<br>más', 'Prueba: texto\nmás'],
		['<script>alert(1)</script>Hola &amp; adiós &#241; &#xF1;', 'alert(1) Hola & adiós ñ ñ'],
		['a &lt; b', 'a b'],
		['<p>uno</p><p>dos</p>', 'uno\ndos']
	])('%j → %j', (html, text) => {
		expect(htmlToText(html)).toBe(text);
	});

	it('refuses folders nested deeper than it reads, in one line, without a stack trace', () => {
		const placemark =
			'<Placemark><name>x</name><Point><coordinates>-68.2,-16.5</coordinates></Point></Placemark>';
		const nested = (depth: number) =>
			`<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${'<Folder><name>f</name>'.repeat(depth)}${placemark}${'</Folder>'.repeat(depth)}</Document></kml>`;
		expect(kmlRecords(nested(10_000))).toEqual({
			problem: 'has folders nested 10000 deep (at most 100 are read): flatten its folders'
		});
		const read = kmlRecords(nested(100));
		expect('records' in read && read.records.length).toBe(1);
	});

	it('keeps ExtendedData and the folder of each placemark', () => {
		const read = kmlRecords(readFileSync(`${DIR}/protestas.kml`, 'utf8'));
		if ('problem' in read) throw new Error(read.problem);
		expect(read.records.map((r) => [r.values.folder, r.values.lugar])).toEqual([
			['Bloqueos', 'Caracollo'],
			['Bloqueos', 'Konani'],
			['Cabildos', 'Sucre'],
			['Marchas', 'Caracollo – Oruro']
		]);
	});
});
