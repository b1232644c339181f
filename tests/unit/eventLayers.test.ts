import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { LayerSpecification } from 'maplibre-gl';
import {
	createPropertyExpression,
	featureFilter,
	latest,
	validateStyleMin
} from '@maplibre/maplibre-gl-style-spec';
import {
	firstViewPoints,
	pointsInView,
	DRAW_ORDER,
	EVENT_LAYERS,
	EVENT_SOURCES,
	PICKABLE_LAYERS,
	SELECTION_COLOR,
	SELECTION_LAYERS,
	clusterLayers,
	eventLayers,
	eventSources,
	eventSourcesData,
	type ShownEvents
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
			title_en: 'title m'
		});
		// An approximate point has its ring; only a line is styled by its precision (dashed).
		expect(data.points.features[0].properties).not.toHaveProperty('approximate');
		expect(data.uncertainty.features.map((f) => f.properties.id)).toEqual(['m']);
		expect(data.lines.features[0].properties).toHaveProperty('approximate');
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

	it('filters the layers to the time window and the toggled-on layers', () => {
		const day = (d: number) => '0'.repeat(d) + '1' + '0'.repeat(6 - d);
		const shows = (shown: ShownEvents, properties: Record<string, unknown>) =>
			passes(layerOf(eventLayers('es', shown), EVENT_LAYERS.point), 10, properties);
		const all = { visible: EVENT_LAYER_IDS, window: null };
		expect(shows(all, { layer: 'violence', days: day(5) })).toBe(true);
		const window = { visible: EVENT_LAYER_IDS, window: { from: 2, to: 4 } };
		expect(shows(window, { layer: 'violence', days: day(5) })).toBe(false);
		expect(shows(window, { layer: 'violence', days: day(4) })).toBe(true);
		expect(shows(window, { layer: 'violence', days: day(2) })).toBe(true);
		expect(shows(window, { layer: 'violence', days: day(1) })).toBe(false);
		const noViolence = { visible: ['assembly', 'departments'], window: null };
		expect(shows(noViolence, { layer: 'violence', days: day(5) })).toBe(false);
		expect(shows(noViolence, { layer: 'assembly', days: day(5) })).toBe(true);
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

/** The layer with this id. */
function layerOf(layers: readonly LayerSpecification[], id: string) {
	const layer = layers.find((l) => l.id === id);
	if (!layer) throw new Error(`no layer ${id}`);
	return layer;
}

/** Whether the layer's filter lets a feature with these properties through at this zoom. */
function passes(layer: LayerSpecification, zoom: number, properties: Record<string, unknown>) {
	const filter = 'filter' in layer ? layer.filter : undefined;
	return featureFilter(filter as never, `layers.${layer.id}.filter`).filter(
		{ zoom } as never,
		{ type: 1, properties } as never
	);
}

/** A paint or layout property evaluated, as MapLibre would, for a feature at a zoom. */
function evaluated(
	layer: LayerSpecification,
	property: string,
	zoom: number,
	properties: Record<string, unknown>
): unknown {
	const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
	const layout = (layer as { layout?: Record<string, unknown> }).layout ?? {};
	const inPaint = property in paint;
	const value = inPaint ? paint[property] : layout[property];
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[
		`${inPaint ? 'paint' : 'layout'}_${layer.type}`
	][property];
	const parsed = createPropertyExpression(value, `layers.${layer.id}.${property}`, spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return (parsed.value as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(
		{ zoom },
		{ type: 1, properties }
	);
}

const ALL: ShownEvents = { visible: EVENT_LAYER_IDS, window: null };
const props = (layer: string, extra: Record<string, unknown> = {}) => ({
	layer,
	kind: 'x',
	dead: 0,
	injured: 0,
	approximate: false,
	days: '1',
	title_es: 'es',
	title_en: 'en',
	...extra
});

describe('eventLayers', () => {
	it('draws every group in one layer per geometry role, coloured from the palette', () => {
		const layers = eventLayers('es', ALL);
		expect(layers.map((l) => l.id)).toEqual([
			SELECTION_LAYERS.area,
			EVENT_LAYERS.uncertainty,
			EVENT_LAYERS.line,
			EVENT_LAYERS.point,
			EVENT_LAYERS.massacre,
			EVENT_LAYERS.lineLabel,
			EVENT_LAYERS.pointLabel,
			SELECTION_LAYERS.line,
			SELECTION_LAYERS.point
		]);
		const point = layerOf(layers, EVENT_LAYERS.point);
		for (const group of EVENT_LAYER_IDS)
			expect(String(evaluated(point, 'circle-color', 5, props(group)))).toBe(
				String(
					evaluated(
						{
							id: 'x',
							type: 'circle',
							source: 's',
							paint: { 'circle-color': LAYER_COLORS[group] }
						},
						'circle-color',
						5,
						{}
					)
				)
			);
	});

	it('draws the gravest on top and names it first: violence over assemblies and blockades', () => {
		expect([...DRAW_ORDER].sort()).toEqual([...EVENT_LAYER_IDS].sort());
		const layers = eventLayers('es', ALL);
		const point = layerOf(layers, EVENT_LAYERS.point);
		const label = layerOf(layers, EVENT_LAYERS.pointLabel);
		const sortKey = (group: string, dead = 0) =>
			evaluated(point, 'circle-sort-key', 9, props(group, { dead })) as number;
		const placeKey = (group: string, dead = 0) =>
			evaluated(label, 'symbol-sort-key', 9, props(group, { dead })) as number;
		for (const group of EVENT_LAYER_IDS.filter((g) => g !== 'violence')) {
			// Drawn later (on top) with a higher circle key; placed earlier with a lower symbol key.
			expect(sortKey('violence')).toBeGreaterThan(sortKey(group, 50));
			expect(placeKey('violence')).toBeLessThan(placeKey(group, 50));
		}
		expect(sortKey('violence', 10)).toBeGreaterThan(sortKey('violence', 2));
		const line = layerOf(layers, EVENT_LAYERS.line);
		const lineKey = (group: string) => evaluated(line, 'line-sort-key', 9, props(group)) as number;
		expect(lineKey('marches')).toBeGreaterThan(lineKey('blockade-sections'));
	});

	it('rings massacres only, above the markers', () => {
		const layers = eventLayers('es', ALL);
		const ring = layerOf(layers, EVENT_LAYERS.massacre);
		expect(passes(ring, 5, props('violence', { kind: 'massacre' }))).toBe(true);
		expect(passes(ring, 5, props('violence', { kind: 'clash' }))).toBe(false);
		const ids = layers.map((l) => l.id);
		expect(ids.indexOf(EVENT_LAYERS.massacre)).toBeGreaterThan(ids.indexOf(EVENT_LAYERS.point));
	});

	it('dashes approximate lines only', () => {
		const line = layerOf(eventLayers('es', ALL), EVENT_LAYERS.line);
		const dash = (approximate: boolean) =>
			JSON.stringify(
				evaluated(line, 'line-dasharray', 9, props('blockade-sections', { approximate }))
			);
		expect(dash(true)).toBe('[1.5,1]');
		// Solid: one long dash with no gap (sharedPrograms.ts).
		expect(dash(false)).toBe('[64,0]');
		// A round cap adds half the line's width at each end of a dash: the gaps would close.
		expect(evaluated(line, 'line-cap', 9, props('blockade-sections'))).toBe('butt');
	});

	it('fills only the selected event’s uncertainty area, and marks the selection in no legend colour', () => {
		const layers = eventLayers('es', ALL, 'm');
		const fills = layers.filter((l) => l.type === 'fill').map((l) => l.id);
		expect(fills).toEqual([SELECTION_LAYERS.area]);
		const selection = layerOf(layers, SELECTION_LAYERS.point);
		expect(passes(selection, 5, props('violence', { id: 'm' }))).toBe(true);
		expect(passes(selection, 5, props('violence', { id: 'n' }))).toBe(false);
		for (const color of Object.values(LAYER_COLORS))
			expect(JSON.stringify(selection)).not.toContain(color);
		expect(JSON.stringify(selection)).toContain(SELECTION_COLOR);
	});

	it('sizes violence by deaths and outlines it by injured; other points keep one size', () => {
		const point = layerOf(eventLayers('es', ALL), EVENT_LAYERS.point);
		const radius = (group: string, dead: number) =>
			evaluated(point, 'circle-radius', 8, props(group, { dead })) as number;
		expect(radius('violence', 25)).toBeGreaterThan(radius('violence', 1));
		expect(radius('assembly', 25)).toBe(radius('assembly', 0));
		const outline = (injured: number) =>
			evaluated(point, 'circle-stroke-width', 8, props('violence', { injured })) as number;
		expect(outline(100)).toBeGreaterThan(outline(0));
	});

	it('labels in the requested language: violence from zoom 6.5, the rest from zoom 8', () => {
		for (const lang of ['es', 'en'] as const) {
			const layers = eventLayers(lang, ALL);
			const label = layerOf(layers, EVENT_LAYERS.pointLabel);
			expect(evaluated(label, 'text-field', 9, props('violence')) + '').toBe(lang);
			expect(label.minzoom).toBe(6.5);
			expect(passes(label, 7, props('violence'))).toBe(true);
			expect(passes(label, 7, props('assembly'))).toBe(false);
			expect(passes(label, 8, props('assembly'))).toBe(true);
			expect(layerOf(layers, EVENT_LAYERS.lineLabel).minzoom).toBe(8);
		}
	});

	it('lets clicks pick points and lines, not rings or labels', () => {
		expect([...PICKABLE_LAYERS].sort()).toEqual([EVENT_LAYERS.line, EVENT_LAYERS.point].sort());
	});
});

describe('choropleth', async () => {
	const { choroplethColor, choroplethLayers } = await import('../../src/lib/map/choropleth.ts');
	const { classBreaks, CHOROPLETH_CLASSES } = await import('../../src/lib/geo/classBreaks.ts');
	const { CHOROPLETH_COLORS } = await import('../../src/lib/map/choropleth.ts');

	it('has a colour for each class the breaks make', () => {
		expect(CHOROPLETH_COLORS).toHaveLength(CHOROPLETH_CLASSES);
	});
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

describe('event layers validate against the style spec', () => {
	it.each([null, { from: 0, to: 3 }])('window %j', (window) => {
		const style = {
			version: 8 as const,
			sources: eventSources(eventSourcesData([massacre, section], PERIOD)),
			layers: eventLayers('en', { visible: ['violence'], window }, 'm')
		};
		expect(validateStyleMin(style as never)).toEqual([]);
	});
});

describe('firstViewPoints: what a fetched dataset’s map first draws', () => {
	/** The feature properties an expression reads (`['get', name]`), at any depth. */
	const propertiesRead = (value: unknown, into = new Set<string>()): Set<string> => {
		if (Array.isArray(value)) {
			if (value[0] === 'get' && typeof value[1] === 'string') into.add(value[1]);
			for (const item of value) propertiesRead(item, into);
		} else if (value && typeof value === 'object')
			for (const item of Object.values(value)) propertiesRead(item, into);
		return into;
	};
	/** What the layers drawing the points source read, with every layer shown and `window`. */
	const readByPointLayers = (window: { from: number; to: number } | null) => {
		const onPoints = [
			...eventLayers('en', { visible: EVENT_LAYER_IDS, window }, 'm'),
			...clusterLayers()
		]
			.filter((l) => 'source' in l && l.source === EVENT_SOURCES.points)
			.map((l) => ({ filter: 'filter' in l ? l.filter : null, layout: l.layout, paint: l.paint }));
		const clusterSums = eventSources(eventSourcesData([], PERIOD), { cluster: true })[
			EVENT_SOURCES.points
		].clusterProperties;
		// What a cluster makes of its points, not what a point carries.
		const ofClusters = ['point_count', 'point_count_abbreviated'];
		return [...propertiesRead([onPoints, clusterSums])].filter((p) => !ofClusters.includes(p));
	};
	const blockade = feature('b', 'blockade-points', { type: 'Point', coordinates: [-66, -17] });
	const points = eventSourcesData([massacre, blockade], PERIOD).points;

	it('carries what the point layers read, but the names (labels start at zoom 6.5)', () => {
		const names = ['title_es', 'title_en'];
		for (const window of [null, { from: 0, to: 3 }]) {
			const read = readByPointLayers(window);
			expect(read).toContain('title_en');
			const first = firstViewPoints(points, window).features;
			expect(first).toHaveLength(points.features.length);
			// Exactly what the layers read there: a property more is copied for nothing.
			const wanted = read.filter((p) => !names.includes(p)).sort();
			for (const f of first) expect(Object.keys(f.properties).sort()).toEqual(wanted);
		}
	});

	it('gives the whole points only what a layer reads of them, in either language', () => {
		const readInSpanish = [
			...eventLayers('es', { visible: EVENT_LAYER_IDS, window: { from: 0, to: 3 } }, 'm')
		].filter((l) => 'source' in l && l.source === EVENT_SOURCES.points);
		const read = new Set([
			...readByPointLayers({ from: 0, to: 3 }),
			...propertiesRead(readInSpanish.map((l) => [l.layout, l.paint, 'filter' in l && l.filter]))
		]);
		for (const f of points.features)
			for (const key of Object.keys(f.properties)) expect(read, key).toContain(key);
	});

	it('holds the points in view: all of them as they are, or those of shown layers and days', () => {
		const before = structuredClone(points);
		expect(pointsInView(points, EVENT_LAYER_IDS, null)).toBe(points);
		const noBlockades = EVENT_LAYER_IDS.filter((id) => id !== 'blockade-points');
		expect(pointsInView(points, noBlockades, null).features.map((f) => f.properties.id)).toEqual([
			'm'
		]);
		const massacreDay = points.features[0].properties.days.indexOf('1');
		const window = { from: massacreDay, to: massacreDay };
		expect(
			pointsInView(points, EVENT_LAYER_IDS, window).features.map((f) => f.properties.id)
		).toContain('m');
		expect(pointsInView(points, EVENT_LAYER_IDS, { from: 9999, to: 9999 }).features).toEqual([]);
		expect(points).toEqual(before);
	});

	it('leaves out the days unless a window reads them, and keeps each point where it is', () => {
		expect(readByPointLayers({ from: 0, to: 3 })).toContain('days');
		const before = structuredClone(points);
		const whole = firstViewPoints(points, null).features;
		const windowed = firstViewPoints(points, { from: 0, to: 3 }).features;
		whole.forEach((f, i) => {
			expect(f.properties).not.toHaveProperty('days');
			expect(windowed[i].properties.days).toBe(points.features[i].properties.days);
			expect(f.geometry).toEqual(points.features[i].geometry);
			expect(f.properties.id).toBe(points.features[i].properties.id);
		});
		expect(points).toEqual(before);
	});
});
