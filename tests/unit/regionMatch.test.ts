import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { comparableName, matchRegions, type RegionPolygon } from '../../src/lib/geo/regionMatch.ts';

const square = (west: number, south: number, size = 1): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[west + size, south],
			[west + size, south + size],
			[west, south + size],
			[west, south]
		]
	]
});
const polygon = (name: string, geometry: Polygon, aliases: string[] = []): RegionPolygon => ({
	name,
	aliases: [name, ...aliases],
	geometry
});

describe('comparableName', () => {
	it('sets accents, case, punctuation and spacing aside', () => {
		expect(comparableName('  Región  Metropolitana-de Santiago ')).toBe(
			'region metropolitana de santiago'
		);
		expect(comparableName('ÑUBLE')).toBe(comparableName('nuble'));
		expect(comparableName("Libertador General Bernardo O'Higgins")).toBe(
			'libertador general bernardo o higgins'
		);
	});
});

describe('matchRegions', () => {
	const polygons = [
		polygon('Potosí', square(-67, -21)),
		polygon('Región Metropolitana de Santiago', square(-71, -34)),
		polygon('Bío-Bío', square(-73, -38), ['Biobío']),
		polygon('La Paz', square(-69, -17)),
		polygon('La Paz', square(-88, 14))
	];

	it('matches names whatever their accents and case, by alias, and by leading whole words', () => {
		const { matched, unmatched } = matchRegions(
			[
				{ code: 'potosi', name: 'POTOSI', points: [] },
				{ code: 'rm', name: 'Region Metropolitana', points: [] },
				{ code: 'biobio', name: 'Biobio', points: [] }
			],
			polygons
		);
		expect(unmatched).toEqual([]);
		expect(matched.get('potosi')?.name).toBe('Potosí');
		expect(matched.get('rm')?.name).toBe('Región Metropolitana de Santiago');
		expect(matched.get('biobio')?.name).toBe('Bío-Bío');
	});

	it('does not match a name that is only part of a word', () => {
		const { matched } = matchRegions([{ code: 'pot', name: 'Pot', points: [] }], polygons);
		expect(matched.has('pot')).toBe(false);
	});

	it('does not match by an alias that only names a kind of region (Callao\'s "Region")', () => {
		const { matched, unmatched } = matchRegions(
			[{ code: 'ri', name: 'Región Inventada', points: [] }],
			[...polygons, polygon('Callao', square(-77.2, -12.1), ['Region'])]
		);
		expect(matched.has('ri')).toBe(false);
		expect(unmatched.map((u) => u.name)).toEqual(['Región Inventada']);
	});

	it('gives a name two polygons answer to the one holding its events', () => {
		const inHonduras = matchRegions(
			[{ code: 'la-paz', name: 'La Paz', points: [[-87.5, 14.5]] }],
			polygons
		);
		expect(inHonduras.matched.get('la-paz')?.geometry).toBe(polygons[4].geometry);
		const inBolivia = matchRegions(
			[{ code: 'la-paz', name: 'La Paz', points: [[-68.5, -16.5]] }],
			polygons
		);
		expect(inBolivia.matched.get('la-paz')?.geometry).toBe(polygons[3].geometry);
	});

	it('reports an unmatched name with the nearest names there are', () => {
		const { matched, unmatched } = matchRegions(
			[{ code: 'potosy', name: 'Potosy', points: [] }],
			polygons
		);
		expect(matched.size).toBe(0);
		expect(unmatched).toHaveLength(1);
		expect(unmatched[0].name).toBe('Potosy');
		expect(unmatched[0].nearest[0]).toBe('Potosí');
		// Each name once (the two La Paz polygons are one name), at most three.
		expect(new Set(unmatched[0].nearest).size).toBe(unmatched[0].nearest.length);
		expect(unmatched[0].nearest).toHaveLength(3);
	});

	it('does not modify its input', () => {
		const regions = [{ code: 'potosi', name: 'Potosí', points: [[-66.5, -20.5]] }];
		const before = JSON.stringify([regions, polygons]);
		matchRegions(regions, polygons);
		expect(JSON.stringify([regions, polygons])).toBe(before);
	});
});
