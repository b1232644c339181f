// Map sources and layer specs for the dataset's features. Pure functions: testable without WebGL.
import circle from '@turf/circle';
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { PublicFeature } from '../data/publicData.ts';
import { conservativeFigure } from '../data/figures.ts';
import type { Lang } from '../i18n/messages.ts';
// Which layers draw events, and their colours, come from the layer table.
import { LAYER_COLORS, type EventLayerId, type LayerId } from '../domain/layers.ts';
import { dayNumber } from '../geo/days.ts';

export const EVENT_SOURCES = {
	points: 'event-points',
	lines: 'event-lines',
	uncertainty: 'event-uncertainty'
} as const;

/** What each drawn feature carries: flat values that style expressions can read. */
export interface MapFeatureProperties {
	id: string;
	kind: string;
	layer: LayerId;
	title_es: string;
	title_en: string;
	/** Most conservative figures across sources (0 when none is reported). */
	dead: number;
	injured: number;
	detained: number;
	approximate: boolean;
	radius_m: number;
	/**
	 * One character per day of the dataset's period, '1' where the feature is active (blockades:
	 * the days they were reported). A time filter is then a substring test on the layer.
	 */
	days: string;
}

/** Day-by-day activity of a feature over the period, as a string of '0' and '1'. */
export function activityString(f: PublicFeature, period: { start: string; end: string }): string {
	const first = dayNumber(period.start);
	const length = dayNumber(period.end) - first + 1;
	const days = new Array<string>(length).fill('0');
	const p = f.properties;
	const active = p.active_dates?.length
		? p.active_dates.map(dayNumber)
		: Array.from(
				{ length: dayNumber(p.date.end ?? p.date.start) - dayNumber(p.date.start) + 1 },
				(_, k) => dayNumber(p.date.start) + k
			);
	for (const d of active) if (d >= first && d < first + length) days[d - first] = '1';
	return days.join('');
}

function mapProperties(
	f: PublicFeature,
	period: { start: string; end: string }
): MapFeatureProperties {
	const p = f.properties;
	return {
		days: activityString(f, period),
		id: p.id,
		kind: p.kind,
		layer: p.layer,
		title_es: p.title.es,
		title_en: p.title.en,
		dead: conservativeFigure(p.casualties?.dead) ?? 0,
		injured: conservativeFigure(p.casualties?.injured) ?? 0,
		detained: conservativeFigure(p.casualties?.detained) ?? 0,
		approximate: p.location.precision !== 'exact',
		radius_m: p.location.radius_m
	};
}

export interface EventSourcesData {
	points: FeatureCollection<Point, MapFeatureProperties>;
	lines: FeatureCollection<LineString, MapFeatureProperties>;
	uncertainty: FeatureCollection<Polygon, MapFeatureProperties>;
}

/** Above this many features the map clusters its points (see `eventSources`). */
export const CLUSTER_FROM = 2000;
/** The last zoom at which a clustered source merges points. */
export const CLUSTER_MAX_ZOOM = 11;

/**
 * Above this many approximate points their uncertainty circles are not drawn (each is a
 * 48-sided polygon); the details panel still gives every radius.
 */
export const MAX_UNCERTAINTY_CIRCLES = 5000;

/** Splits features into the map's sources, and draws each approximate point's uncertainty circle. */
export function eventSourcesData(
	features: readonly PublicFeature[],
	period: { start: string; end: string }
): EventSourcesData {
	const approximatePoints = features.filter(
		(f) => f.geometry.type === 'Point' && f.properties.location.precision !== 'exact'
	).length;
	const drawCircles = approximatePoints <= MAX_UNCERTAINTY_CIRCLES;
	const points: Feature<Point, MapFeatureProperties>[] = [];
	const lines: Feature<LineString, MapFeatureProperties>[] = [];
	const uncertainty: Feature<Polygon, MapFeatureProperties>[] = [];
	for (const f of features) {
		const properties = mapProperties(f, period);
		if (f.geometry.type === 'Point') {
			points.push({ type: 'Feature', properties, geometry: { ...f.geometry } });
			if (drawCircles && properties.approximate && properties.radius_m > 0) {
				uncertainty.push(
					circle(f.geometry.coordinates, properties.radius_m / 1000, {
						steps: 48,
						units: 'kilometers',
						properties
					})
				);
			}
		} else {
			lines.push({ type: 'Feature', properties, geometry: { ...f.geometry } });
		}
	}
	return {
		points: { type: 'FeatureCollection', features: points },
		lines: { type: 'FeatureCollection', features: lines },
		uncertainty: { type: 'FeatureCollection', features: uncertainty }
	};
}

/**
 * The map's sources. With `cluster`, nearby points merge into clusters that carry the count and
 * the sums of their dead, injured and detained (sums, never averages).
 */
export function eventSources(
	data: EventSourcesData,
	options: { cluster?: boolean } = {}
): Record<string, GeoJSONSourceSpecification> {
	const points: GeoJSONSourceSpecification = options.cluster
		? {
				type: 'geojson',
				data: data.points,
				cluster: true,
				clusterRadius: 45,
				clusterMaxZoom: CLUSTER_MAX_ZOOM,
				clusterProperties: {
					dead: ['+', ['get', 'dead']],
					injured: ['+', ['get', 'injured']],
					detained: ['+', ['get', 'detained']]
				}
			}
		: { type: 'geojson', data: data.points };
	return {
		[EVENT_SOURCES.points]: points,
		[EVENT_SOURCES.lines]: { type: 'geojson', data: data.lines },
		[EVENT_SOURCES.uncertainty]: { type: 'geojson', data: data.uncertainty }
	};
}

/** Day indexes (0 = the period's first day), inclusive; null = the whole period. */
export type DayWindow = { from: number; to: number } | null;

/** Features of a group that are active on some day of the window. */
function inGroupAndWindow(group: EventLayerId, window: DayWindow): ExpressionSpecification {
	const ofGroup: ExpressionSpecification = ['==', ['get', 'layer'], group];
	if (!window) return ofGroup;
	return ['all', ofGroup, ['in', '1', ['slice', ['get', 'days'], window.from, window.to + 1]]];
}

/** Circle radius in pixels: grows with the deaths reported (area roughly proportional). */
const radiusByDeaths: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	['+', 4, ['*', 1.6, ['sqrt', ['get', 'dead']]]],
	10,
	['+', 7, ['*', 2.4, ['sqrt', ['get', 'dead']]]]
];

/** Outline width: thicker where more people were injured. */
const outlineByInjured: ExpressionSpecification = [
	'interpolate',
	['linear'],
	['get', 'injured'],
	0,
	1,
	10,
	2,
	100,
	4
];

export function labelTextField(lang: Lang): ExpressionSpecification {
	return ['get', `title_${lang}`];
}

/** Ids of the MapLibre layers that make up one toggleable group. */
export function layerIdsOfGroup(group: EventLayerId): string[] {
	return allLayerIds().filter((id) => id.startsWith(`${group}:`));
}

// Layer ids do not depend on language or time window: built once, not on every call
// (pickableLayerIds runs on every pointer move).
let layerIds: string[] | null = null;
function allLayerIds(): string[] {
	layerIds ??= eventLayers('es').map((l) => l.id);
	return layerIds;
}

/**
 * Event groups from the least to the most grave: later ones draw on top, and their labels are
 * placed first. Deaths and injuries are never hidden under a blockade or an assembly.
 */
export const DRAW_ORDER: readonly EventLayerId[] = [
	'blockade-sections',
	'blockade-points',
	'political',
	'marches',
	'assembly',
	'violence'
];

/** A circle `extra` pixels wider than the deaths circle, at every zoom (the massacre ring). */
const radiusByDeathsPlus = (extra: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	['+', 4 + extra, ['*', 1.6, ['sqrt', ['get', 'dead']]]],
	10,
	['+', 7 + extra, ['*', 2.4, ['sqrt', ['get', 'dead']]]]
];

/** The selection: an amber halo, unlike any symbol of the legend. */
export const SELECTION_COLOR = '#f2a900';

/** Every feature layer, bottom to top, for the given label language and time window. */
export function eventLayers(lang: Lang, window: DayWindow = null): LayerSpecification[] {
	const inGroup = (group: EventLayerId) => inGroupAndWindow(group, window);
	const layers: LayerSpecification[] = [
		{
			// The selected event's uncertainty area, filled; the others are outlines only, so that
			// many of them never fill into one blob.
			id: 'selected:uncertainty',
			type: 'fill',
			source: EVENT_SOURCES.uncertainty,
			filter: ['==', ['get', 'id'], ''],
			paint: { 'fill-color': SELECTION_COLOR, 'fill-opacity': 0.15 }
		} satisfies FillLayerSpecification
	];
	for (const group of DRAW_ORDER) {
		const color = LAYER_COLORS[group];
		layers.push({
			id: `${group}:uncertainty-line`,
			type: 'line',
			source: EVENT_SOURCES.uncertainty,
			filter: inGroup(group),
			paint: {
				'line-color': color,
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.25, 10, 0.45],
				'line-width': 0.8,
				'line-dasharray': [2, 3]
			}
		} satisfies LineLayerSpecification);
	}
	for (const group of ['marches', 'blockade-sections'] as const) {
		const color = LAYER_COLORS[group];
		const width = group === 'marches' ? 3 : 4;
		layers.push(
			{
				id: `${group}:line`,
				type: 'line',
				source: EVENT_SOURCES.lines,
				filter: ['all', inGroup(group), ['!', ['get', 'approximate']]],
				layout: { 'line-cap': 'round' },
				paint: { 'line-color': color, 'line-width': width }
			} satisfies LineLayerSpecification,
			{
				// Approximate routes and sections are dashed: drawn through cited points and towns, not traced.
				id: `${group}:line-approximate`,
				type: 'line',
				source: EVENT_SOURCES.lines,
				filter: ['all', inGroup(group), ['to-boolean', ['get', 'approximate']]],
				paint: { 'line-color': color, 'line-width': width, 'line-dasharray': [1.5, 1] }
			} satisfies LineLayerSpecification
		);
	}
	for (const group of DRAW_ORDER) {
		const color = LAYER_COLORS[group];
		const violence = group === 'violence';
		if (violence)
			// A massacre keeps its own mark at every zoom: a dark ring around its circle.
			layers.push({
				id: 'violence:massacre',
				type: 'circle',
				source: EVENT_SOURCES.points,
				filter: ['all', inGroup(group), ['==', ['get', 'kind'], 'massacre']],
				paint: {
					'circle-radius': radiusByDeathsPlus(4),
					'circle-color': 'rgba(0,0,0,0)',
					'circle-stroke-color': '#5a0000',
					'circle-stroke-width': 2.5
				}
			} satisfies CircleLayerSpecification);
		layers.push({
			id: `${group}:point`,
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter: inGroup(group),
			layout: { 'circle-sort-key': ['get', 'dead'] },
			paint: {
				'circle-color': color,
				'circle-radius': violence
					? radiusByDeaths
					: ['interpolate', ['linear'], ['zoom'], 4, 4.5, 10, 7],
				'circle-stroke-color': violence ? '#3b1400' : '#ffffff',
				'circle-stroke-width': violence ? outlineByInjured : 1.5,
				'circle-opacity': 0.92
			}
		} satisfies CircleLayerSpecification);
	}
	for (const group of DRAW_ORDER) {
		layers.push({
			id: `${group}:label`,
			type: 'symbol',
			source:
				group === 'marches' || group === 'blockade-sections'
					? EVENT_SOURCES.lines
					: EVENT_SOURCES.points,
			filter: inGroup(group),
			// Named sites appear once zoomed in to a region; massacres a little earlier.
			minzoom: group === 'violence' ? 6.5 : 8,
			layout: {
				'text-field': labelTextField(lang),
				'text-font': ['sans-serif'],
				'text-size': 12,
				'text-max-width': 12,
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1,
				'text-optional': true,
				'symbol-placement':
					group === 'marches' || group === 'blockade-sections' ? 'line-center' : 'point',
				'symbol-sort-key': ['-', 0, ['get', 'dead']]
			},
			paint: { 'text-color': '#1f1d1a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }
		} satisfies SymbolLayerSpecification);
	}
	layers.push(
		{
			id: 'selected:line',
			type: 'line',
			source: EVENT_SOURCES.lines,
			filter: ['==', ['get', 'id'], ''],
			paint: { 'line-color': SELECTION_COLOR, 'line-width': 9, 'line-opacity': 0.55 }
		} satisfies LineLayerSpecification,
		{
			id: 'selected:point',
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter: ['==', ['get', 'id'], ''],
			paint: {
				'circle-radius': 18,
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': SELECTION_COLOR,
				'circle-stroke-width': 4
			}
		} satisfies CircleLayerSpecification
	);
	return layers;
}

export const CLUSTER_LAYERS = { circle: 'clusters:circle', count: 'clusters:count' } as const;

/** A cluster's circle, sized by its count (also the tiled datasets' clusters: tileLayers.ts). */
export const CLUSTER_CIRCLE_PAINT = {
	'circle-color': '#4a463f',
	'circle-opacity': 0.82,
	'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 11, 100, 18, 5000, 30],
	'circle-stroke-color': '#ffffff',
	'circle-stroke-width': 1.5
} satisfies CircleLayerSpecification['paint'];

/** Cluster circles (size by count) and their labels: the count, and the dead summed. */
export function clusterLayers(): LayerSpecification[] {
	const isCluster: FilterSpecification = ['has', 'point_count'];
	return [
		{
			id: CLUSTER_LAYERS.circle,
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter: isCluster,
			paint: CLUSTER_CIRCLE_PAINT
		} satisfies CircleLayerSpecification,
		{
			id: CLUSTER_LAYERS.count,
			type: 'symbol',
			source: EVENT_SOURCES.points,
			filter: isCluster,
			layout: {
				'text-field': [
					'case',
					['>', ['get', 'dead'], 0],
					['concat', ['get', 'point_count_abbreviated'], '\n†', ['to-string', ['get', 'dead']]],
					['get', 'point_count_abbreviated']
				],
				'text-font': ['sans-serif'],
				'text-size': 11,
				'text-allow-overlap': true
			},
			paint: { 'text-color': '#ffffff' }
		} satisfies SymbolLayerSpecification
	];
}

/**
 * The points a clustered source holds: those of visible layers active in the window (a cluster
 * cannot filter its members, so the filtering happens before clustering). Pure.
 */
export function pointsInView(
	points: EventSourcesData['points'],
	visibleLayers: readonly string[],
	window: DayWindow
): EventSourcesData['points'] {
	const visible = new Set(visibleLayers);
	return {
		type: 'FeatureCollection',
		features: points.features.filter((f) => {
			if (!visible.has(f.properties.layer)) return false;
			if (!window) return true;
			const day = f.properties.days.indexOf('1', window.from);
			return day >= 0 && day <= window.to;
		})
	};
}

/** The ids of layers a click can pick a feature from. */
export function pickableLayerIds(): string[] {
	return allLayerIds().filter((id) => /:(point|line|line-approximate)$/.test(id));
}

export function selectionFilter(id: string | null): FilterSpecification {
	return ['==', ['get', 'id'], id ?? ''];
}
