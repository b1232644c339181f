import { importMapped } from '../commands.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { kmzText } from '../../src/lib/import/kml.ts';
import { tempFolder } from './tempFolder.ts';

const KML = 'tests/fixtures/import/kml/protestas.kml';
const MAPPING = 'tests/fixtures/import/kml/protestas.kml.mapping.json';
const temp = tempFolder('kmz');

describe('a KMZ (a zipped KML, as My Maps downloads it)', { timeout: 30_000 }, () => {
	it('imports to the same dataset as its KML', () => {
		const kmz = join(temp, 'protestas.kmz');
		writeFileSync(
			kmz,
			zipSync({
				'doc.kml': new Uint8Array(readFileSync(KML)),
				'images/icon.png': new Uint8Array([137, 80, 78, 71])
			})
		);
		const run = (from: string, file: string, out: string) =>
			importMapped(from, file, MAPPING, `${out}/`, '--id', 'protestas', '--skip-bad');
		const fromKml = run('kml', KML, join(temp, 'kml'));
		const fromKmz = run('kmz', kmz, join(temp, 'kmz'));
		expect(fromKmz.status, fromKmz.stderr).toBe(fromKml.status);
		const events = (dir: string) => readFileSync(join(temp, dir, 'events.geojson'), 'utf8');
		expect(events('kmz')).toBe(events('kml'));
		expect(JSON.parse(events('kmz')).features.length).toBeGreaterThan(2);
	});

	it('names what is wrong with a file that is not one', () => {
		expect(kmzText(strToU8('<kml/>'))).toEqual({
			problem: 'is not a .kmz file (not a zip archive)'
		});
		expect(kmzText(zipSync({ 'notes.txt': strToU8('hola') }))).toEqual({
			problem: 'is not a .kmz file (no .kml file at its root)'
		});
		const bomb = zipSync({ 'doc.kml': new Uint8Array(2_000_000) }, { level: 9 });
		expect(kmzText(bomb)).toEqual({
			problem: expect.stringMatching(/^doc\.kml inside it is compressed \d+ to 1 .*zip bomb$/)
		});
		const one = kmzText(
			zipSync({ 'b.kml': strToU8('<kml>b</kml>'), 'a.kml': strToU8('<kml>a</kml>') })
		);
		expect(one).toEqual({ text: '<kml>a</kml>' });
	});
});
