// The count badge on a place where several events stand at one point: no event is hidden under
// another without the map saying so. A click there opens the chooser. Pure: testable without WebGL.
import type {
	CircleLayerSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { pointStacks } from '../geo/pointStacks.ts';
import { perFeature, perFeatureAtAnyZoom } from './sharedPrograms.ts';
import { pointsInView, type DayWindow, type EventSourcesData } from './eventLayers.ts';

export const STACK_SOURCE = 'event-stacks';
export const STACK_LAYERS = { badge: 'stacks:badge', count: 'stacks:count' } as const;

export interface StackBadgeProperties {
	/** How many events shown now stand at this place. */
	count: number;
	/** Their ids, in data order. */
	ids: string;
}

/**
 * One badge per place where two or more of the shown events (visible layers, active in the
 * window) stand together, at the first of them. The input is not changed.
 */
export function stackBadges(
	points: EventSourcesData['points'],
	visibleLayers: readonly string[],
	window: DayWindow
): FeatureCollection<Point, StackBadgeProperties> {
	const shown = pointsInView(points, visibleLayers, window).features;
	const stacks = pointStacks(shown.map((f) => f.geometry.coordinates as [number, number]));
	return {
		type: 'FeatureCollection',
		features: stacks.map((members) => ({
			type: 'Feature',
			properties: {
				count: members.length,
				ids: members.map((i) => shown[i].properties.id).join(' ')
			},
			geometry: { type: 'Point', coordinates: [...shown[members[0]].geometry.coordinates] }
		}))
	};
}

export function stackSource(
	data: FeatureCollection<Point, StackBadgeProperties>
): GeoJSONSourceSpecification {
	return { type: 'geojson', data };
}

/** Up and right of the markers' centre, clear of a small marker, over a large one's edge. */
const BADGE_OFFSET_PX: [number, number] = [10, -10];
const BADGE_TEXT_SIZE = 11;

/**
 * A small dark disc with the count, drawn above every marker. `minzoom`: where a clustered
 * source stops merging points (its clusters already give counts below that).
 */
export function stackLayers(minzoom = 0): LayerSpecification[] {
	return [
		{
			id: STACK_LAYERS.badge,
			type: 'circle',
			source: STACK_SOURCE,
			minzoom,
			paint: {
				'circle-radius': perFeatureAtAnyZoom(7.5),
				'circle-color': perFeature('#1f1d1a'),
				'circle-stroke-color': perFeature('#ffffff'),
				'circle-stroke-width': perFeature(1.5),
				'circle-translate': BADGE_OFFSET_PX
			}
		} satisfies CircleLayerSpecification,
		{
			id: STACK_LAYERS.count,
			type: 'symbol',
			source: STACK_SOURCE,
			minzoom,
			layout: {
				'text-field': ['to-string', ['get', 'count']],
				'text-font': ['sans-serif'],
				'text-size': BADGE_TEXT_SIZE,
				'text-offset': [BADGE_OFFSET_PX[0] / BADGE_TEXT_SIZE, BADGE_OFFSET_PX[1] / BADGE_TEXT_SIZE],
				// Always drawn, placed after every name (its layer is below them) without moving one.
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': '#ffffff' }
		} satisfies SymbolLayerSpecification
	];
}
