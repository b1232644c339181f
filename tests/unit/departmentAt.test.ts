import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { departmentAt } from '../../src/lib/geo/departmentAt.ts';
import { basemapData } from '../../src/lib/map/boundaries.ts';

const squares: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { iso_3166_2: 'XX-A' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 1],
						[0, 0]
					]
				]
			}
		},
		{
			type: 'Feature',
			properties: { iso_3166_2: 'XX-B' },
			geometry: {
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[2, 0],
							[3, 0],
							[3, 1],
							[2, 1],
							[2, 0]
						]
					]
				]
			}
		}
	]
};

describe('departmentAt', () => {
	it('finds the polygon or multipolygon under a point, and none outside', () => {
		expect(departmentAt([0.5, 0.5], squares)).toBe('XX-A');
		expect(departmentAt([2.5, 0.5], squares)).toBe('XX-B');
		expect(departmentAt([1.5, 0.5], squares)).toBeNull();
	});

	it('names the Bolivian departments of La Paz, Cochabamba and Santa Cruz', () => {
		expect(departmentAt([-68.15, -16.5], basemapData.departments)).toBe('BO-L');
		expect(departmentAt([-66.16, -17.39], basemapData.departments)).toBe('BO-C');
		expect(departmentAt([-63.18, -17.78], basemapData.departments)).toBe('BO-S');
		expect(departmentAt([-70.5, -16], basemapData.departments)).toBeNull();
	});

	it('does not change the outlines it is given', () => {
		const before = JSON.stringify(squares);
		departmentAt([0.5, 0.5], squares);
		expect(JSON.stringify(squares)).toBe(before);
	});
});
