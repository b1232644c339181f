import { describe, expect, it } from 'vitest';
import { sortRegionRows, type RowOrder } from '../../src/lib/geo/regionRowOrder.ts';

// Regions in name order, as the data build writes them: Chuquisaca, Cochabamba, El Beni, La Paz.
const NAME_ORDER = ['BO-H', 'BO-C', 'BO-B', 'BO-L'];
const ROWS = [
	{ code: 'BO-L', dead: 10 },
	{ code: 'unknown', dead: 3 },
	{ code: 'BO-B', dead: 0 },
	{ code: 'BO-C', dead: 10 },
	{ code: 'BO-H', dead: 0 }
];

describe('sortRegionRows', () => {
	it.each<[RowOrder, string[]]>([
		[{ by: 'name', descending: false }, ['BO-H', 'BO-C', 'BO-B', 'BO-L', 'unknown']],
		// "Region unknown" stays last, the other way round too.
		[{ by: 'name', descending: true }, ['BO-L', 'BO-B', 'BO-C', 'BO-H', 'unknown']],
		// Ties (10 and 10, 0 and 0) in name order.
		[{ by: 'value', descending: true }, ['BO-C', 'BO-L', 'unknown', 'BO-H', 'BO-B']],
		[{ by: 'value', descending: false }, ['BO-H', 'BO-B', 'unknown', 'BO-C', 'BO-L']]
	])('%o gives %o', (order, codes) => {
		const before = structuredClone(ROWS);
		const sorted = sortRegionRows(ROWS, NAME_ORDER, order, (row) => row.dead);
		expect(sorted.map((r) => r.code)).toEqual(codes);
		expect(ROWS).toEqual(before);
	});

	it('puts a tie with "region unknown" after the named region', () => {
		const rows = [
			{ code: 'unknown', dead: 2 },
			{ code: 'BO-L', dead: 2 }
		];
		const order: RowOrder = { by: 'value', descending: true };
		expect(sortRegionRows(rows, NAME_ORDER, order, (r) => r.dead).map((r) => r.code)).toEqual([
			'BO-L',
			'unknown'
		]);
	});
});
