import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as gjv from 'geojson-validation';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

const dir = new URL('../../data/geojson/boundaries/', import.meta.url);
const read = <T extends FeatureCollection>(name: string) =>
	JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;

const departments = read<FeatureCollection<Polygon | MultiPolygon>>('departments.geojson');
const places = read<FeatureCollection<Point>>('places.geojson');

const ISO_CODES = ['BO-B', 'BO-C', 'BO-H', 'BO-L', 'BO-N', 'BO-O', 'BO-P', 'BO-S', 'BO-T'];

describe('the generated basemap (npm run data:boundaries)', () => {
	it('has exactly the nine departments, each with its ISO 3166-2 code and name', () => {
		expect(departments.features).toHaveLength(9);
		const codes = departments.features.map((f) => f.properties?.iso_3166_2).sort();
		expect(codes).toEqual(ISO_CODES);
		for (const f of departments.features) {
			expect(typeof f.properties?.name).toBe('string');
			expect(f.properties?.area_km2).toBeGreaterThan(10_000);
		}
	});

	it.each([
		'departments.geojson',
		'borders.geojson',
		'neighbours.geojson',
		'lakes.geojson',
		'places.geojson'
	])('%s is valid GeoJSON', (name) => {
		const errors = gjv.valid(read(name), true) as string[];
		expect(errors).toEqual([]);
	});

	it('keeps all departments under 150 KB', () => {
		expect(statSync(new URL('departments.geojson', dir)).size).toBeLessThan(150 * 1024);
	});

	it('puts each capital city inside its own department and no other', () => {
		const capitals = places.features.filter((p) => p.properties?.kind === 'capital');
		expect(capitals).toHaveLength(9);
		for (const department of departments.features) {
			const code = department.properties?.iso_3166_2;
			const capital = capitals.find((c) => c.properties?.capital_of === code);
			expect(capital, `capital of ${code}`).toBeDefined();
			for (const other of departments.features) {
				const inside = booleanPointInPolygon(capital!, other);
				expect(inside, `${capital!.properties?.name} in ${other.properties?.name}`).toBe(
					other === department
				);
			}
		}
	});

	it('areas add up to Bolivia’s size (about 1.1 million km²)', () => {
		const total = departments.features.reduce((sum, f) => sum + f.properties?.area_km2, 0);
		expect(total).toBeGreaterThan(1_050_000);
		expect(total).toBeLessThan(1_130_000);
	});

	it('labels the cities named in the source text, each with a source', () => {
		const names = places.features.map((p) => p.properties?.name);
		for (const city of [
			'La Paz',
			'El Alto',
			'Cochabamba',
			'Sacaba',
			'Oruro',
			'Huanuni',
			'Potosí',
			'Sucre',
			'Santa Cruz'
		]) {
			expect(names).toContain(city);
		}
		for (const p of places.features) expect(p.properties?.source).toBeTruthy();
	});
});
