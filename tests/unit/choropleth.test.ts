import { describe, expect, it } from 'vitest';
import { CHOROPLETH_COLORS, choroplethKey } from '../../src/lib/map/choropleth.ts';

describe('choroplethKey', () => {
	it('gives the exported image one entry per class, coloured as the map, named with the measure', () => {
		const key = choroplethKey([3, 10], 'Blockades', '0', (n) => String(n));
		expect(key).toEqual([
			{ color: CHOROPLETH_COLORS[0], label: 'Blockades: 0' },
			{ color: CHOROPLETH_COLORS[1], label: 'Blockades: ≥ 3' },
			{ color: CHOROPLETH_COLORS[2], label: 'Blockades: ≥ 10' }
		]);
		expect(choroplethKey([], 'Dead', '0', String)).toHaveLength(1);
	});
});
