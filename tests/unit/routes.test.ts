import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	routeLines,
	sectionRouteProblems,
	townPlace,
	type Route
} from '../../src/lib/geo/routes.ts';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDepartments, readGazetteer, readRoutes } from '../../src/lib/pipeline/readDataset.ts';
import type { LayerSpecification } from 'maplibre-gl';
import { basemapLayers } from '../../src/lib/map/basemap.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';
import { FIXTURE_SOURCE, fixtureDataset, fixtureMeta } from './fixtureMeta.ts';
import { validRecord } from './validRecord.ts';

const gazetteer = readGazetteer();
const routes = readRoutes();
const departments = readDepartments();

const ROUTE_1: Route = {
	ref: '1',
	name: { es: 'Ruta 1', en: 'Route 1' },
	towns: [
		{ name: 'El Alto', geonames: null },
		{ name: 'Patacamaya', geonames: 3908339 },
		{ name: 'Lahuachaca', geonames: 3912119 },
		{ name: 'Oruro', geonames: 3909234 }
	]
};
const towns = ROUTE_1.towns.map((t) => {
	const p = townPlace(ROUTE_1, t, gazetteer);
	return { name: t.name, position: [p.lng, p.lat] as [number, number] };
});
const [EL_ALTO, PATACAMAYA, LAHUACHACA, ORURO] = towns.map((t) => t.position);

describe('routeLines', () => {
	it('draws each road through its towns’ gazetteer points, in order', () => {
		const lines = routeLines([ROUTE_1], gazetteer);
		expect(lines.features).toHaveLength(1);
		expect(lines.features[0].properties).toEqual({
			ref: '1',
			name_es: 'Ruta 1',
			name_en: 'Route 1'
		});
		expect(lines.features[0].geometry.coordinates).toEqual([
			[-68.2, -16.5],
			[-67.92169, -17.2358],
			[-67.67501, -17.37054],
			[-67.15, -17.98333]
		]);
	});

	it('names the road and the town it cannot find, or a wrong id', () => {
		const wrong = { ...ROUTE_1, towns: [ROUTE_1.towns[0], { name: 'Atlantis', geonames: 1 }] };
		expect(() => routeLines([wrong], gazetteer)).toThrow(
			'routes.json: route 1: town "Atlantis" (1) is not in the gazetteer'
		);
		const swapped = { ...ROUTE_1, towns: [ROUTE_1.towns[0], { name: 'Oruro', geonames: 3908339 }] };
		expect(() => routeLines([swapped], gazetteer)).toThrow(
			'route 1: GeoNames 3908339 is "Patacamaya", not "Oruro"'
		);
	});

	it('does not change its input', () => {
		const frozen = Object.freeze(structuredClone(ROUTE_1));
		expect(() => routeLines([frozen], gazetteer)).not.toThrow();
	});

	it('the committed roads.geojson is the one routes.json and the gazetteer give', () => {
		const committed = JSON.parse(
			readFileSync('data/geojson/boundaries/roads.geojson', 'utf8')
		) as unknown;
		expect(committed).toEqual(routeLines(routes, gazetteer));
		// The roads that carried the blockades of 2019 are all there.
		expect(routeLines(routes, gazetteer).features.map((f) => f.properties.ref)).toEqual(
			expect.arrayContaining(['1', '2', '4', '7', '19'])
		);
	});
});

describe('sectionRouteProblems', () => {
	it('accepts a section through the road’s towns, either way along it', () => {
		expect(sectionRouteProblems([EL_ALTO, PATACAMAYA, LAHUACHACA, ORURO], towns)).toEqual([]);
		expect(sectionRouteProblems([ORURO, LAHUACHACA, PATACAMAYA, EL_ALTO], towns)).toEqual([]);
		// Ends off the gazetteer towns, near them.
		expect(
			sectionRouteProblems([[-68.16667, -16.51667], PATACAMAYA, LAHUACHACA, ORURO], towns)
		).toEqual([]);
	});

	it('refuses a straight line across the towns, and towns out of order', () => {
		expect(sectionRouteProblems([EL_ALTO, ORURO], towns)).toEqual([
			"passes Patacamaya, Lahuachaca without a vertex there (a straight line cuts across the road's towns)"
		]);
		expect(sectionRouteProblems([EL_ALTO, LAHUACHACA, PATACAMAYA, ORURO], towns)).toEqual([
			'visits El Alto, Lahuachaca, Patacamaya, Oruro, not in the road’s order'.replace('’', "'")
		]);
	});
});

describe('data:check holds road sections to their roads', () => {
	const section = (coordinates: [number, number][], route?: string) =>
		validRecord(
			{
				id: 'la-paz-oruro-2019-11-19',
				kind: 'blockade-section',
				active_dates: ['2019-11-19'],
				location: {
					precision: 'approximate',
					radius_m: 10000,
					source: FIXTURE_SOURCE,
					...(route ? { route } : {})
				}
			},
			{ type: 'LineString', coordinates }
		);
	const check = (feature: EventFeature) =>
		checkDataset(fixtureDataset([feature], fixtureMeta({ blockades_located: 1 })), departments, {
			gazetteer,
			routes
		}).problems;

	it('accepts a section through its road’s towns', () => {
		expect(check(section([EL_ALTO, PATACAMAYA, LAHUACHACA, ORURO], '1'))).toEqual([]);
	});

	it.each([
		[
			'a long straight line that names no road',
			section([EL_ALTO, ORURO]),
			'fixture/events.geojson: feature la-paz-oruro-2019-11-19: location.route: a road section of 199 km names no road'
		],
		[
			'a straight line on a named road',
			section([EL_ALTO, ORURO], '1'),
			'fixture/events.geojson: feature la-paz-oruro-2019-11-19: geometry: on road 1, the section passes Patacamaya, Lahuachaca without a vertex there'
		],
		[
			'a road that is not in routes.json',
			section([EL_ALTO, PATACAMAYA, LAHUACHACA, ORURO], '99'),
			'fixture/events.geojson: feature la-paz-oruro-2019-11-19: location.route: road 99 is not in data/gazetteer/routes.json'
		],
		[
			'a road number that is no number',
			section([EL_ALTO, PATACAMAYA, LAHUACHACA, ORURO], 'F-1'),
			'fixture/events.geojson: feature la-paz-oruro-2019-11-19: properties.location.route: is a road number'
		]
	])('refuses %s', (_, feature, problem) => {
		const problems = check(feature);
		expect(
			problems.some((p) => p.startsWith(problem)),
			problems.join('\n')
		).toBe(true);
	});
});

describe('the basemap’s roads', () => {
	it('are drawn from the regional view and labelled with their number', () => {
		const layers: LayerSpecification[] = basemapLayers(messages.es);
		const line = layers.find((l) => l.id === 'roads-line')!;
		const label = layers.find((l) => l.id === 'roads-label')!;
		expect(line.minzoom).toBeLessThanOrEqual(7);
		expect(label.minzoom).toBeLessThanOrEqual(7);
		expect(label.type === 'symbol' && label.layout?.['text-field']).toEqual(['get', 'ref']);
		// Under the places' names, so a town's name is never covered by a road's.
		expect(layers.indexOf(label)).toBeLessThan(layers.findIndex((l) => l.id === 'places-label'));
	});
});
