import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
	DRAW_ORDER,
	SELECTION_COLOR,
	eventLayers,
	eventSources,
	eventSourcesData,
	layerIdsOfGroup,
	pickableLayerIds
} from '../../src/lib/map/eventLayers.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import { EVENT_LAYER_IDS, LAYER_COLORS } from '../../src/lib/domain/layers.ts';

const source = { url: 'https://example.org/a', title: 'A', publisher: 'Pub', date: null };

function feature(
	id: string,
	layer: PublicFeature['properties']['layer'],
	geometry: PublicFeature['geometry'],
	extra: Partial<PublicFeature['properties']> = {}
): PublicFeature {
	return {
		type: 'Feature',
		geometry,
		properties: {
			id,
			kind:
				layer === 'violence'
					? 'massacre'
					: layer === 'blockade-sections'
						? 'blockade-section'
						: 'blockade',
			layer,
			category: 'violence',
			department: 'BO-L',
			title: { es: `título ${id}`, en: `title ${id}` },
			description: { es: 'd', en: 'd' },
			date: { start: '2019-11-19', precision: 'day' },
			place: { name: 'X', alt_names: [] },
			location: { precision: 'exact', radius_m: 0, source },
			sources: [source],
			...extra
		}
	};
}

const massacre = feature(
	'm',
	'violence',
	{ type: 'Point', coordinates: [-68.17, -16.52] },
	{
		casualties: {
			dead: [
				{ value: 9, source: source.url },
				{ value: 11, source: source.url }
			],
			injured: [{ min: 30, source: source.url }]
		},
		location: { precision: 'approximate', radius_m: 12000, source }
	}
);
const section = feature('s', 'blockade-sections', {
	type: 'LineString',
	coordinates: [
		[-68.2, -16.6],
		[-67.1, -17.9]
	]
});

const PERIOD = { start: '2019-11-15', end: '2019-11-21' };

describe('eventSourcesData', () => {
	const data = eventSourcesData([massacre, section], PERIOD);

	it('puts points and lines in their own sources with flat style values', () => {
		expect(data.points.features).toHaveLength(1);
		expect(data.lines.features).toHaveLength(1);
		expect(data.points.features[0].properties).toMatchObject({
			id: 'm',
			layer: 'violence',
			dead: 9, // the most conservative figure
			injured: 30,
			approximate: true,
			title_en: 'title m'
		});
	});

	it('encodes the days each feature is active over the period', () => {
		expect(data.points.features[0].properties.days).toBe('0000100');
		const blockade = feature(
			'b',
			'blockade-points',
			{ type: 'Point', coordinates: [-66, -17] },
			{
				active_dates: ['2019-11-14', '2019-11-16', '2019-11-21'],
				date: { start: '2019-11-14', end: '2019-11-30', precision: 'day' }
			}
		);
		expect(eventSourcesData([blockade], PERIOD).points.features[0].properties.days).toBe('0100001');
		const ranged = feature(
			'r',
			'violence',
			{ type: 'Point', coordinates: [-66, -17] },
			{
				date: { start: '2019-11-20', end: '2019-11-23', precision: 'day' }
			}
		);
		expect(eventSourcesData([ranged], PERIOD).points.features[0].properties.days).toBe('0000011');
	});

	it('filters layers to the time window with a substring test', () => {
		const layer = eventLayers('es', { from: 2, to: 4 }).find((l) => l.id === 'violence:point')!;
		expect(JSON.stringify((layer as { filter: unknown }).filter)).toContain(
			'["in","1",["slice",["get","days"],2,5]]'
		);
		const all = eventLayers('es').find((l) => l.id === 'violence:point')!;
		expect(JSON.stringify((all as { filter: unknown }).filter)).not.toContain('slice');
	});

	it('draws an uncertainty circle of the stated radius around approximate points only', () => {
		expect(data.uncertainty.features).toHaveLength(1);
		const ring = data.uncertainty.features[0];
		expect(booleanPointInPolygon([-68.17, -16.52], ring)).toBe(true);
		// 11 km away is inside a 12 km circle, 13 km away is not (1° of latitude ≈ 111 km).
		expect(booleanPointInPolygon([-68.17, -16.52 - 11 / 111], ring)).toBe(true);
		expect(booleanPointInPolygon([-68.17, -16.52 - 13 / 111], ring)).toBe(false);
	});

	it('does not change the features it is given', () => {
		const before = JSON.stringify([massacre, section]);
		eventSourcesData([massacre, section], PERIOD);
		expect(JSON.stringify([massacre, section])).toBe(before);
	});
});

describe('eventLayers', () => {
	it('gives every group its own layers, coloured from the colour-blind-safe palette', () => {
		const layers = eventLayers('es');
		for (const group of EVENT_LAYER_IDS) {
			const ids = layerIdsOfGroup(group);
			expect(ids.length).toBeGreaterThanOrEqual(3);
			const point = layers.find((l) => l.id === `${group}:point`)!;
			expect(JSON.stringify(point)).toContain(LAYER_COLORS[group]);
		}
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
	});

	it('draws the gravest on top: violence above assemblies and blockades, massacres ringed', () => {
		expect([...DRAW_ORDER].sort()).toEqual([...EVENT_LAYER_IDS].sort());
		const ids = eventLayers('es').map((l) => l.id);
		const at = (id: string) => ids.indexOf(id);
		for (const group of EVENT_LAYER_IDS.filter((g) => g !== 'violence'))
			expect(at('violence:point')).toBeGreaterThan(at(`${group}:point`));
		// MapLibre places the labels of later layers first.
		expect(at('violence:label')).toBeGreaterThan(at('blockade-points:label'));
		const ring = eventLayers('es').find((l) => l.id === 'violence:massacre')!;
		expect(JSON.stringify((ring as { filter: unknown }).filter)).toContain('"massacre"');
		expect(at('violence:massacre')).toBeGreaterThan(at('blockade-points:point'));
	});

	it('fills only the selected event’s uncertainty area, and marks the selection in no legend colour', () => {
		const layers = eventLayers('es');
		const fills = layers.filter((l) => l.type === 'fill').map((l) => l.id);
		expect(fills).toEqual(['selected:uncertainty']);
		const selection = JSON.stringify(layers.find((l) => l.id === 'selected:point'));
		for (const color of Object.values(LAYER_COLORS)) expect(selection).not.toContain(color);
		expect(selection).toContain(SELECTION_COLOR);
	});

	it('sizes violence by deaths and outlines it by injured', () => {
		const point = eventLayers('es').find((l) => l.id === 'violence:point')!;
		const paint = JSON.stringify((point as { paint: unknown }).paint);
		expect(paint).toContain('"dead"');
		expect(paint).toContain('"injured"');
	});

	it('labels in the requested language, only once zoomed in', () => {
		for (const lang of ['es', 'en'] as const) {
			const labels = eventLayers(lang).filter((l) => l.id.endsWith(':label'));
			for (const label of labels) {
				expect(JSON.stringify(label)).toContain(`title_${lang}`);
				expect(label.minzoom).toBeGreaterThanOrEqual(6);
			}
		}
	});

	it('lets clicks pick points and lines, not rings or labels', () => {
		const ids = pickableLayerIds();
		expect(ids).toContain('violence:point');
		expect(ids).toContain('blockade-sections:line-approximate');
		expect(ids.some((id) => id.includes('uncertainty') || id.includes('label'))).toBe(false);
	});
});

describe('choropleth', async () => {
	const { classBreaks, choroplethColor, choroplethLayers } =
		await import('../../src/lib/map/choropleth.ts');
	const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');

	it('breaks few distinct values one class each, many by quantiles', () => {
		expect(classBreaks([0, 0, 3, 1, 3])).toEqual([1, 3]);
		expect(classBreaks([0, 0, 0])).toEqual([]);
		const many = classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(many).toHaveLength(4);
		expect([...many].sort((a, b) => a - b)).toEqual(many);
	});

	it('builds colour expressions MapLibre accepts, with and without breaks', () => {
		for (const breaks of [[], [1], [1, 4, 7, 26]]) {
			const style = {
				version: 8 as const,
				sources: {
					'department-areas': {
						type: 'geojson' as const,
						data: { type: 'FeatureCollection', features: [] }
					}
				},
				layers: choroplethLayers(breaks).map((l) =>
					l.type === 'fill' && l.id.endsWith('choropleth')
						? { ...l, paint: { ...l.paint, 'fill-color': choroplethColor(breaks) } }
						: l
				)
			};
			expect(validateStyleMin(style as never)).toEqual([]);
		}
	});
});

describe('event layers validate against the style spec', async () => {
	const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
	it.each([null, { from: 0, to: 3 }])('window %j', (window) => {
		const style = {
			version: 8 as const,
			sources: eventSources(eventSourcesData([massacre, section], PERIOD)),
			layers: eventLayers('en', window)
		};
		expect(validateStyleMin(style as never)).toEqual([]);
	});
});
