import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';

// A stand-in for MapLibre's Map: records handlers and calls, so the lifecycle's decisions can be
// checked without WebGL.
const made: FakeMap[] = [];
class FakeMap {
	handlers = new Map<string, Set<(event?: unknown) => void>>();
	styles: unknown[] = [];
	removed = false;
	styleLoaded = false;
	moving = false;
	queries = 0;
	canvasStyle = { cursor: '' };
	constructor(public options: { style: unknown }) {
		this.styles.push(options.style);
		made.push(this);
	}
	on(type: string, fn: (event?: unknown) => void) {
		if (!this.handlers.has(type)) this.handlers.set(type, new Set());
		this.handlers.get(type)!.add(fn);
		return { unsubscribe: () => this.off(type, fn) };
	}
	off(type: string, fn: (event?: unknown) => void) {
		this.handlers.get(type)?.delete(fn);
	}
	emit(type: string, event?: unknown) {
		for (const fn of this.handlers.get(type) ?? []) fn(event);
	}
	listenerCount() {
		return [...this.handlers.values()].reduce((n, set) => n + set.size, 0);
	}
	isStyleLoaded() {
		return this.styleLoaded;
	}
	isMoving() {
		return this.moving;
	}
	getLayer() {
		return {};
	}
	queryRenderedFeatures() {
		this.queries++;
		return [{}];
	}
	setStyle(style: unknown) {
		this.styles.push(style);
	}
	addControl() {}
	getCanvas() {
		return { style: this.canvasStyle };
	}
	getCenter() {
		return { lat: -17, lng: -65 };
	}
	getZoom() {
		return 5;
	}
	getBearing() {
		return 0;
	}
	getPitch() {
		return 0;
	}
	remove() {
		this.removed = true;
	}
}
class Control {}
vi.mock('maplibre-gl', () => ({
	Map: FakeMap,
	AttributionControl: Control,
	NavigationControl: Control,
	ScaleControl: Control,
	setWorkerUrl: () => {}
}));
vi.mock('maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url', () => ({ default: '/worker.js' }));

const { createMap, mapUiStrings } = await import('../../src/lib/map/mapLifecycle.ts');
const { messages } = await import('../../src/lib/i18n/messages.ts');

const EMBEDDED = { version: 8, sources: {}, layers: [] } as StyleSpecification;

function open(remoteStyleUrl?: string) {
	const statuses: string[] = [];
	const styleLoads: number[] = [];
	const teardown = createMap({} as HTMLElement, {
		style: EMBEDDED,
		uiStrings: mapUiStrings(messages.es),
		remoteStyleUrl,
		initialView: null,
		bounds: [-69.7, -23, -57.4, -9.6],
		onStyleLoad: () => styleLoads.push(1),
		onStatus: (s) => statuses.push(s),
		onMoveEnd: () => {},
		onClick: () => {},
		pickableLayers: () => ['violence:point']
	});
	return { map: made.at(-1)!, statuses, styleLoads, teardown };
}

describe('createMap', () => {
	beforeEach(() => {
		made.length = 0;
		vi.stubGlobal('window', {});
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.spyOn(console, 'error').mockImplementation(() => {});
	});

	it('falls back to the embedded basemap when the remote style cannot be loaded', () => {
		const { map, styleLoads, statuses } = open('https://tiles.example.org/style.json');
		expect(map.styles).toEqual(['https://tiles.example.org/style.json']);
		map.emit('error', { error: new Error('Failed to fetch') });
		expect(map.styles).toEqual(['https://tiles.example.org/style.json', EMBEDDED]);
		// The embedded style then loads: layers are added and the map reports ready.
		map.styleLoaded = true;
		map.emit('style.load');
		map.emit('load');
		expect(styleLoads).toHaveLength(1);
		expect(statuses).toEqual(['ready']);
		// Later errors (a tile, a source) do not switch styles again.
		map.emit('error', { error: new Error('tile') });
		expect(map.styles).toHaveLength(2);
	});

	it('uses the embedded basemap directly when no remote style is set', () => {
		const { map } = open();
		expect(map.styles).toEqual([EMBEDDED]);
		map.emit('error', { error: new Error('something') });
		expect(map.styles).toEqual([EMBEDDED]);
	});

	it('pairs every listener with its removal and removes the map on teardown', () => {
		const { map, teardown } = open('https://tiles.example.org/style.json');
		expect(map.listenerCount()).toBeGreaterThan(0);
		teardown();
		expect(map.listenerCount()).toBe(0);
		expect(map.removed).toBe(true);
	});

	it('runs no hover query while the map is dragged, and shows the pointer over a feature after', () => {
		const { map } = open();
		map.moving = true;
		for (let i = 0; i < 20; i++) map.emit('mousemove', { point: { x: i, y: i } });
		expect(map.queries).toBe(0);
		map.moving = false;
		map.emit('mousemove', { point: { x: 1, y: 1 } });
		expect(map.queries).toBe(1);
		expect(map.canvasStyle.cursor).toBe('pointer');
	});
});

describe("MapLibre's interface strings", () => {
	it('come from the message catalogue, in each language, with no English on the Spanish map', () => {
		const es = mapUiStrings(messages.es);
		const en = mapUiStrings(messages.en);
		expect(Object.keys(es)).toEqual(Object.keys(en));
		for (const key of Object.keys(es) as (keyof typeof es)[]) {
			expect(es[key].length).toBeGreaterThan(0);
			expect(es[key]).not.toBe(en[key]);
		}
		expect(en['NavigationControl.ZoomIn']).toBe('Zoom in');
		expect(es['NavigationControl.ZoomIn']).toBe('Acercar');
	});
});
