import type {
	ExpressionSpecification,
	FilterSpecification,
	BackgroundLayerSpecification,
	CircleLayerSpecification,
	FillLayerSpecification,
	LayerSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Messages } from '../i18n/messages.ts';

import type { BasemapData } from '../data/basemapData.ts';
import {
	SOLID_DASHES,
	SOLID_DASH_PATTERN,
	perFeature,
	perFeatureAtAnyZoom,
	perFeatureByZoom
} from './sharedPrograms.ts';

/** A calm palette: low-contrast land and borders so that event symbols stand out. */
export const BASEMAP_COLORS = {
	water: '#c9dbe5',
	land: '#ece9e2',
	bolivia: '#faf8f3',
	departmentLine: '#a59f94',
	countryLine: '#6f6a62',
	labelDepartment: '#7d776d',
	labelCity: '#38342e',
	halo: '#faf8f3',
	road: '#c7b38f',
	roadLabel: '#5e4b2b'
} as const;

/** The basemap's parts: each feature says which it belongs to (`part`), in one source. */
export const BASEMAP_PARTS = {
	departments: 'departments',
	borders: 'borders',
	neighbours: 'neighbours',
	lakes: 'lakes',
	places: 'places',
	roads: 'roads'
} as const;
type BasemapPart = (typeof BASEMAP_PARTS)[keyof typeof BASEMAP_PARTS];

/**
 * One GeoJSON source for the whole basemap: MapLibre's worker cuts one source's tiles in one
 * pass, and the map is drawn once when they arrive, not once per part (six sources drew the
 * first view in waves, each a frame of its own).
 */
export const BASEMAP_SOURCE = 'basemap';

/** Only the features of one part, and of those only what `filter` lets through. */
function partFilter(part: BasemapPart, filter?: FilterSpecification): FilterSpecification {
	const inPart: ExpressionSpecification = ['==', ['get', 'part'], part];
	return filter ? ['all', inPart, filter as ExpressionSpecification] : inPart;
}

// Credits in no language (names and licences), so that a page in either language shows them as
// they are; the about page says what each licence means.
const ATTRIBUTION = {
	naturalEarth: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
	geonames: '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
	osm: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> (ODbL)'
};

export const BORDERS_LINE = 'borders-line';
const isDepartment: ExpressionSpecification = ['==', ['get', 'kind'], 'department'];

/** The borders drawn: the country's always, its departments' when their toggle is on. */
export function bordersFilter(showDepartments: boolean): FilterSpecification {
	return partFilter(
		BASEMAP_PARTS.borders,
		showDepartments
			? ['in', ['get', 'kind'], ['literal', ['department', 'country']]]
			: ['==', ['get', 'kind'], 'country']
	);
}

/**
 * A part's polygons filled with one colour, with no antialiased outline of their own: the
 * country and department lines are drawn over their edges, and the departments' shared edges
 * have the same colour on both sides. The outlines cost about a tenth of a frame.
 */
function fillLayer(id: string, part: BasemapPart, color: string): FillLayerSpecification {
	return {
		id,
		type: 'fill',
		source: BASEMAP_SOURCE,
		filter: partFilter(part),
		paint: { 'fill-color': color, 'fill-antialias': false }
	};
}

export function basemapLayers(messages: Messages): LayerSpecification[] {
	const background = {
		id: 'background',
		type: 'background',
		paint: { 'background-color': BASEMAP_COLORS.water }
	} satisfies BackgroundLayerSpecification;

	const neighbours = fillLayer('neighbours-fill', BASEMAP_PARTS.neighbours, BASEMAP_COLORS.land);
	const departmentsFill = fillLayer(
		'departments-fill',
		BASEMAP_PARTS.departments,
		BASEMAP_COLORS.bolivia
	);

	const lakes = {
		id: 'lakes-fill',
		type: 'fill',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.lakes),
		// The lakes come from a 1 km source: past zoom 9 their shores would be jagged, so they fade.
		maxzoom: 10,
		paint: {
			'fill-color': BASEMAP_COLORS.water,
			'fill-opacity': ['interpolate', ['linear'], ['zoom'], 8.5, 1, 9.5, 0]
		}
	} satisfies FillLayerSpecification;

	// Department lines dashed, the country's border solid: one layer, styled by kind.
	const borderLines = {
		id: BORDERS_LINE,
		type: 'line',
		source: BASEMAP_SOURCE,
		filter: bordersFilter(true),
		paint: {
			'line-color': [
				'case',
				isDepartment,
				BASEMAP_COLORS.departmentLine,
				BASEMAP_COLORS.countryLine
			],
			'line-width': [
				'interpolate',
				['linear'],
				['zoom'],
				4,
				['case', isDepartment, 0.6, 1],
				9,
				['case', isDepartment, 1.6, 2.4]
			],
			'line-dasharray': [
				'case',
				isDepartment,
				['literal', [3, 2]],
				['literal', [...SOLID_DASH_PATTERN]]
			]
		}
	} satisfies LineLayerSpecification;

	const countryLines = {
		id: 'countries-line',
		type: 'line',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.neighbours, ['!', ['get', 'is_bolivia']]),
		paint: {
			'line-color': perFeature(BASEMAP_COLORS.countryLine),
			'line-width': perFeatureByZoom([4, 0.8], [9, 2]),
			'line-dasharray': SOLID_DASHES
		}
	} satisfies LineLayerSpecification;

	// Trunk roads from the regional view: thin, under every event; labelled by their number.
	const roads = {
		id: 'roads-line',
		type: 'line',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.roads),
		minzoom: 6.5,
		// Butt caps: on the dashed lines' program a round cap rounds every dash's end, a faint seam.
		layout: { 'line-join': 'round', 'line-cap': 'butt' },
		paint: {
			'line-color': perFeature(BASEMAP_COLORS.road),
			'line-width': perFeatureByZoom([6.5, 0.8], [10, 2.2]),
			'line-opacity': ['interpolate', ['linear'], ['zoom'], 6.5, 0, 7, 1],
			'line-dasharray': SOLID_DASHES
		}
	} satisfies LineLayerSpecification;

	const roadLabels = {
		id: 'roads-label',
		type: 'symbol',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.roads),
		minzoom: 7,
		layout: {
			'symbol-placement': 'line',
			'symbol-spacing': 300,
			'text-field': ['get', 'ref'],
			'text-font': ['sans-serif'],
			'text-size': 10,
			'text-rotation-alignment': 'viewport',
			'text-padding': 4
		},
		paint: {
			'text-color': BASEMAP_COLORS.roadLabel,
			'text-halo-color': '#ffffff',
			'text-halo-width': 2.5
		}
	} satisfies SymbolLayerSpecification;

	const lakeLabel = {
		id: 'lakes-label',
		type: 'symbol',
		source: BASEMAP_SOURCE,
		// Only the named lake (Titicaca): the others carry a null name.
		filter: partFilter(BASEMAP_PARTS.lakes, ['==', ['typeof', ['get', 'name']], 'string']),
		minzoom: 6,
		maxzoom: 9.5,
		layout: {
			'text-field': messages.lakeTiticaca,
			'text-size': 12,
			'text-font': ['sans-serif']
		},
		paint: {
			'text-color': '#4f7186',
			'text-halo-color': BASEMAP_COLORS.water,
			'text-halo-width': 1
		}
	} satisfies SymbolLayerSpecification;

	const departmentLabels = {
		id: 'departments-label',
		type: 'symbol',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.places, ['==', ['get', 'kind'], 'department']),
		maxzoom: 9,
		layout: {
			'text-field': ['upcase', ['get', 'name']],
			'text-font': ['sans-serif'],
			'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 15],
			'text-letter-spacing': 0.12,
			'text-max-width': 8,
			'text-padding': 2
		},
		paint: {
			'text-color': BASEMAP_COLORS.labelDepartment,
			'text-halo-color': BASEMAP_COLORS.halo,
			'text-halo-width': 1.5
		}
	} satisfies SymbolLayerSpecification;

	// Capitals from the country view; towns from zoom 7 and villages from zoom 8, to keep it
	// uncluttered (dots and labels alike).
	const PLACES_IN_VIEW: FilterSpecification = [
		'all',
		['!=', ['get', 'kind'], 'department'],
		[
			'any',
			['==', ['get', 'rank'], 1],
			['all', ['==', ['get', 'rank'], 2], ['>=', ['zoom'], 7]],
			['>=', ['zoom'], 8]
		]
	];

	const cityDots = {
		id: 'places-dot',
		type: 'circle',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.places, PLACES_IN_VIEW),
		minzoom: 3.5,
		paint: {
			'circle-radius': perFeatureAtAnyZoom(['case', ['==', ['get', 'rank'], 1], 2.5, 2]),
			'circle-color': perFeature(BASEMAP_COLORS.labelCity),
			'circle-stroke-color': perFeature(BASEMAP_COLORS.halo),
			'circle-stroke-width': perFeature(1)
		}
	} satisfies CircleLayerSpecification;

	const cityLabels = {
		id: 'places-label',
		type: 'symbol',
		source: BASEMAP_SOURCE,
		filter: partFilter(BASEMAP_PARTS.places, PLACES_IN_VIEW),
		minzoom: 3.5,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': ['sans-serif'],
			'text-size': ['match', ['get', 'rank'], 1, 13, 2, 11, 10],
			'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
			'text-radial-offset': 0.5,
			'text-justify': 'auto',
			'symbol-sort-key': ['get', 'rank']
		},
		paint: {
			'text-color': BASEMAP_COLORS.labelCity,
			'text-halo-color': BASEMAP_COLORS.halo,
			'text-halo-width': 1.5
		}
	} satisfies SymbolLayerSpecification;

	return [
		background,
		neighbours,
		departmentsFill,
		lakes,
		borderLines,
		roads,
		countryLines,
		lakeLabel,
		roadLabels,
		cityDots,
		cityLabels,
		departmentLabels
	];
}

/** The basemap's parts as one collection, each feature marked with its part. */
export function basemapFeatures(data: BasemapData): FeatureCollection {
	const parts = Object.values(BASEMAP_PARTS);
	return {
		type: 'FeatureCollection',
		features: parts.flatMap((part) =>
			data[part].features.map((f) => ({ ...f, properties: { ...f.properties, part } }))
		)
	};
}

/**
 * The embedded basemap. No `glyphs` and no tile URLs: MapLibre draws the labels with
 * the system's fonts, so the style needs no network at all. It starts with the layers drawn at
 * every zoom; those with a `minzoom` are added when the camera reaches it (layerPlan.ts).
 */
export function basemapStyle(data: BasemapData, messages: Messages): StyleSpecification {
	return {
		version: 8,
		name: 'Cabildo embedded basemap',
		sources: {
			[BASEMAP_SOURCE]: {
				type: 'geojson',
				data: basemapFeatures(data),
				// Joined as MapLibre joins the credits of several sources.
				attribution: [ATTRIBUTION.naturalEarth, ATTRIBUTION.geonames, ATTRIBUTION.osm].join(' | ')
			}
		},
		layers: basemapLayers(messages).filter((layer) => layer.minzoom === undefined)
	};
}
