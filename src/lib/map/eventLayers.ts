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
import {
	EVENT_LAYER_IDS,
	LAYER_COLORS,
	LAYER_IDS,
	type EventLayerId,
	type LayerId
} from '../domain/layers.ts';
import { KINDS } from '../domain/kinds.ts';
import { dayNumber } from '../geo/days.ts';
import type { EventRows } from '../geo/eventRows.ts';
import type { FeatureIndex } from '../geo/featureIndex.ts';
import {
	SOLID_DASHES,
	SOLID_DASH_PATTERN,
	perFeature,
	perFeatureAtAnyZoom
} from './sharedPrograms.ts';

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
	/**
	 * A line's: whether its course is approximate (drawn dashed). A point's precision draws its
	 * uncertainty ring, which is a feature of its own, so a point does not carry it.
	 */
	approximate?: boolean;
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
		detained: conservativeFigure(p.casualties?.detained) ?? 0
	};
}

export interface EventSourcesData {
	points: FeatureCollection<Point, MapFeatureProperties>;
	lines: FeatureCollection<LineString, MapFeatureProperties>;
	uncertainty: FeatureCollection<Polygon, MapFeatureProperties>;
}

/** The last zoom at which a clustered source merges points. */
export const CLUSTER_MAX_ZOOM = 11;

/**
 * Above this many approximate points their uncertainty circles are not drawn (each is a
 * 48-sided polygon); the details panel still gives every radius.
 */
export const MAX_UNCERTAINTY_CIRCLES = 5000;

/** An approximate point's uncertainty circle, carrying the point's properties. */
const uncertaintyCircle = (
	coordinates: number[],
	radiusM: number,
	properties: MapFeatureProperties
): Feature<Polygon, MapFeatureProperties> =>
	circle(coordinates, radiusM / 1000, { steps: 48, units: 'kilometers', properties });

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
		const { precision, radius_m } = f.properties.location;
		if (f.geometry.type === 'Point') {
			points.push({ type: 'Feature', properties, geometry: { ...f.geometry } });
			if (drawCircles && precision !== 'exact' && radius_m > 0)
				uncertainty.push(uncertaintyCircle(f.geometry.coordinates, radius_m, properties));
		} else {
			const approximate = precision !== 'exact';
			lines.push({
				type: 'Feature',
				properties: { ...properties, approximate },
				geometry: { ...f.geometry }
			});
		}
	}
	return {
		points: { type: 'FeatureCollection', features: points },
		lines: { type: 'FeatureCollection', features: lines },
		uncertainty: { type: 'FeatureCollection', features: uncertainty }
	};
}

/** Day-by-day activity of row `i` over the period, as activityString gives it from the index. */
function rowActivity(index: FeatureIndex, i: number, first: number, length: number): string {
	const days = new Array<string>(length).fill('0');
	const mark = (d: number) => {
		if (d >= first && d < first + length) days[d - first] = '1';
	};
	const [start, end] = [index.activeStart[i], index.activeStart[i + 1]];
	if (end > start) for (let k = start; k < end; k++) mark(index.activeDays[k]);
	else for (let d = index.first[i]; d <= index.last[i]; d++) mark(d);
	return days.join('');
}

/**
 * A fetched dataset's points and uncertainty circles, from its rows (geo/eventRows.ts): the same
 * features eventSourcesData makes from the features themselves. Its lines come from their file.
 */
export function rowsSourcesData(
	rows: EventRows,
	period: { start: string; end: string }
): EventSourcesData {
	const { index } = rows;
	const first = dayNumber(period.start);
	const length = dayNumber(period.end) - first + 1;
	let approximatePoints = 0;
	for (let i = 0; i < index.size; i++)
		if (rows.isPoint(i) && rows.approximate(i)) approximatePoints += 1;
	const drawCircles = approximatePoints <= MAX_UNCERTAINTY_CIRCLES;
	const points: Feature<Point, MapFeatureProperties>[] = [];
	const uncertainty: Feature<Polygon, MapFeatureProperties>[] = [];
	const figure = (m: 'dead' | 'injured' | 'detained', i: number) => Math.max(0, index.low[m][i]);
	// Events active on the same days share one string (at 50,000 events, most do), made once:
	// keyed by their list of active days, or by their first and last day.
	const sameDays = new Map<string, string>();
	const daysOf = (i: number) => {
		const [start, end] = [index.activeStart[i], index.activeStart[i + 1]];
		const key =
			end > start
				? index.activeDays.subarray(start, end).join()
				: `${index.first[i]}-${index.last[i]}`;
		let days = sameDays.get(key);
		if (days === undefined) sameDays.set(key, (days = rowActivity(index, i, first, length)));
		return days;
	};
	for (let i = 0; i < index.size; i++) {
		if (!rows.isPoint(i)) continue;
		const properties: MapFeatureProperties = {
			days: daysOf(i),
			id: index.ids[i],
			kind: KINDS[index.kind[i]],
			layer: LAYER_IDS[index.layer[i]],
			title_es: rows.title(i, 'es'),
			title_en: rows.title(i, 'en'),
			dead: figure('dead', i),
			injured: figure('injured', i),
			detained: figure('detained', i)
		};
		const coordinates = rows.position(i);
		points.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
		const radius = rows.radius(i);
		if (drawCircles && rows.approximate(i) && radius > 0)
			uncertainty.push(uncertaintyCircle(coordinates, radius, properties));
	}
	return {
		points: { type: 'FeatureCollection', features: points },
		lines: { type: 'FeatureCollection', features: [] },
		uncertainty: { type: 'FeatureCollection', features: uncertainty }
	};
}

/** A fetched dataset's lines as the data build writes them for the map's worker to read. */
export function linesFile(
	features: readonly PublicFeature[],
	period: { start: string; end: string }
): EventSourcesData['lines'] {
	return eventSourcesData(
		features.filter((f) => f.geometry.type !== 'Point'),
		period
	).lines;
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

/** What the reader chose to see: the toggled-on layers and the time window. */
export interface ShownEvents {
	visible: readonly string[];
	window: DayWindow;
}

/**
 * The event layers: one per geometry role, styled from each feature's `layer` property, so
 * that six kinds of event cost the map five layers, not thirty. Their filters follow the
 * toggles and the time window (the selection's layers follow the selection).
 */
export const EVENT_LAYERS = {
	uncertainty: 'events:uncertainty',
	line: 'events:line',
	point: 'events:point',
	massacre: 'events:massacre',
	lineLabel: 'events:line-label',
	pointLabel: 'events:point-label'
} as const;

/** The selection's halo; added to the map only once something is selected. */
export const SELECTION_LAYERS = {
	area: 'selected:uncertainty',
	line: 'selected:line',
	point: 'selected:point'
} as const;

/** Features of a shown layer, active on some day of the window. */
export function shownFilter({ visible, window }: ShownEvents): ExpressionSpecification {
	const ofShownLayer: ExpressionSpecification = ['in', ['get', 'layer'], ['literal', [...visible]]];
	if (!window) return ofShownLayer;
	return ['all', ofShownLayer, ['in', '1', ['slice', ['get', 'days'], window.from, window.to + 1]]];
}

/**
 * Event groups from the least to the most grave: later ones draw on top, and their labels are
 * placed first. Deaths and injuries are never hidden under a blockade or an assembly.
 */
export const DRAW_ORDER: readonly EventLayerId[] = [
	// What an import could not classify: under everything it might hide.
	'other',
	'blockade-sections',
	'blockade-points',
	'political',
	'marches',
	'assembly',
	'violence'
];

/** A value per event group, read from the feature's `layer` (a `match` expression). */
function byGroup<T extends string | number>(
	value: (group: EventLayerId) => T,
	fallback: T
): ExpressionSpecification {
	const cases = DRAW_ORDER.flatMap((group) => [group, value(group)]);
	return ['match', ['get', 'layer'], ...cases, fallback] as unknown as ExpressionSpecification;
}

/** How grave a feature's group is (its place in DRAW_ORDER), then its deaths: the sort order. */
const gravity: ExpressionSpecification = [
	'+',
	['*', 100000, byGroup((group) => DRAW_ORDER.indexOf(group), 0)],
	['get', 'dead']
];

const isViolence: ExpressionSpecification = ['==', ['get', 'layer'], 'violence'];

/** Violence grows with the deaths reported (area roughly proportional); other events do not. */
const pointRadius = (extra = 0): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	['case', isViolence, ['+', 4 + extra, ['*', 1.6, ['sqrt', ['get', 'dead']]]], 4.5 + extra],
	10,
	['case', isViolence, ['+', 7 + extra, ['*', 2.4, ['sqrt', ['get', 'dead']]]], 7 + extra]
];

/** Violence is outlined thicker where more people were injured. */
const pointOutline: ExpressionSpecification = [
	'case',
	isViolence,
	['interpolate', ['linear'], ['get', 'injured'], 0, 1, 10, 2, 100, 4],
	1.5
];

export function labelTextField(lang: Lang): ExpressionSpecification {
	return ['get', `title_${lang}`];
}

/** The selection: an amber halo, unlike any symbol of the legend. */
export const SELECTION_COLOR = '#f2a900';

/** The zoom from which massacres and deaths are named; other events from LABEL_ZOOM. */
export const VIOLENCE_LABEL_ZOOM = 6.5;
export const LABEL_ZOOM = 8;

const LABEL_LAYOUT = {
	'text-font': ['sans-serif'],
	'text-size': 12,
	'text-max-width': 12,
	'text-optional': true,
	// Lower keys are placed first: the gravest group, then the most deaths.
	'symbol-sort-key': ['-', 0, gravity]
} satisfies SymbolLayerSpecification['layout'];
const LABEL_PAINT = {
	'text-color': '#1f1d1a',
	'text-halo-color': '#ffffff',
	'text-halo-width': 1.5
} satisfies SymbolLayerSpecification['paint'];

/**
 * Every event layer, bottom to top, for the label language, what is shown and the selected
 * event. The selection's layers are in the list; the map adds them once something is selected.
 */
export function eventLayers(
	lang: Lang,
	shown: ShownEvents,
	selected: string | null = null
): LayerSpecification[] {
	const filter = shownFilter(shown);
	const color = byGroup((group) => LAYER_COLORS[group], '#777777');
	return [
		{
			// The selected event's uncertainty area, filled; the others are outlines only, so that
			// many of them never fill into one blob.
			id: SELECTION_LAYERS.area,
			type: 'fill',
			source: EVENT_SOURCES.uncertainty,
			filter: selectionFilter(selected),
			paint: { 'fill-color': SELECTION_COLOR, 'fill-opacity': 0.15 }
		} satisfies FillLayerSpecification,
		{
			id: EVENT_LAYERS.uncertainty,
			type: 'line',
			source: EVENT_SOURCES.uncertainty,
			filter,
			paint: {
				'line-color': color,
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 5, 0.25, 10, 0.45],
				'line-width': perFeatureAtAnyZoom(0.8),
				'line-dasharray': perFeature([2, 3])
			}
		} satisfies LineLayerSpecification,
		{
			id: EVENT_LAYERS.line,
			type: 'line',
			source: EVENT_SOURCES.lines,
			filter,
			// Butt caps: round ones would close the dashes' gaps and draw approximate lines solid.
			layout: { 'line-cap': 'butt', 'line-sort-key': gravity },
			paint: {
				'line-color': color,
				'line-width': perFeatureAtAnyZoom(byGroup((group) => (group === 'marches' ? 3 : 4), 3)),
				// Approximate routes and sections are dashed: drawn through cited points and towns,
				// not traced.
				'line-dasharray': [
					'case',
					['to-boolean', ['get', 'approximate']],
					['literal', [1.5, 1]],
					['literal', [...SOLID_DASH_PATTERN]]
				]
			}
		} satisfies LineLayerSpecification,
		{
			id: EVENT_LAYERS.point,
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter,
			layout: { 'circle-sort-key': gravity },
			paint: {
				'circle-color': color,
				'circle-radius': pointRadius(),
				'circle-stroke-color': ['case', isViolence, '#3b1400', '#ffffff'],
				'circle-stroke-width': pointOutline,
				'circle-opacity': 0.92
			}
		} satisfies CircleLayerSpecification,
		{
			// A massacre keeps its own mark at every zoom: a dark ring around its circle.
			id: EVENT_LAYERS.massacre,
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter: ['all', filter, isViolence, ['==', ['get', 'kind'], 'massacre']],
			paint: {
				'circle-radius': pointRadius(4),
				'circle-color': perFeature('rgba(0,0,0,0)'),
				'circle-stroke-color': perFeature('#5a0000'),
				'circle-stroke-width': perFeature(2.5)
			}
		} satisfies CircleLayerSpecification,
		{
			id: EVENT_LAYERS.lineLabel,
			type: 'symbol',
			source: EVENT_SOURCES.lines,
			filter,
			minzoom: LABEL_ZOOM,
			layout: {
				...LABEL_LAYOUT,
				'text-field': labelTextField(lang),
				'symbol-placement': 'line-center'
			},
			paint: LABEL_PAINT
		} satisfies SymbolLayerSpecification,
		{
			id: EVENT_LAYERS.pointLabel,
			type: 'symbol',
			source: EVENT_SOURCES.points,
			// Named sites appear once zoomed in to a region; violence a little earlier.
			filter: ['all', filter, ['any', isViolence, ['>=', ['zoom'], LABEL_ZOOM]]],
			minzoom: VIOLENCE_LABEL_ZOOM,
			layout: {
				...LABEL_LAYOUT,
				'text-field': labelTextField(lang),
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1
			},
			paint: LABEL_PAINT
		} satisfies SymbolLayerSpecification,
		{
			id: SELECTION_LAYERS.line,
			type: 'line',
			source: EVENT_SOURCES.lines,
			filter: selectionFilter(selected),
			paint: {
				'line-color': perFeature(SELECTION_COLOR),
				'line-width': perFeatureAtAnyZoom(9),
				'line-opacity': 0.55,
				'line-dasharray': SOLID_DASHES
			}
		} satisfies LineLayerSpecification,
		{
			id: SELECTION_LAYERS.point,
			type: 'circle',
			source: EVENT_SOURCES.points,
			filter: selectionFilter(selected),
			paint: {
				'circle-radius': perFeatureAtAnyZoom(18),
				'circle-color': perFeature('rgba(0,0,0,0)'),
				'circle-stroke-color': perFeature(SELECTION_COLOR),
				'circle-stroke-width': perFeature(4)
			}
		} satisfies CircleLayerSpecification
	];
}

export const CLUSTER_LAYERS = { circle: 'clusters:circle', count: 'clusters:count' } as const;

/** A cluster's circle, sized by its count (also the tiled datasets' clusters: tileLayers.ts). */
export const CLUSTER_CIRCLE_PAINT = {
	'circle-color': perFeature('#4a463f'),
	'circle-opacity': 0.82,
	'circle-radius': perFeatureAtAnyZoom([
		'interpolate',
		['linear'],
		['get', 'point_count'],
		2,
		11,
		100,
		18,
		5000,
		30
	]),
	'circle-stroke-color': perFeature('#ffffff'),
	'circle-stroke-width': perFeature(1.5)
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
 * cannot filter its members, so the filtering happens before clustering). With nothing to leave
 * out, the input itself (not changed). Pure.
 */
export function pointsInView(
	points: EventSourcesData['points'],
	visibleLayers: readonly string[],
	window: DayWindow
): EventSourcesData['points'] {
	const visible = new Set(visibleLayers);
	// Every event layer shown and no window: the points themselves, not a copy of the list.
	if (!window && EVENT_LAYER_IDS.every((id) => visible.has(id))) return points;
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

/** What a point carries in the map's first view of a fetched dataset (see firstViewPoints). */
export type FirstViewProperties = Pick<
	MapFeatureProperties,
	'id' | 'kind' | 'layer' | 'dead' | 'injured' | 'detained'
> &
	Partial<Pick<MapFeatureProperties, 'days'>>;

/**
 * Clustered points as the map first draws them, with only what the point and cluster layers read
 * there: not their names (labels start at zoom 6.5), not their location's precision (the rings
 * have a source of their own) and, when no window is set, not their days (only a window's filter
 * reads them). The page's thread copies a fraction of the points to the map's worker before the
 * first draw; the whole points follow once it is drawn. The input is not changed. Pure.
 */
export function firstViewPoints(
	points: EventSourcesData['points'],
	window: DayWindow
): FeatureCollection<Point, FirstViewProperties> {
	return {
		type: 'FeatureCollection',
		features: points.features.map(({ geometry, properties: p }) => {
			const properties: FirstViewProperties = {
				id: p.id,
				kind: p.kind,
				layer: p.layer,
				dead: p.dead,
				injured: p.injured,
				detained: p.detained
			};
			if (window) properties.days = p.days;
			return { type: 'Feature', geometry, properties };
		})
	};
}

/** The layers a click can pick a feature from: markers and lines, not rings or labels. */
export const PICKABLE_LAYERS: readonly string[] = [EVENT_LAYERS.point, EVENT_LAYERS.line];

export function selectionFilter(id: string | null): FilterSpecification {
	return ['==', ['get', 'id'], id ?? ''];
}
