// A record's status after review: every value but verified says why; a retracted record leaves
// the map, the totals and the counts of the check, and keeps its page (tests/e2e/datasets.e2e.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDepartments } from '../../src/lib/pipeline/readDataset.ts';
import { buildDataset } from '../../src/lib/pipeline/buildData.ts';

const FOLDER = 'tests/fixtures/site-datasets/mymaps-sample';
const departments = readDepartments();
const meta = JSON.parse(readFileSync(`${FOLDER}/dataset.json`, 'utf8'));
const collection = JSON.parse(readFileSync(`${FOLDER}/events.geojson`, 'utf8'));
type Feature = (typeof collection.features)[number];

const check = (features: Feature[], metaEdit: Record<string, unknown> = {}) =>
	checkDataset(
		{
			metaPath: 'x/dataset.json',
			meta: { ...meta, ...metaEdit },
			files: [{ path: 'x/events.geojson', json: { ...collection, features } }]
		},
		departments
	).problems;
const withStatus = (id: string, status: unknown) =>
	collection.features.map((f: Feature) =>
		f.properties.id === id ? { ...f, properties: { ...f.properties, status } } : f
	);

describe('a record’s status', () => {
	it('passes as the fixture has it: one retracted, one disputed', () => {
		expect(check(collection.features)).toEqual([]);
	});

	it('says why unless verified', () => {
		expect(
			check(withStatus('marcha-de-prueba', { value: 'disputed', date: '2019-11-27' }))
		).toEqual([
			'x/events.geojson: feature marcha-de-prueba: properties.status.reason: says why in reason (es and en) unless verified'
		]);
		expect(
			check(withStatus('marcha-de-prueba', { value: 'verified', date: '2019-11-27' }))
		).toEqual([]);
		expect(
			check(withStatus('marcha-de-prueba', { value: 'deleted', date: '2019-11-27' }))[0]
		).toMatch(/properties\.status\.value: /);
	});

	it('a retracted blockade is not counted among the located ones', () => {
		expect(meta.blockades_located).toBe(1);
		expect(check(collection.features, { blockades_located: 2 })).toEqual([
			'x/dataset.json: blockades_located: says 2 but the data has 1 located blockades'
		]);
	});

	it('leaves the built map data, and keeps its event page', () => {
		const built = buildDataset(FOLDER, departments);
		expect(built.features.map((f) => f.properties.id)).not.toContain('bloqueo-de-prueba-2');
		expect(built.retracted?.map((f) => f.properties.id)).toEqual(['bloqueo-de-prueba-2']);
		expect(built.features).toHaveLength(3);
	});
});
