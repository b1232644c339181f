// A plain basemap for datasets outside Bolivia: the countries of Natural Earth (via world-atlas)
// around the dataset's area, built at prerender time. No tiles, no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BasemapData } from '../data/basemapData.ts';
import type { RegionMap } from '../data/publicData.ts';
import { boundsOf, type Bounds } from '../geo/bounds.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** How far beyond the data the countries are drawn: wide enough for a wide screen. */
export const MARGIN_DEGREES = 12;

let countries: FeatureCollection<Polygon | MultiPolygon, { name: string }> | null = null;

function worldCountries() {
	if (!countries) {
		const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
		const atlas = JSON.parse(readFileSync(path, 'utf8')) as Topology;
		countries = feature(atlas, atlas.objects.countries) as unknown as typeof countries;
	}
	return countries!;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function overlaps(a: Bounds, b: Bounds): boolean {
	return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/**
 * Countries overlapping the dataset's bbox (plus a margin), clipped and simplified; with the
 * dataset's region polygons (pipeline/regionPolygons.ts) as its departments: areas, outlines, labels.
 */
export function worldBasemap(bbox: Bounds, regions: RegionMap | null = null): BasemapData {
	const view: Bounds = [
		Math.max(-180, bbox[0] - MARGIN_DEGREES),
		Math.max(-85, bbox[1] - MARGIN_DEGREES),
		Math.min(180, bbox[2] + MARGIN_DEGREES),
		Math.min(85, bbox[3] + MARGIN_DEGREES)
	];
	const neighbours: Feature[] = worldCountries()
		.features.filter((f) => f.geometry)
		.map((f) => {
			const geometry = f.geometry;
			const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			// Part by part: a country's whole extent can span the globe (Fiji, Russia), and a part that
			// crosses the antimeridian has an extent over 180° wide; clipping such parts would draw
			// slivers along the view's edges, so they are left out (no dataset lies on the antimeridian).
			const near = parts.filter((rings) => {
				const [west, south, east, north] = boundsOf({
					type: 'FeatureCollection',
					features: [
						{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } }
					]
				});
				return east - west < 180 && overlaps([west, south, east, north], view);
			});
			const clipped =
				near.length > 0
					? (bboxClip(
							simplify(
								{ type: 'MultiPolygon', coordinates: near },
								{ tolerance: 0.02, highQuality: false }
							),
							view
						).geometry.coordinates as Position[][][])
					: [];
			const coordinates = clipped
				.map((rings) => rings.map((ring) => ring.map(([x, y]) => [round(x), round(y)])))
				.filter((rings) => rings[0]?.length >= 4);
			return {
				type: 'Feature' as const,
				properties: { name: f.properties.name, is_bolivia: false },
				geometry: { type: 'MultiPolygon' as const, coordinates }
			};
		})
		.filter((f) => f.geometry.coordinates.length > 0);
	return {
		departments: regions?.areas ?? EMPTY,
		borders: regions?.outlines ?? EMPTY,
		neighbours: { type: 'FeatureCollection', features: neighbours },
		lakes: EMPTY,
		places: regions?.labels ?? EMPTY,
		roads: EMPTY
	};
}
