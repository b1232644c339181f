import { describe, expect, it } from 'vitest';
import {
	BASEMAP_PARTS,
	BASEMAP_SOURCE,
	basemapFeatures,
	basemapStyle,
	basemapLayers,
	bordersFilter
} from '../../src/lib/map/basemap.ts';
import { basemapData, BOLIVIA_BOUNDS } from '../../src/lib/map/boundaries.ts';
import { messages } from '../../src/lib/i18n/messages.ts';

describe('basemapStyle', () => {
	const style = basemapStyle(basemapData, messages.es);

	it('needs no network: no glyphs, sprites or remote URLs', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect(typeof (source as { data: unknown }).data).toBe('object');
		}
	});

	it('only uses sources it defines, and layer ids are unique', () => {
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const layer of style.layers) {
			if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
		}
	});

	it('labels the departments and draws the lake name in the current language', () => {
		const lakeLabel = (lang: 'es' | 'en') =>
			basemapLayers(messages[lang]).find((l) => l.id === 'lakes-label')!;
		expect(JSON.stringify(lakeLabel('es'))).toContain('Lago Titicaca');
		expect(JSON.stringify(lakeLabel('en'))).toContain('Lake Titicaca');
		expect(style.layers.map((l) => l.id)).toContain('departments-label');
	});

	it('does not change the data it is given', () => {
		const before = JSON.stringify(basemapData);
		basemapStyle(basemapData, messages.en);
		expect(JSON.stringify(basemapData)).toBe(before);
	});
});

describe('BOLIVIA_BOUNDS', () => {
	it('spans Bolivia', () => {
		const [west, south, east, north] = BOLIVIA_BOUNDS;
		expect(west).toBeCloseTo(-69.6, 0);
		expect(east).toBeCloseTo(-57.5, 0);
		expect(south).toBeCloseTo(-22.9, 0);
		expect(north).toBeCloseTo(-9.7, 0);
	});
});

describe('the embedded basemap style', () => {
	it('validates against the MapLibre style spec', async () => {
		const { validateStyleMin } = await import('@maplibre/maplibre-gl-style-spec');
		expect(validateStyleMin(basemapStyle(basemapData, messages.en) as never)).toEqual([]);
	});
});

describe('the basemap as one source', () => {
	it('holds every part, each feature marked with its own', () => {
		const { features } = basemapFeatures(basemapData);
		for (const part of Object.values(BASEMAP_PARTS)) {
			const marked = features.filter((f) => f.properties?.part === part);
			expect(marked.length, part).toBe(basemapData[part].features.length);
		}
		expect(features.length).toBe(
			Object.values(BASEMAP_PARTS).reduce((n, part) => n + basemapData[part].features.length, 0)
		);
	});

	it('draws in each layer only the features of its part', async () => {
		const { featureFilter } = await import('@maplibre/maplibre-gl-style-spec');
		const { features } = basemapFeatures(basemapData);
		const type = { Point: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 };
		for (const layer of basemapLayers(messages.en)) {
			if (!('source' in layer)) continue;
			expect(layer.source).toBe(BASEMAP_SOURCE);
			const filter = featureFilter((layer as { filter?: never }).filter, `${layer.id}.filter`);
			const parts = new Set(
				features
					.filter((f) =>
						filter.filter(
							{ zoom: 9 } as never,
							{
								type: type[f.geometry.type as keyof typeof type],
								properties: f.properties
							} as never
						)
					)
					.map((f) => f.properties?.part)
			);
			expect(parts.size, layer.id).toBe(1);
		}
	});
});

describe('basemap labels', () => {
	it('name only the named lake, and villages only from zoom 8', async () => {
		const { featureFilter } = await import('@maplibre/maplibre-gl-style-spec');
		const layers = basemapLayers(messages.en);
		const filterOf = (id: string) => {
			const layer = layers.find((l) => l.id === id) as { filter: unknown };
			return featureFilter(layer.filter as never, `layers.${id}.filter`);
		};
		const lake = filterOf('lakes-label');
		expect(
			lake.filter({ zoom: 7 }, { type: 3, properties: { part: 'lakes', name: null } } as never)
		).toBe(false);
		expect(
			lake.filter({ zoom: 7 }, {
				type: 3,
				properties: { part: 'lakes', name: 'Lago Titicaca' }
			} as never)
		).toBe(true);
		const places = filterOf('places-label');
		const village = { type: 1, properties: { part: 'places', kind: 'village', rank: 3 } } as never;
		expect(places.filter({ zoom: 7.5 }, village)).toBe(false);
		expect(places.filter({ zoom: 8.5 }, village)).toBe(true);
		expect(
			basemapData.places.features.filter((f) => f.properties?.kind === 'village').length
		).toBeGreaterThan(100);
	});
});

describe('the basemap at first paint', () => {
	it('starts with the layers drawn at every zoom; the others wait for their zoom', () => {
		const initial = basemapStyle(basemapData, messages.en).layers.map((l) => l.id);
		const deferred = basemapLayers(messages.en).filter((l) => l.minzoom !== undefined);
		expect(deferred.map((l) => l.id)).toEqual(
			expect.arrayContaining(['roads-line', 'roads-label', 'lakes-label', 'places-label'])
		);
		for (const layer of deferred) expect(initial).not.toContain(layer.id);
		expect(initial).toEqual(expect.arrayContaining(['background', 'borders-line']));
	});

	it('draws department borders only while their toggle is on, the country border always', async () => {
		const { featureFilter } = await import('@maplibre/maplibre-gl-style-spec');
		const drawn = (shown: boolean, kind: string) =>
			featureFilter(bordersFilter(shown) as never, 'layers.borders-line.filter').filter(
				{ zoom: 6 } as never,
				{ type: 2, properties: { part: 'borders', kind } } as never
			);
		expect(drawn(true, 'department')).toBe(true);
		expect(drawn(false, 'department')).toBe(false);
		expect(drawn(false, 'country')).toBe(true);
		expect(drawn(true, 'country')).toBe(true);
	});
});
