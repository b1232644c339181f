import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import {
	AHEAD_ZOOM,
	isDue,
	layerOrder,
	layersToAdd,
	nextDueZoom
} from '../../src/lib/map/layerPlan.ts';
import { basemapLayers, basemapStyle } from '../../src/lib/map/basemap.ts';
import { basemapData } from '../../src/lib/map/boundaries.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { EVENT_LAYERS, SELECTION_LAYERS, eventLayers } from '../../src/lib/map/eventLayers.ts';
import { CHOROPLETH_LAYER, choroplethLayers } from '../../src/lib/map/choropleth.ts';
import { stackLayers } from '../../src/lib/map/stackBadges.ts';
import { EVENT_LAYER_IDS } from '../../src/lib/domain/layers.ts';

const NOTHING_CHOSEN = { event: false, department: false, choropleth: false };

function fullOrder(selected: string | null = null) {
	return layerOrder({
		basemap: basemapLayers(messages.es),
		areas: choroplethLayers([], null),
		events: eventLayers('es', { visible: EVENT_LAYER_IDS, window: null }, selected),
		stacks: stackLayers()
	});
}

/** A map that holds some layers in order, and adds as MapLibre does (under `beforeId`). */
function fakeMap(initial: string[], sources: string[]) {
	const layers = [...initial];
	return {
		layers,
		hasLayer: (id: string) => layers.includes(id),
		hasSource: (id: string) => sources.includes(id),
		add(layer: LayerSpecification, beforeId?: string) {
			if (beforeId === undefined) layers.push(layer.id);
			else layers.splice(layers.indexOf(beforeId), 0, layer.id);
		}
	};
}

const SOURCES = [
	...Object.keys(basemapStyle(basemapData, messages.es).sources),
	'department-areas',
	'event-points',
	'event-lines',
	'event-uncertainty',
	'event-stacks'
];

function sync(map: ReturnType<typeof fakeMap>, order: LayerSpecification[], needs: object) {
	for (const { layer, beforeId } of layersToAdd(order, map, {
		...NOTHING_CHOSEN,
		...needs
	} as never))
		map.add(layer, beforeId);
}

describe('the map’s layer plan', () => {
	const initial = basemapStyle(basemapData, messages.es).layers.map((l) => l.id);

	it('draws the national view with at most 15 layers, none of them hidden', () => {
		const map = fakeMap(initial, SOURCES);
		sync(map, fullOrder(), { zoom: 5 });
		expect(map.layers.length).toBeLessThanOrEqual(15);
		for (const id of [
			...Object.values(SELECTION_LAYERS),
			CHOROPLETH_LAYER,
			EVENT_LAYERS.pointLabel,
			'roads-line'
		])
			expect(map.layers).not.toContain(id);
		expect(map.layers).toContain(EVENT_LAYERS.point);
	});

	it('adds each layer in its place in the order, whatever order they come due in', () => {
		const order = fullOrder('x');
		const map = fakeMap(initial, SOURCES);
		sync(map, order, { zoom: 5 });
		sync(map, order, { zoom: 5, event: true });
		sync(map, order, { zoom: 9 });
		sync(map, order, { zoom: 9, choropleth: true, department: true });
		expect(map.layers).toEqual(order.map((l) => l.id));
	});

	it('adds a layer just before the camera reaches its minzoom, and says when the next one is due', () => {
		const order = fullOrder();
		const map = fakeMap(initial, SOURCES);
		sync(map, order, { zoom: 5 });
		const next = nextDueZoom(order, map);
		expect(next).toBe(6 - AHEAD_ZOOM); // the lake's name
		sync(map, order, { zoom: next - 0.01 });
		expect(map.layers).not.toContain('lakes-label');
		sync(map, order, { zoom: next });
		expect(map.layers).toContain('lakes-label');
		sync(map, order, { zoom: 20 });
		expect(nextDueZoom(order, map)).toBe(Infinity);
	});

	it('leaves out layers whose source the map lacks (a remote basemap)', () => {
		const map = fakeMap(
			['remote-water', 'remote-roads'],
			SOURCES.filter((s) => s.startsWith('event-'))
		);
		sync(map, fullOrder(), { zoom: 9 });
		expect(map.layers.slice(0, 2)).toEqual(['remote-water', 'remote-roads']);
		expect(map.layers).toContain(EVENT_LAYERS.point);
		expect(map.layers).not.toContain('places-label');
		expect(map.layers).not.toContain('background');
	});

	it('puts the names above the events and the selection on top', () => {
		const ids = fullOrder().map((l) => l.id);
		const at = (id: string) => ids.indexOf(id);
		expect(at('places-label')).toBeGreaterThan(at(EVENT_LAYERS.pointLabel));
		expect(at('stacks:badge')).toBeLessThan(at(EVENT_LAYERS.pointLabel));
		expect(at(SELECTION_LAYERS.point)).toBe(ids.length - 1);
		expect(at(CHOROPLETH_LAYER)).toBeLessThan(at(EVENT_LAYERS.uncertainty));
		expect(isDue(fullOrder()[at(SELECTION_LAYERS.point)], { zoom: 5, ...NOTHING_CHOSEN })).toBe(
			false
		);
	});
});
