// The map shared with whatever draws on it (as in MIERUNE/svelte-maplibre-gl): the MapLibre map
// once its style is loaded, and a helper for effects that must wait for it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('cabildo-map');

export class MapContext {
	map: MapLibreMap | null = $state.raw(null);
	/** Bumped on every style load, so that effects re-apply to fresh layers. */
	styleVersion = $state(0);

	/** The style (with Cabildo's sources and layers) has loaded, first or again. */
	styleLoaded(map: MapLibreMap): void {
		this.map = map;
		this.styleVersion += 1;
	}

	/**
	 * An effect (call it while a component initialises) that runs `apply` with the map once
	 * its style is loaded, and again when what `apply` reads changes or the style reloads.
	 */
	whenStyleLoaded(apply: (map: MapLibreMap) => void): void {
		$effect(() => {
			const map = this.map;
			if (!map || this.styleVersion === 0) return;
			apply(map);
		});
	}
}

export const setMapContext = (context: MapContext): MapContext => setContext(KEY, context);
export const getMapContext = (): MapContext => getContext<MapContext>(KEY);
