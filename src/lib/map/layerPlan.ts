// Which style layers the map holds, and where. Every layer has its place in one bottom-to-top
// order, but is added only when it can draw something: a layer with a `minzoom` when the camera
// nears it, the selection's layers once something is selected, the choropleth once a measure is
// chosen. The first view then costs MapLibre only what it draws. Pure: testable without WebGL.
import type { LayerSpecification } from 'maplibre-gl';
import { SELECTION_LAYERS } from './eventLayers.ts';
import { CHOROPLETH_LAYER, DEPARTMENT_SELECTED_LAYER } from './choropleth.ts';

/** What decides whether a conditional layer draws anything. */
export interface LayerNeeds {
	zoom: number;
	/** An event is selected. */
	event: boolean;
	/** A department is selected. */
	department: boolean;
	/** The choropleth shows a measure. */
	choropleth: boolean;
}

type Condition = 'event' | 'department' | 'choropleth';

const CONDITIONS: Readonly<Record<string, Condition>> = {
	[SELECTION_LAYERS.area]: 'event',
	[SELECTION_LAYERS.line]: 'event',
	[SELECTION_LAYERS.point]: 'event',
	[CHOROPLETH_LAYER]: 'choropleth',
	[DEPARTMENT_SELECTED_LAYER]: 'department'
};

/** The basemap's names: drawn above the events and placed before their labels. */
export const BASEMAP_NAME_LAYERS: readonly string[] = [
	'places-dot',
	'places-label',
	'departments-label'
];

/** A layer is added this far below its minzoom, so that its tiles are laid out when it shows. */
export const AHEAD_ZOOM = 0.5;

/**
 * Every layer the map can hold, bottom to top: the basemap's fills and lines, the department
 * areas, the events' markers, clusters and count badges, the events' labels, the basemap's
 * names (placed first: MapLibre places the labels of higher layers first), the selection.
 */
export function layerOrder(parts: {
	basemap: readonly LayerSpecification[];
	areas: readonly LayerSpecification[];
	events: readonly LayerSpecification[];
	clusters?: readonly LayerSpecification[];
	stacks?: readonly LayerSpecification[];
}): LayerSpecification[] {
	const names = parts.basemap.filter((l) => BASEMAP_NAME_LAYERS.includes(l.id));
	const ground = parts.basemap.filter((l) => !BASEMAP_NAME_LAYERS.includes(l.id));
	const onTop: string[] = [SELECTION_LAYERS.line, SELECTION_LAYERS.point];
	const top = parts.events.filter((l) => onTop.includes(l.id));
	const labels = parts.events.filter((l) => l.type === 'symbol' && !onTop.includes(l.id));
	const markers = parts.events.filter((l) => l.type !== 'symbol' && !onTop.includes(l.id));
	return [
		...ground,
		...parts.areas,
		...markers,
		...(parts.clusters ?? []),
		...(parts.stacks ?? []),
		...labels,
		...names,
		...top
	];
}

/** Whether a layer draws anything now (once added, a layer stays). */
export function isDue(layer: LayerSpecification, needs: LayerNeeds): boolean {
	const condition = CONDITIONS[layer.id];
	if (condition && !needs[condition]) return false;
	return layer.minzoom === undefined || needs.zoom >= layer.minzoom - AHEAD_ZOOM;
}

/** What the plan asks of the map. */
export interface MapLayers {
	hasLayer: (id: string) => boolean;
	hasSource: (id: string) => boolean;
}

/**
 * Whether the plan can ever add a layer to this map: it needs its source there (a remote
 * basemap has none of ours), and a layer without a source (the background) only comes with
 * the style.
 */
function addable(layer: LayerSpecification, map: MapLayers): boolean {
	return 'source' in layer && typeof layer.source === 'string' && map.hasSource(layer.source);
}

export interface LayerAddition {
	layer: LayerSpecification;
	/** The layer it goes under: the next one in the order that the map holds. */
	beforeId?: string;
}

/** The layers to add, bottom to top, each under the next layer of the order the map holds. */
export function layersToAdd(
	order: readonly LayerSpecification[],
	map: MapLayers,
	needs: LayerNeeds
): LayerAddition[] {
	const additions: LayerAddition[] = [];
	order.forEach((layer, index) => {
		if (map.hasLayer(layer.id) || !isDue(layer, needs) || !addable(layer, map)) return;
		const above = order.slice(index + 1).find((l) => map.hasLayer(l.id));
		additions.push({ layer, beforeId: above?.id });
	});
	return additions;
}

/**
 * The zoom at which the next layer with a minzoom becomes due (Infinity: none is left). Only
 * layers the plan can add, and that wait for nothing but the zoom, count: the zoom handler
 * stops looking once they are all there.
 */
export function nextDueZoom(order: readonly LayerSpecification[], map: MapLayers): number {
	let zoom = Infinity;
	for (const layer of order)
		if (
			layer.minzoom !== undefined &&
			!CONDITIONS[layer.id] &&
			!map.hasLayer(layer.id) &&
			addable(layer, map)
		)
			zoom = Math.min(zoom, layer.minzoom - AHEAD_ZOOM);
	return zoom;
}
