import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './tempFolder.ts';
import { buildDataset, writeGeneratedData } from '../../src/lib/pipeline/buildData.ts';
import { readGeneratedDataset, readGeneratedIndex } from '../../src/lib/pipeline/generatedFiles.ts';

const featuresIn = (folder: string) => {
	const meta = JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8')) as {
		files: string[];
	};
	return meta.files.reduce(
		(n, f) =>
			n + (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { features: [] }).features.length,
		0
	);
};

describe('the data build stage', () => {
	const temp = tempFolder('build');

	// Every dataset is built: seconds, more on a busy machine.
	it('writes every dataset and an index that the routes read back', { timeout: 60_000 }, () => {
		const out = join(temp, 'data');
		const written = writeGeneratedData(out, join(temp, 'static'));
		expect(readGeneratedIndex(out)).toEqual(written);
		const bolivia = written.find((d) => d.id === 'bolivia-2019')!;
		expect(bolivia.delivery).toEqual({
			mode: 'inline',
			featureCount: featuresIn('data/geojson/bolivia-2019')
		});
		const dataset = readGeneratedDataset('bolivia-2019', out);
		expect(dataset).toEqual(JSON.parse(JSON.stringify(buildDataset('data/geojson/bolivia-2019'))));
		// The regions in name order: the region table sorts by this order.
		expect(Object.values(dataset.departments).map((d) => d.name)).toEqual([
			'Chuquisaca',
			'Cochabamba',
			'El Beni',
			'La Paz',
			'Oruro',
			'Pando',
			'Potosí',
			'Santa Cruz',
			'Tarija'
		]);
		// Enriched: every feature has its department, layer and category; notes stay out.
		for (const f of dataset.features) {
			expect(f.properties.department).toMatch(/^BO-[A-Z]$/);
			expect(f.properties.layer).toBeTruthy();
			expect('notes' in f.properties).toBe(false);
		}
	});

	it('refuses a dataset with problems, naming each one', () => {
		expect(() => buildDataset('tests/fixtures/datasets/hostile')).toThrow(
			/Invalid data in tests\/fixtures\/datasets\/hostile:\n.*events\.geojson: feature /
		);
	});

	it('says what to run when nothing has been built', () => {
		const empty = join(temp, 'none');
		mkdirSync(empty);
		expect(() => readGeneratedIndex(empty)).toThrow('run `npm run data:build`');
	});
});
