import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { packCollection, unpackCollection } from '../../src/lib/geo/packedGeometry.ts';
import { basemapData } from '../../src/lib/map/boundaries.ts';

const DIR = 'data/geojson/boundaries';
const shipped = readdirSync(DIR)
	.filter((f) => f.endsWith('.geojson'))
	.map((f) => ({ file: f, text: readFileSync(`${DIR}/${f}`, 'utf8') }));

/** Positions from x, y, x, y, … */
const positions = (...xy: number[]) => xy.flatMap((v, i) => (i % 2 ? [] : [[v, xy[i + 1]]]));

const collection = (features: FeatureCollection['features']): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

describe('packed geometry', () => {
	it.each(shipped)('gives $file back exactly, and is smaller gzipped', ({ text }) => {
		const plain = JSON.parse(text) as FeatureCollection;
		const packed = packCollection(plain);
		expect(unpackCollection(JSON.parse(JSON.stringify(packed)))).toEqual(plain);
		const hasRuns = plain.features.some((f) => f.geometry.type !== 'Point');
		if (hasRuns)
			expect(gzipSync(JSON.stringify(packed)).length).toBeLessThan(gzipSync(text).length);
	});

	it('is what the app imports: the basemap comes back as the files hold it', () => {
		const departments = JSON.parse(readFileSync(`${DIR}/departments.geojson`, 'utf8'));
		expect(basemapData.departments).toEqual(departments);
	});

	it('picks the coarsest exact scale, and steps from the position before', () => {
		const line = collection([
			{
				type: 'Feature',
				properties: { n: 1 },
				geometry: {
					type: 'LineString',
					coordinates: [
						[-68.15, -16.5],
						[-68.14, -16.52]
					]
				}
			}
		]);
		const packed = packCollection(line);
		expect(packed.scale).toBe(100);
		expect(packed.features[0].geometry.coordinates).toEqual([-6815, -1650, 1, -2]);
		const finer = structuredClone(line);
		(finer.features[0].geometry as { coordinates: number[][] }).coordinates[1][0] = -68.1412345;
		expect(packCollection(finer).scale).toBe(1e7);
		expect(unpackCollection(packCollection(finer))).toEqual(finer);
	});

	it('keeps points, ids, empty parts and properties as they are, and leaves its input alone', () => {
		const triangle = positions(-63, -17, -62.5, -17, -62.5, -16.5, -63, -17);
		const input = collection([
			{
				type: 'Feature',
				id: 7,
				properties: { name: 'La Paz' },
				geometry: { type: 'Point', coordinates: [-68.1193, -16.4897] }
			},
			{
				type: 'Feature',
				properties: null,
				// An empty part first, then a triangle.
				geometry: { type: 'MultiPolygon', coordinates: [[], [triangle]] }
			}
		]);
		const before = JSON.stringify(input);
		const packed = packCollection(input);
		expect(packed.features[0].geometry.coordinates).toEqual([-68.1193, -16.4897]);
		expect(unpackCollection(packed)).toEqual(input);
		expect(JSON.stringify(input)).toBe(before);
	});

	it('refuses what it cannot give back, naming the feature', () => {
		const nested = collection([
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'GeometryCollection', geometries: [] }
			}
		]);
		expect(() => packCollection(nested)).toThrow('feature 0: packed collections hold simple');
		const notANumber = collection([
			{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
			{
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'LineString',
					coordinates: [
						[0, 0],
						[Number.NaN, 1]
					]
				}
			}
		]);
		expect(() => packCollection(notANumber)).toThrow('feature 1: a coordinate is not a finite');
		const withAltitude = collection([
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'LineString', coordinates: [[0, 0, 3800], ...positions(1, 1)] }
			}
		]);
		expect(() => packCollection(withAltitude)).toThrow('feature 0: packed positions are');
		const boxed = collection([
			{
				type: 'Feature',
				bbox: [0, 0, 1, 1],
				properties: {},
				geometry: { type: 'Point', coordinates: [0, 0] }
			}
		]);
		expect(() => packCollection(boxed)).toThrow('feature 0: packing would drop its bbox');
		expect(() => packCollection({ ...collection([]), bbox: [0, 0, 1, 1] })).toThrow(
			'the collection: packing would drop its bbox'
		);
	});
});
