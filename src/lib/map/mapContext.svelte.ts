// The map shared with whatever draws on it (as in MIERUNE/svelte-maplibre-gl): the MapLibre map
// once its style is loaded, a helper for effects that must wait for it, and the events' renderer
// (one child component per delivery mode: GeojsonEvents, TiledEvents) that MapView composes.
import type { LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';

const KEY = Symbol('cabildo-map');

/** The events' layers by their place in the map's order (see layerPlan.ts layerOrder). */
export interface EventLayerParts {
	events: LayerSpecification[];
	clusters: LayerSpecification[];
	stacks: LayerSpecification[];
}

/** What a click on the events did: zoomed into a cluster, picked features, or nothing. */
export type EventClick = { zoomed: true } | { ids: string[] };

/** How the events reach the map, whatever their delivery: registered by the child per mode. */
export interface EventRenderer {
	/** The events' layers as the page's state would draw them now. */
	layers(): EventLayerParts;
	/** Adds the events' sources (on every style load; layers follow from the plan). */
	addSources(map: MapLibreMap): void;
	/** Layers whose features the pointer can pick (for the hover cursor). */
	pickable(): string[];
	/** A click on the map: a cluster zooms in; otherwise the features under the pointer. */
	click(map: MapLibreMap, event: MapMouseEvent): Promise<EventClick>;
	/** The zoom from which every point is drawn as its own (past its clusters), if clustered. */
	readonly unclusteredZoom?: number;
}

export class MapContext {
	map: MapLibreMap | null = $state.raw(null);
	/** Bumped on every style load, so that effects re-apply to fresh layers. */
	styleVersion = $state(0);
	/** The events' renderer (set once, by the child component of the dataset's delivery). */
	events: EventRenderer | null = null;
	/** Adds the layers of the plan that now draw something (set by MapView, which owns the plan). */
	addDueLayers: (map: MapLibreMap) => void = () => {};

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
