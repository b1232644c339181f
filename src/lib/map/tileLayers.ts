// The layers of a tiled dataset (data/tiledData.ts): one vector source read from the PMTiles
// archive, clusters drawn and counted from their per-layer counts (so the toggles recount them
// without new tiles), single points coloured by layer in one data-driven layer, and the
// selection ring. Pure: typed style data, testable without WebGL.
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FilterSpecification,
	SymbolLayerSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import { EVENT_LAYER_IDS, LAYER_COLORS, type LayerId } from '../domain/layers.ts';
import {
	TILE_MAX_ZOOM,
	TILE_SOURCE_LAYER,
	layerCountProperty,
	type TiledData
} from '../data/tiledData.ts';
import { CLUSTER_CIRCLE_PAINT, type DayWindow } from './eventLayers.ts';
import { perFeature, perFeatureAtAnyZoom, perFeatureByZoom } from './sharedPrograms.ts';

export const TILE_SOURCE = 'event-tiles';
export const TILE_LAYERS = {
	clusters: 'tiles:clusters',
	clusterCount: 'tiles:cluster-count',
	points: 'tiles:points',
	selected: 'tiles:selected'
} as const;

export const tileSource = (tiled: TiledData): VectorSourceSpecification => ({
	type: 'vector',
	url: tiled.tilesUrl,
	// Past the archive's deepest zoom MapLibre draws its tiles larger (every point is there).
	maxzoom: TILE_MAX_ZOOM
});

const isCluster: ExpressionSpecification = ['has', 'point_count'];

/** A cluster's events in the visible layers (the tiles carry `n:<layer>` counts). */
export function visibleClusterCount(visible: readonly LayerId[]): ExpressionSpecification {
	const terms: ExpressionSpecification[] = EVENT_LAYER_IDS.filter((l) => visible.includes(l)).map(
		// Tiles without a layer's count (none of its events there) count it as none.
		(l) => ['coalesce', ['get', layerCountProperty(l)], 0]
	);
	if (terms.length === 0) return ['literal', 0] as unknown as ExpressionSpecification;
	return terms.length === 1 ? terms[0] : ['+', ...terms];
}

export function clusterFilter(visible: readonly LayerId[]): FilterSpecification {
	return ['all', isCluster, ['>', visibleClusterCount(visible), 0]];
}

/** Single points of visible layers whose days meet the window (first/last: period offsets). */
export function pointFilter(visible: readonly LayerId[], window: DayWindow): FilterSpecification {
	const layers = EVENT_LAYER_IDS.filter((l) => visible.includes(l));
	const filter: ExpressionSpecification[] = [
		['!', isCluster],
		['in', ['get', 'layer'], ['literal', layers]]
	];
	if (window)
		filter.push(['<=', ['get', 'first'], window.to], ['>=', ['get', 'last'], window.from]);
	return ['all', ...filter];
}

export const tileSelectionFilter = (id: string | null): FilterSpecification => [
	'all',
	['!', isCluster],
	['==', ['get', 'id'], id ?? '']
];

/** Cluster label: the visible count, and the dead (of every layer) when there are any. */
export function clusterCountText(visible: readonly LayerId[]): ExpressionSpecification {
	const count = ['to-string', visibleClusterCount(visible)] as ExpressionSpecification;
	return [
		'case',
		['>', ['get', 'dead'], 0],
		['concat', count, '\n†', ['to-string', ['get', 'dead']]],
		count
	];
}

export function tileLayers(
	visible: readonly LayerId[],
	window: DayWindow,
	selected: string | null
): (CircleLayerSpecification | SymbolLayerSpecification)[] {
	const common = { source: TILE_SOURCE, 'source-layer': TILE_SOURCE_LAYER } as const;
	return [
		{
			id: TILE_LAYERS.clusters,
			type: 'circle',
			...common,
			filter: clusterFilter(visible),
			paint: CLUSTER_CIRCLE_PAINT
		} satisfies CircleLayerSpecification,
		{
			id: TILE_LAYERS.clusterCount,
			type: 'symbol',
			...common,
			filter: clusterFilter(visible),
			layout: {
				'text-field': clusterCountText(visible),
				'text-font': ['sans-serif'],
				'text-size': 11,
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#ffffff' }
		} satisfies SymbolLayerSpecification,
		{
			id: TILE_LAYERS.points,
			type: 'circle',
			...common,
			filter: pointFilter(visible, window),
			paint: {
				'circle-color': [
					'match',
					['get', 'layer'],
					...EVENT_LAYER_IDS.flatMap((l) => [l, LAYER_COLORS[l]]),
					'#4a463f'
				] as unknown as ExpressionSpecification,
				'circle-radius': perFeatureByZoom([6, 3], [12, 6]),
				'circle-stroke-color': perFeature('#ffffff'),
				'circle-stroke-width': perFeature(1)
			}
		} satisfies CircleLayerSpecification,
		{
			id: TILE_LAYERS.selected,
			type: 'circle',
			...common,
			filter: tileSelectionFilter(selected),
			paint: {
				'circle-radius': perFeatureAtAnyZoom(11),
				'circle-color': perFeature('rgba(0,0,0,0)'),
				'circle-stroke-color': perFeature('#111111'),
				'circle-stroke-width': perFeature(3)
			}
		} satisfies CircleLayerSpecification
	];
}
