// Synthetic events are placed at random, but never on a town's centre, which data:check refuses
// for a site that does not name the town (pipeline/synthetic.ts, nearAnyPlace).
import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import {
	nearAnyPlace,
	randomPositionsInside,
	seededRandom
} from '../../src/lib/pipeline/synthetic.ts';
import { readDepartments, readGazetteer } from '../../src/lib/pipeline/readDataset.ts';
import { CENTRE_TOLERANCE_M } from '../../src/lib/pipeline/crossChecks.ts';

describe('nearAnyPlace', () => {
	const places = [
		{ lat: -16.5, lng: -68.15 },
		{ lat: -17.3895, lng: -66.1568 }
	];
	const near = nearAnyPlace(places, 300);

	it('says yes within the distance of a place, also across a grid cell, and no beyond it', () => {
		// About 220 m east of La Paz's point, in the next 0.01° cell.
		expect(near([-68.148, -16.5])).toBe(true);
		expect(near([-68.1465, -16.5])).toBe(false);
		expect(near([-66.1568, -17.392])).toBe(true);
		expect(near([-66.1568, -17.394])).toBe(false);
		expect(near([-60, -15])).toBe(false);
	});

	it('keeps random positions clear of every gazetteer centre', () => {
		const gazetteer = readGazetteer();
		const departments = readDepartments();
		// Positions drawn where the gazetteer is dense: around Cochabamba.
		const positions = randomPositionsInside(
			3000,
			departments,
			[-66.3, -17.5, -66.0, -17.3],
			seededRandom(3),
			nearAnyPlace(gazetteer, 2 * CENTRE_TOLERANCE_M)
		);
		expect(positions).toHaveLength(3000);
		const nearby = gazetteer.filter(
			(g) => g.lng > -66.4 && g.lng < -65.9 && g.lat > -17.6 && g.lat < -17.2
		);
		expect(nearby.length).toBeGreaterThanOrEqual(5);
		for (const p of positions)
			for (const g of nearby)
				expect(distance(p, [g.lng, g.lat], { units: 'meters' })).toBeGreaterThan(
					2 * CENTRE_TOLERANCE_M
				);
		// Without the exclusion, the same draw does come that close to some centre.
		const unguarded = randomPositionsInside(
			3000,
			departments,
			[-66.3, -17.5, -66.0, -17.3],
			seededRandom(3)
		);
		const close = unguarded.filter((p) =>
			nearby.some((g) => distance(p, [g.lng, g.lat], { units: 'meters' }) <= 2 * CENTRE_TOLERANCE_M)
		);
		expect(close.length).toBeGreaterThan(0);
	});
});
