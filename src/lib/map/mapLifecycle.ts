import {
	Map as MapLibreMap,
	AttributionControl,
	NavigationControl,
	ScaleControl,
	setWorkerUrl
} from 'maplibre-gl';
import type { ErrorEvent, MapMouseEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bounds } from '../geo/bounds.ts';
import type { View } from '../url/view.ts';
import { VIEW_LIMITS } from '../url/view.ts';

export type MapStatus = 'loading' | 'ready' | 'unavailable';

/** MapLibre's own interface strings (its controls' titles), from the message catalogue. */
export type MapUiStrings = Record<
	| 'NavigationControl.ZoomIn'
	| 'NavigationControl.ZoomOut'
	| 'NavigationControl.ResetBearing'
	| 'AttributionControl.ToggleAttribution'
	| 'Map.Title',
	string
>;

export function mapUiStrings(t: {
	mapZoomIn: string;
	mapZoomOut: string;
	mapResetBearing: string;
	mapToggleAttribution: string;
	mapTitle: string;
}): MapUiStrings {
	return {
		'NavigationControl.ZoomIn': t.mapZoomIn,
		'NavigationControl.ZoomOut': t.mapZoomOut,
		'NavigationControl.ResetBearing': t.mapResetBearing,
		'AttributionControl.ToggleAttribution': t.mapToggleAttribution,
		'Map.Title': t.mapTitle
	};
}

/**
 * The controls read their strings when they are added: when the language changes later, their
 * titles and labels are set again in place.
 */
export function relabelControls(map: MapLibreMap, strings: MapUiStrings): void {
	Object.assign(map._locale, strings);
	const container = map.getContainer();
	const label = (selector: string, text: string) => {
		for (const el of container.querySelectorAll<HTMLElement>(selector)) {
			el.title = text;
			el.setAttribute('aria-label', text);
		}
	};
	label('.maplibregl-ctrl-zoom-in', strings['NavigationControl.ZoomIn']);
	label('.maplibregl-ctrl-zoom-out', strings['NavigationControl.ZoomOut']);
	label('.maplibregl-ctrl-compass', strings['NavigationControl.ResetBearing']);
	label('.maplibregl-ctrl-attrib-button', strings['AttributionControl.ToggleAttribution']);
}

export interface MapLifecycleOptions {
	style: StyleSpecification;
	/** MapLibre's interface strings in the page's language. */
	uiStrings: MapUiStrings;
	/** An optional remote style; the embedded `style` replaces it if it fails to load. */
	remoteStyleUrl?: string;
	/** Where to open: a view from the URL, or else the bounds to fit. */
	initialView: View | null;
	bounds: Bounds;
	/** Called after every style load (also after a fallback): add sources and layers here. */
	onStyleLoad: (map: MapLibreMap) => void;
	onStatus: (status: MapStatus) => void;
	onMoveEnd: (view: View) => void;
	onClick: (event: MapMouseEvent) => void;
	/** Every change of zoom, also during a gesture (layers are added when the camera nears them). */
	onZoom?: (map: MapLibreMap) => void;
	/** Layers whose features the pointer can pick (for the hover cursor). */
	pickableLayers: () => string[];
}

export function viewOf(map: MapLibreMap): View {
	const center = map.getCenter();
	return {
		zoom: map.getZoom(),
		lat: center.lat,
		lng: center.lng,
		bearing: map.getBearing(),
		pitch: map.getPitch()
	};
}

/**
 * Creates the map inside `container` and returns its teardown. The only place that
 * creates or removes a MapLibre map; every `on` here has its `off` in the teardown.
 */
export function createMap(container: HTMLElement, options: MapLifecycleOptions): () => void {
	setWorkerUrl(workerUrl);
	const view = options.initialView;
	let map: MapLibreMap;
	try {
		map = new MapLibreMap({
			container,
			style: options.remoteStyleUrl ?? options.style,
			...(view
				? {
						center: [view.lng, view.lat],
						zoom: view.zoom,
						bearing: view.bearing,
						pitch: view.pitch
					}
				: { bounds: options.bounds, fitBoundsOptions: { padding: 16 } }),
			minZoom: VIEW_LIMITS.minZoom,
			maxZoom: VIEW_LIMITS.maxZoom,
			maxPitch: VIEW_LIMITS.maxPitch,
			attributionControl: false,
			// Names appear at once: a fade keeps the map from being drawn (idle) 300 ms longer.
			fadeDuration: 0,
			locale: options.uiStrings
		});
	} catch (error) {
		console.warn('Cabildo: the map could not be created', error);
		options.onStatus('unavailable');
		return () => {};
	}
	map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
	map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');

	let usingRemote = Boolean(options.remoteStyleUrl);
	const onError = (event: ErrorEvent) => {
		if (usingRemote && !map.isStyleLoaded()) {
			usingRemote = false;
			console.warn('Cabildo: the remote basemap failed to load; using the embedded one');
			map.setStyle(options.style);
			return;
		}
		// A listener stops MapLibre from logging errors itself: keep them visible.
		console.error('Cabildo map error:', event.error?.message ?? event);
	};
	const onStyleLoad = () => options.onStyleLoad(map);
	const onLoad = () => {
		options.onStatus('ready');
		options.onMoveEnd(viewOf(map));
	};
	const onMoveEnd = () => options.onMoveEnd(viewOf(map));
	const onClick = (event: MapMouseEvent) => options.onClick(event);
	const onZoom = () => options.onZoom?.(map);
	const onMouseMove = (event: MapMouseEvent) => {
		// Nothing of ours runs per frame while the map is dragged: the pointer is over whatever
		// moves under it, and the cursor is set again when the map stops.
		if (map.isMoving()) return;
		const layers = options.pickableLayers().filter((id) => map.getLayer(id));
		const hit = layers.length > 0 && map.queryRenderedFeatures(event.point, { layers }).length > 0;
		map.getCanvas().style.cursor = hit ? 'pointer' : '';
	};
	// Each listener is held by its subscription: every one added here is removed with the map.
	const subscriptions = [
		map.on('error', onError),
		map.on('style.load', onStyleLoad),
		map.on('load', onLoad),
		map.on('moveend', onMoveEnd),
		map.on('click', onClick),
		map.on('zoom', onZoom),
		map.on('mousemove', onMouseMove)
	];
	window.cabildoMap = map;

	return () => {
		for (const subscription of subscriptions) subscription.unsubscribe();
		if (window.cabildoMap === map) delete window.cabildoMap;
		map.remove();
	};
}
