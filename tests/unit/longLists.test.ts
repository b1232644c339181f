// A million-row import once died of "Maximum call stack size exceeded": lists as long as the
// input were spread into function arguments. These run at that scale.
import { describe, expect, it } from 'vitest';
import { appendAll } from '../../src/lib/data/appendAll.ts';
import {
	BBOX_PADDING_DEGREES,
	FEATURES_PER_FILE,
	bboxOf,
	eventFileNames,
	featureCollectionFiles
} from '../../src/lib/import/dataset.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';

const MANY = 500_000;

describe('lists as long as a large import', () => {
	it('appends half a million items in order', () => {
		const target = ['first'];
		appendAll(
			target,
			Array.from({ length: MANY }, (_, i) => `item ${i}`)
		);
		expect(target).toHaveLength(MANY + 1);
		expect(target[1]).toBe('item 0');
		expect(target.at(-1)).toBe(`item ${MANY - 1}`);
	});

	it('frames half a million points', () => {
		const features = Array.from(
			{ length: MANY },
			(_, i) =>
				({
					geometry: { type: 'Point', coordinates: [-68 + (i % 100) / 10, -17 - (i % 50) / 10] }
				}) as unknown as EventFeature
		);
		const p = BBOX_PADDING_DEGREES;
		expect(bboxOf(features)).toEqual([-68 - p, -21.9 - p, -58.1 + p, -17 + p]);
	});
});

describe('an import larger than one file holds', () => {
	const feature = (i: number) =>
		({
			type: 'Feature',
			properties: { id: `e${i}` },
			geometry: { type: 'Point', coordinates: [-68, -17] }
		}) as unknown as EventFeature;

	it('is written in numbered parts of at most perFile features, together all of them in order', () => {
		const features = Array.from({ length: 5 }, (_, i) => feature(i));
		expect(eventFileNames(2, 2)).toEqual(['events.geojson']);
		expect(eventFileNames(5, 2)).toEqual([
			'events-001.geojson',
			'events-002.geojson',
			'events-003.geojson'
		]);
		const files = featureCollectionFiles(features, 2);
		expect(Object.keys(files)).toEqual(eventFileNames(5, 2));
		const ids = Object.values(files).flatMap((make) =>
			(JSON.parse(make()) as { features: { properties: { id: string } }[] }).features.map(
				(f) => f.properties.id
			)
		);
		expect(ids).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
		expect(Object.keys(featureCollectionFiles(features))).toEqual(['events.geojson']);
	});

	it('lists its parts in dataset.json, named as data:check accepts', () => {
		const names = eventFileNames(FEATURES_PER_FILE * 3 + 1);
		expect(names).toHaveLength(4);
		for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.geojson$/);
	});
});
