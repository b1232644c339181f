import {
	Map as MapLibreMap,
	AttributionControl,
	NavigationControl,
	setWorkerUrl
} from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Bounds } from '../geo/bounds.ts';

export type MapStatus = 'loading' | 'ready' | 'unavailable';

export interface MapLifecycleOptions {
	style: StyleSpecification;
	/** An optional remote style; the embedded `style` replaces it if it fails to load. */
	remoteStyleUrl?: string;
	bounds: Bounds;
	onStatus: (status: MapStatus) => void;
}

/**
 * Creates the map inside `container` and returns its teardown. The only place that
 * creates or removes a MapLibre map; every `on` here has its `off` in the teardown.
 */
export function createMap(container: HTMLElement, options: MapLifecycleOptions): () => void {
	setWorkerUrl(workerUrl);
	let map: MapLibreMap;
	try {
		map = new MapLibreMap({
			container,
			style: options.remoteStyleUrl ?? options.style,
			bounds: options.bounds,
			fitBoundsOptions: { padding: 16 },
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			maxPitch: 0
		});
	} catch (error) {
		console.warn('Cabildo: the map could not be created', error);
		options.onStatus('unavailable');
		return () => {};
	}
	map.touchZoomRotate.disableRotation();
	map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

	let usingRemote = Boolean(options.remoteStyleUrl);
	const onError = () => {
		if (usingRemote && !map.isStyleLoaded()) {
			usingRemote = false;
			console.warn('Cabildo: the remote basemap failed to load; using the embedded one');
			map.setStyle(options.style);
		}
	};
	const onIdle = () => {
		container.dataset.mapIdle = 'true';
	};
	const onMove = () => {
		container.dataset.mapIdle = 'false';
	};
	const onLoad = () => options.onStatus('ready');
	map.on('error', onError);
	map.on('load', onLoad);
	map.on('idle', onIdle);
	map.on('movestart', onMove);
	window.cabildoMap = map;

	return () => {
		map.off('error', onError);
		map.off('load', onLoad);
		map.off('idle', onIdle);
		map.off('movestart', onMove);
		if (window.cabildoMap === map) delete window.cabildoMap;
		map.remove();
	};
}
