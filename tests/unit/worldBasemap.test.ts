import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { MARGIN_DEGREES, worldBasemap } from '../../src/lib/server/worldBasemap.ts';

describe('worldBasemap', () => {
	const bbox: [number, number, number, number] = [-68.65, -22.04, -62.68, -10.51];
	const basemap = worldBasemap(bbox);
	const names = basemap.neighbours.features.map((f) => f.properties!.name as string);

	it('keeps the countries around the area, clipped to it plus a margin', () => {
		expect(names).toEqual(expect.arrayContaining(['Bolivia', 'Brazil', 'Chile', 'Peru']));
		for (const f of basemap.neighbours.features)
			for (const polygon of (f.geometry as MultiPolygon).coordinates)
				for (const [x, y] of polygon.flat()) {
					expect(x).toBeGreaterThanOrEqual(bbox[0] - MARGIN_DEGREES);
					expect(x).toBeLessThanOrEqual(bbox[2] + MARGIN_DEGREES);
					expect(y).toBeGreaterThanOrEqual(bbox[1] - MARGIN_DEGREES);
					expect(y).toBeLessThanOrEqual(bbox[3] + MARGIN_DEGREES);
				}
	});

	it('draws nothing of countries far away whose extent spans the globe (Fiji, Russia)', () => {
		expect(names).not.toContain('Fiji');
		expect(names).not.toContain('Russia');
	});
});
