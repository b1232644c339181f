// Region polygons a dataset brings (dataset.json `regions`, data:import --regions): read with one
// line for a file that cannot serve, matched and drawn by the data build.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	countryCode,
	readRegionPolygons,
	regionMapOf
} from '../../src/lib/pipeline/regionPolygons.ts';
import { matchRegions } from '../../src/lib/geo/regionMatch.ts';
import { tempFolder } from './tempFolder.ts';

const dir = tempFolder('regions');

const ring = (w: number, s: number) => [
	[w, s],
	[w + 0.5, s],
	[w + 0.5, s + 0.5],
	[w, s + 0.5],
	[w, s]
];
function file(name: string, json: unknown): string {
	writeFileSync(join(dir, name), JSON.stringify(json));
	return name;
}
const districts = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { NOMBRE: 'Distrito Uno' },
			geometry: { type: 'Polygon', coordinates: [ring(-68.2, -16.6)] }
		},
		{
			type: 'Feature',
			properties: { NOMBRE: 'Distrito Dos' },
			geometry: { type: 'MultiPolygon', coordinates: [[ring(-68.2, -16.0)]] }
		}
	]
};

describe('readRegionPolygons', () => {
	it('reads a file of polygons by the named property', () => {
		const polygons = readRegionPolygons(
			{ polygons: 'file', file: file('ok.geojson', districts), name_property: 'NOMBRE' },
			dir
		);
		expect(polygons.map((p) => p.name)).toEqual(['Distrito Uno', 'Distrito Dos']);
	});

	it('refuses, in one line naming the file, a file without polygons or without the property', () => {
		const points = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }
			]
		};
		const cases: [string, unknown, RegExp][] = [
			['points.geojson', points, /points\.geojson: regions: holds no Polygon/],
			['unnamed.geojson', districts, /unnamed\.geojson: regions: feature 1: has no "name"/],
			['list.geojson', [1, 2], /list\.geojson: regions: is not a GeoJSON FeatureCollection/]
		];
		for (const [name, json, message] of cases) {
			const read = () =>
				readRegionPolygons(
					{ polygons: 'file', file: file(name, json), name_property: 'name' },
					dir
				);
			expect(read).toThrow(message);
			try {
				read();
			} catch (error) {
				expect((error as Error).message.split('\n')).toHaveLength(1);
			}
		}
	});

	it("reads Natural Earth's admin-1 polygons of the countries named, and knows countries by name", () => {
		const chile = readRegionPolygons({ polygons: 'natural-earth-admin1', countries: ['CL'] }, dir);
		expect(chile.length).toBeGreaterThanOrEqual(15);
		expect(chile.map((p) => p.name)).toContain('Ñuble');
		expect(countryCode('Perú')).toBe('PE');
		expect(countryCode('bolivia')).toBe('BO');
		expect(countryCode('Atlantis')).toBeNull();
	});
});

describe('regionMapOf', () => {
	it('draws each matched region under its code and name, with its area, outline and label', () => {
		const polygons = readRegionPolygons(
			{ polygons: 'file', file: file('d.geojson', districts), name_property: 'NOMBRE' },
			dir
		);
		const match = matchRegions(
			[
				{ code: 'distrito-uno', name: 'DISTRITO UNO', points: [] },
				{ code: 'distrito-tres', name: 'Distrito Tres', points: [] }
			],
			polygons
		);
		const { map, areas } = regionMapOf(match, new Map([['distrito-uno', 'DISTRITO UNO']]));
		expect(match.unmatched.map((u) => u.name)).toEqual(['Distrito Tres']);
		expect(map.areas.features).toHaveLength(1);
		expect(map.areas.features[0].properties).toMatchObject({
			iso_3166_2: 'distrito-uno',
			name: 'DISTRITO UNO'
		});
		// Half a degree square near 16.5° S: about 55 km × 53 km.
		expect(areas.get('distrito-uno')).toBeGreaterThan(2700);
		expect(areas.get('distrito-uno')).toBeLessThan(3100);
		expect(map.labels.features[0].geometry).toEqual({
			type: 'Point',
			coordinates: [-67.95, -16.35]
		});
		expect(map.outlines.features[0].properties).toEqual({ kind: 'department' });
	});
});
