import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonPath, type Projection } from '../../src/lib/map/staticMap.ts';

const identity: Projection = { width: 100, height: 100, project: ([x, y]) => [x, y] };
const ring = (...points: Position[]): Polygon => ({ type: 'Polygon', coordinates: [points] });

/** The absolute points of a path of `M x,y l dx,dy …Z` rings. */
function absolutePoints(path: string): number[][][] {
	return [...path.matchAll(/M([^l]+)l([^Z]*)Z/g)].map(([, start, steps]) => {
		const points = [start.split(',').map(Number)];
		for (const step of steps.trim().split(' ')) {
			const [dx, dy] = step.split(',').map(Number);
			const [px, py] = points[points.length - 1];
			points.push([Math.round((px + dx) * 10) / 10, Math.round((py + dy) * 10) / 10]);
		}
		return points;
	});
}

describe('a static map path', () => {
	it('starts each ring where it is and steps from point to point in tenths of a pixel', () => {
		const path = polygonPath(
			ring([10.04, 20.26], [30.5, 20.26], [30.5, 0.9], [10.04, 20.26]),
			identity
		);
		expect(path).toBe('M10,20.3l20.5,0 0,-19.4 -20.5,19.4Z');
		const rounded = ring([10, 20.3], [30.5, 20.3], [30.5, 0.9], [10, 20.3]);
		expect(absolutePoints(path)).toEqual(rounded.coordinates);
	});

	it('drops points closer than the step it is given, and rings left with fewer than three', () => {
		const kept = ring([0, 0], [0.2, 0.1], [5, 0], [5, 5], [0, 0]).coordinates;
		const tiny = ring([50, 50], [50.1, 50], [50, 50.1]).coordinates;
		const path = polygonPath({ type: 'MultiPolygon', coordinates: [kept, tiny] }, identity, 1);
		expect(absolutePoints(path)).toEqual(ring([0, 0], [5, 0], [5, 5], [0, 0]).coordinates);
		expect(path).toBe('M0,0l5,0 0,5 -5,-5Z');
	});

	it('writes fractions without their leading zero', () => {
		const path = polygonPath(ring([0.5, 0.5], [2, 0.5], [2, 2], [0.5, 0.5]), identity);
		expect(path).toBe('M.5,.5l1.5,0 0,1.5 -1.5,-1.5Z');
	});
});
