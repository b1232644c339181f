import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SAME_PLACE_M, pointStacks } from '../../src/lib/geo/pointStacks.ts';
import { stackBadges, stackLayers, STACK_LAYERS } from '../../src/lib/map/stackBadges.ts';
import { eventSourcesData } from '../../src/lib/map/eventLayers.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';

const SENKATA: [number, number] = [-68.2, -16.5452];
/** A point `metres` east of `at`. */
const east = ([lng, lat]: [number, number], metres: number): [number, number] => [
	lng + metres / (111_320 * Math.cos((lat * Math.PI) / 180)),
	lat
];

describe('pointStacks', () => {
	it('groups points at one place, and only groups of two or more', () => {
		const positions = [SENKATA, east(SENKATA, 30), [-66.16, -17.39] as [number, number], SENKATA];
		expect(pointStacks(positions)).toEqual([[0, 1, 3]]);
	});

	it('joins a chain of close points, and keeps points farther than the tolerance apart', () => {
		const chain = [SENKATA, east(SENKATA, 50), east(SENKATA, 100)];
		expect(pointStacks(chain)).toEqual([[0, 1, 2]]);
		expect(pointStacks([SENKATA, east(SENKATA, SAME_PLACE_M + 5)])).toEqual([]);
		expect(pointStacks([SENKATA, east(SENKATA, SAME_PLACE_M - 5)])).toEqual([[0, 1]]);
	});

	it('finds close points east and west far from the equator too', () => {
		const north: [number, number] = [10, 69];
		expect(pointStacks([north, east(north, 55)])).toEqual([[0, 1]]);
	});

	it('agrees with comparing every pair (any points)', () => {
		const position = fc.tuple(
			fc.double({ min: -68.21, max: -68.19, noNaN: true }),
			fc.double({ min: -16.551, max: -16.54, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(position, { maxLength: 25 }), (positions) => {
				const stacks = pointStacks(positions);
				const groupOf = new Map<number, number>();
				stacks.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
				for (let i = 0; i < positions.length; i++)
					for (let j = i + 1; j < positions.length; j++) {
						const [a, b] = [positions[i], positions[j]];
						const dx = (a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
						const metres = Math.hypot(dx, a[1] - b[1]) * 111_320;
						// Two points this close are always in one stack.
						if (metres < SAME_PLACE_M) {
							expect(groupOf.get(i)).toBeDefined();
							expect(groupOf.get(i)).toBe(groupOf.get(j));
						}
					}
			})
		);
	});

	it('does not modify its input', () => {
		const positions = Object.freeze([
			Object.freeze([...SENKATA]) as [number, number],
			Object.freeze([...SENKATA]) as [number, number]
		]);
		expect(pointStacks(positions)).toEqual([[0, 1]]);
	});
});

function pointFeature(
	id: string,
	layer: string,
	coordinates: [number, number],
	start: string,
	end?: string
): PublicFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates },
		properties: {
			id,
			kind: layer === 'violence' ? 'massacre' : 'blockade',
			layer,
			title: { es: id, en: id },
			date: { start, end },
			location: { precision: 'exact', radius_m: 0 }
		}
	} as unknown as PublicFeature;
}

describe('stackBadges', () => {
	const period = { start: '2019-11-15', end: '2019-11-25' };
	const data = eventSourcesData(
		[
			pointFeature('plant-blockade', 'blockade-points', SENKATA, '2019-11-16', '2019-11-24'),
			pointFeature('massacre', 'violence', SENKATA, '2019-11-19'),
			pointFeature('assembly', 'assembly', east(SENKATA, 20), '2019-11-20'),
			pointFeature('elsewhere', 'violence', [-66.16, -17.39], '2019-11-19')
		],
		period
	);
	const all = ['blockade-points', 'violence', 'assembly'];

	it('counts the shown events at each shared place', () => {
		const badges = stackBadges(data.points, all, null);
		expect(badges.features).toHaveLength(1);
		expect(badges.features[0].properties).toEqual({
			count: 3,
			ids: 'plant-blockade massacre assembly'
		});
		expect(badges.features[0].geometry.coordinates).toEqual(SENKATA);
	});

	it('follows the time window and the layer toggles', () => {
		// 19 November: the blockade and the massacre; the assembly came the next day.
		const day19 = { from: 4, to: 4 };
		expect(stackBadges(data.points, all, day19).features[0].properties.count).toBe(2);
		// Blockades hidden: one event left there, no badge.
		expect(stackBadges(data.points, ['violence', 'assembly'], day19).features).toEqual([]);
		// 25 November: nothing there.
		expect(stackBadges(data.points, all, { from: 10, to: 10 }).features).toEqual([]);
	});

	it('does not modify the points', () => {
		const before = JSON.stringify(data.points);
		stackBadges(data.points, all, null);
		expect(JSON.stringify(data.points)).toBe(before);
	});

	it('draws a disc with the count, above clusters only where they stop merging', () => {
		const [badge, count] = stackLayers(12);
		expect(badge.id).toBe(STACK_LAYERS.badge);
		expect(count.type === 'symbol' && count.layout?.['text-allow-overlap']).toBe(true);
		expect(badge.minzoom).toBe(12);
		expect(stackLayers()[0].minzoom).toBe(0);
	});
});
