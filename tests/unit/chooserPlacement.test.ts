import { describe, expect, it } from 'vitest';
import { chooserPlacement } from '../../src/lib/ui/chooserPlacement.ts';

const AREA = { width: 900, height: 800 };
const inside = (p: ReturnType<typeof chooserPlacement>) =>
	p.left >= 0 && p.left + 320 <= AREA.width && p.top >= 0 && p.top + p.maxHeight <= AREA.height;

describe('chooserPlacement', () => {
	it.each([
		['the middle', { x: 450, y: 300 }],
		['the left edge', { x: 5, y: 300 }],
		['the right edge', { x: 895, y: 300 }],
		['the bottom', { x: 450, y: 790 }],
		['a bottom corner', { x: 890, y: 795 }],
		['the top', { x: 450, y: 2 }]
	])('stays inside the map from %s', (_, point) => {
		expect(inside(chooserPlacement(point, AREA))).toBe(true);
	});

	it('opens below a high point and above a low one', () => {
		expect(chooserPlacement({ x: 450, y: 100 }, AREA).top).toBeGreaterThan(100);
		const low = chooserPlacement({ x: 450, y: 700 }, AREA);
		expect(low.top + low.maxHeight).toBeLessThanOrEqual(700);
	});
});
