import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { geographicContext } from '../../src/lib/geo/context.ts';

type Located = { id: string; geometry: { coordinates: number[] } };

/** The nearest other blockade by comparing every pair, its distance unrounded. */
function nearestByEveryPair(b: Located, blockades: readonly Located[]) {
	return blockades
		.filter((o) => o !== b)
		.map((o) => ({
			id: o.id,
			km: distance(b.geometry.coordinates, o.geometry.coordinates, { units: 'kilometers' })
		}))
		.reduce((best, o) => (o.km < best.km ? o : best));
}

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
		expect(context.get('sacaba')!.nearest_city!.name).toBe('Cochabamba');
		expect(context.get('sacaba')!.nearest_city!.km).toBeCloseTo(12.9, 0);
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

describe('geographicContext at scale', () => {
	it('finds the same nearest blockade as a brute-force search, across cells and far apart', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const features = Array.from({ length: 400 }, (_, i) => ({
			id: `b${i}`,
			isBlockade: true,
			// Clustered near La Paz plus a few far away (Pando, Tarija) to exercise the ring search.
			geometry: {
				type: 'Point' as const,
				coordinates:
					i % 50 === 0
						? [-69 + random() * 12, -22 + random() * 12]
						: [-68.3 + random() * 0.6, -16.7 + random() * 0.6]
			}
		}));
		const context = geographicContext(features, []);
		for (const f of features) {
			let best = '';
			let bestKm = Infinity;
			for (const o of features) {
				if (o.id === f.id) continue;
				const [x1, y1] = f.geometry.coordinates;
				const [x2, y2] = o.geometry.coordinates;
				const r = Math.PI / 180;
				const a =
					Math.sin(((y2 - y1) * r) / 2) ** 2 +
					Math.cos(y1 * r) * Math.cos(y2 * r) * Math.sin(((x2 - x1) * r) / 2) ** 2;
				const km = 2 * 6371.0088 * Math.asin(Math.sqrt(a));
				if (km < bestKm) [best, bestKm] = [o.id, km];
			}
			expect(context.get(f.id)!.nearest_blockade).toEqual({
				id: best,
				km: Math.round(bestKm * 10) / 10
			});
			expect(context.get(f.id)!.nearest_city).toBeUndefined();
		}
	});
});

describe('geographicContext far apart', () => {
	it('finds the nearest of a few blockades countries apart, near a pole too', () => {
		// La Paz, Lima, Santiago, Ushuaia and Svalbard: few blockades spread over a continent
		// make big cells, and near a pole the distance bound alone never ends the search (this
		// took 90 s for three of them).
		const places: [number, number][] = [
			[-68.19, -16.5],
			[-77.04, -12.05],
			[-70.66, -33.45],
			[-68.3, -54.8],
			[15.6, 78.2]
		];
		const features = places.map((coordinates, i) => ({
			id: `b${i}`,
			isBlockade: true,
			geometry: { type: 'Point' as const, coordinates }
		}));
		const context = geographicContext(features, []);
		for (const f of features) {
			const nearest = nearestByEveryPair(f, features);
			expect(context.get(f.id)!.nearest_blockade).toEqual({
				id: nearest.id,
				km: Math.round(nearest.km * 10) / 10
			});
		}
	});
});

describe('geographicContext at density', () => {
	it('finds the same nearest blockade as comparing every pair, however dense the blockades', async () => {
		const { seededRandom } = await import('../../src/lib/pipeline/synthetic.ts');
		const random = seededRandom(3);
		for (const [count, spread] of [
			[40, 8],
			[3000, 0.5],
			[3000, 6]
		]) {
			const blockades = Array.from({ length: count }, (_, i) => ({
				id: `b${i}`,
				isBlockade: true,
				geometry: {
					type: 'Point' as const,
					coordinates: [-66 + random() * spread, -17 + random() * spread]
				}
			}));
			const context = geographicContext(blockades, []);
			for (const b of blockades.slice(0, 60)) {
				const best = nearestByEveryPair(b, blockades).km;
				expect(context.get(b.id)!.nearest_blockade!.km).toBe(Math.round(best * 10) / 10);
			}
		}
	});
});
