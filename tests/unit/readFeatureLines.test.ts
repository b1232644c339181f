import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeatureLines } from '../../src/lib/pipeline/readDataset.ts';
import { tempFolder } from './tempFolder.ts';

const dir = tempFolder('lines');
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
const feature = (i: number) => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [-68.1 + i / 100, -16.5] },
	properties: { id: `e-${i}`, title: { es: `Señal ${i} — Añañuca`, en: `Sign ${i}` } }
});
const collection = (n: number) =>
	'{"type":"FeatureCollection","features":[\n' +
	Array.from({ length: n }, (_, i) => JSON.stringify(feature(i))).join(',\n') +
	'\n]}\n';

describe('readFeatureLines', () => {
	it('reads what JSON.parse reads, whatever the size of each read (characters split across reads)', () => {
		const path = file('ok.geojson', collection(40));
		const whole = JSON.parse(collection(40));
		for (const readBytes of [7, 64, 1000, 1 << 20])
			expect(readFeatureLines(path, readBytes)).toEqual(whole);
	});

	it('names the line of a broken feature', () => {
		const text = collection(3).replace('"e-1"', '"e-1');
		expect(() => readFeatureLines(file('broken.geojson', text))).toThrow(/^line 3: /);
	});

	it('refuses a file not written one feature per line, and one cut short', () => {
		expect(() =>
			readFeatureLines(file('one-line.geojson', JSON.stringify(JSON.parse(collection(2)))))
		).toThrow(/line 1: .*one feature per line/);
		expect(() => readFeatureLines(file('cut.geojson', collection(2).replace(']}\n', '')))).toThrow(
			/ends before its closing/
		);
	});
});

describe('readFeatureLines and the downloads', () => {
	it('reads a first line that carries other members before the features (as the downloads do)', () => {
		const text = collection(3).replace(
			'{"type":"FeatureCollection",',
			'{"type":"FeatureCollection","metadata":{"id":"x","n":[1,2]},'
		);
		expect(readFeatureLines(file('download.geojson', text)).features).toHaveLength(3);
	});
});
