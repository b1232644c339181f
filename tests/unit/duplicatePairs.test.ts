import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidatePairs, checkDuplicates } from '../../src/lib/pipeline/crossChecks.ts';
import { issueLine } from '../../src/lib/pipeline/checkIssue.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';

const SOURCE = { url: 'https://example.org/r', title: 'R', publisher: 'P', date: '2019-11-19' };

function event(
	id: string,
	[lng, lat]: [number, number],
	day: string,
	{ radius = 1000, kind = 'march' }: { radius?: number; kind?: string } = {}
): EventFeature {
	return {
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [lng, lat] },
		properties: {
			id,
			kind,
			title: { es: id, en: id },
			description: { es: '.', en: '.' },
			date: { start: day, precision: 'day' },
			...(kind === 'blockade' ? { active_dates: [day] } : {}),
			place: { name: 'El Alto', alt_names: [] },
			location: { precision: 'locality', radius_m: radius, source: SOURCE },
			sources: [SOURCE]
		}
	} as unknown as EventFeature;
}

const dayOf = (n: number) => new Date(Date.UTC(2019, 0, 1 + n)).toISOString().slice(0, 10);

describe('candidatePairs', () => {
	it('finds exactly the pairs whose grown boxes and days overlap (any events)', () => {
		const arbitraryEvent = fc.record({
			lng: fc.double({ min: -68.3, max: -68.1, noNaN: true }),
			lat: fc.double({ min: -16.6, max: -16.4, noNaN: true }),
			day: fc.integer({ min: 0, max: 20 }),
			radius: fc.integer({ min: 0, max: 20_000 })
		});
		fc.assert(
			fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), (events) => {
				const features = events.map((e, i) =>
					event(`e${i}`, [e.lng, e.lat], dayOf(e.day), { radius: e.radius })
				);
				const found = [...candidatePairs(features)].map(([i, j]) => `${i}-${j}`).sort();
				const expected: string[] = [];
				for (let i = 0; i < events.length; i++)
					for (let j = i + 1; j < events.length; j++) {
						const [a, b] = [events[i], events[j]];
						const ra = a.radius / 111_320;
						const rb = b.radius / 111_320;
						const wa = Math.cos(((Math.abs(a.lat) + ra) * Math.PI) / 180);
						const wb = Math.cos(((Math.abs(b.lat) + rb) * Math.PI) / 180);
						const boxes =
							a.lng - ra / wa <= b.lng + rb / wb &&
							b.lng - rb / wb <= a.lng + ra / wa &&
							a.lat - ra <= b.lat + rb &&
							b.lat - rb <= a.lat + ra;
						if (boxes && a.day === b.day) expected.push(`${i}-${j}`);
					}
				expect(found).toEqual(expected.sort());
			})
		);
	});
});

describe('checkDuplicates at the scale of a city export', () => {
	it('checks 20,000 events at one point over a year, and finds the one blockade drawn twice', () => {
		const features = Array.from({ length: 20_000 }, (_, i) => ({
			file: 'city.geojson',
			feature: event(`e${i}`, [-68.2, -16.5], dayOf(i % 365))
		}));
		features.push(
			{
				file: 'city.geojson',
				feature: event('b1', [-68.2, -16.5], dayOf(400), { kind: 'blockade' })
			},
			{
				file: 'city.geojson',
				feature: event('b2', [-68.2001, -16.5], dayOf(400), { kind: 'blockade' })
			}
		);
		expect(checkDuplicates(features).map(issueLine)).toEqual([
			'city.geojson: feature b1: part_of: b2 is a blockade 0.0 km away on the same day: if it is the same blockade (or this one lies inside it) set part_of, else list it in distinct_from'
		]);
	});
});

describe('checkDuplicates pairs only events that could be one drawn twice', () => {
	it('gives the lines of a check of every pair', () => {
		let found = 0;
		const arbitraryEvent = fc.record({
			lng: fc.double({ min: -68.21, max: -68.19, noNaN: true }),
			day: fc.integer({ min: 0, max: 3 }),
			kind: fc.constantFrom('march', 'blockade', 'clash'),
			dead: fc.constantFrom(0, 0, 1, 2)
		});
		fc.assert(
			fc.property(fc.array(arbitraryEvent, { maxLength: 25 }), (events) => {
				const features = events.map((e, i) => {
					const feature = event(`e${i}`, [e.lng, -16.5], dayOf(e.day), { kind: e.kind });
					if (e.dead > 0)
						(feature.properties as { casualties?: unknown }).casualties = {
							dead: [{ value: e.dead, source: SOURCE.url }]
						};
					return { file: 'f.geojson', feature };
				});
				const lines = checkDuplicates(features);
				expect(lines).toEqual(checkDuplicates(features, { everyPair: true }));
				found += lines.length;
			}),
			{ numRuns: 200 }
		);
		// The cases hold look-alikes of both kinds, not only events that are never paired.
		expect(found).toBeGreaterThan(50);
	});
});
