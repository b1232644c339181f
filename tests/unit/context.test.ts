import { describe, expect, it } from 'vitest';
import { geographicContext } from '../../src/lib/geo/context.ts';

const cities = [
	{ name: 'Cochabamba', position: [-66.16, -17.38] },
	{ name: 'Oruro', position: [-67.09, -17.97] }
];

describe('geographicContext', () => {
	const context = geographicContext(
		[
			{
				id: 'sacaba',
				isBlockade: false,
				geometry: { type: 'Point', coordinates: [-66.04, -17.4] }
			},
			{
				id: 'parotani',
				isBlockade: true,
				geometry: { type: 'Point', coordinates: [-66.35, -17.57] }
			},
			{
				id: 'confital',
				isBlockade: true,
				geometry: { type: 'Point', coordinates: [-66.65, -17.82] }
			},
			{
				id: 'section',
				isBlockade: true,
				geometry: {
					type: 'LineString',
					coordinates: [
						[-67.0, -17.0],
						[-67.09, -17.5],
						[-67.09, -17.9]
					]
				}
			}
		],
		cities
	);

	it('finds the nearest city and its straight-line distance', () => {
		// Sacaba–Cochabamba: 0.12° of longitude and 0.02° of latitude at 17°S ≈ 12.9 km.
		expect(context.get('sacaba')!.nearest_city.name).toBe('Cochabamba');
		expect(context.get('sacaba')!.nearest_city.km).toBeCloseTo(12.9, 0);
		// For a line, the distance to its nearest part: the section ends 0.07° north of Oruro ≈ 7.8 km.
		expect(context.get('section')!.nearest_city).toEqual({
			name: 'Oruro',
			km: expect.closeTo(7.8, 0)
		});
	});

	it('gives blockades their nearest other blockade, not themselves', () => {
		expect(context.get('parotani')!.nearest_blockade!.id).toBe('confital');
		expect(context.get('confital')!.nearest_blockade!.id).toBe('parotani');
		expect(context.get('sacaba')!.nearest_blockade).toBeUndefined();
	});
});
