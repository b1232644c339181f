// A plain basemap for datasets outside Bolivia: the countries of Natural Earth (via world-atlas)
// around the dataset's area, built at prerender time. No tiles, no network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BasemapData } from '../map/basemap.ts';
import { boundsOf, type Bounds } from '../geo/bounds.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const MARGIN_DEGREES = 4;

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

/** Countries overlapping the dataset's bbox (plus a margin), clipped and simplified. */
export function worldBasemap(bbox: Bounds): BasemapData {
	const view: Bounds = [
		Math.max(-180, bbox[0] - MARGIN_DEGREES),
		Math.max(-85, bbox[1] - MARGIN_DEGREES),
		Math.min(180, bbox[2] + MARGIN_DEGREES),
		Math.min(85, bbox[3] + MARGIN_DEGREES)
	];
	const neighbours: Feature[] = worldCountries()
		.features.filter(
			(f) => f.geometry && overlaps(boundsOf({ type: 'FeatureCollection', features: [f] }), view)
		)
		.map((f) => {
			const clipped = bboxClip(simplify(f, { tolerance: 0.02, highQuality: false }), view);
			const geometry = clipped.geometry as Polygon | MultiPolygon;
			const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			return {
				type: 'Feature' as const,
				properties: { name: f.properties.name, is_bolivia: false },
				geometry: {
					type: 'MultiPolygon' as const,
					coordinates: rings
						.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [round(x), round(y)])))
						.filter((polygon) => polygon[0]?.length >= 4)
				}
			};
		})
		.filter((f) => f.geometry.coordinates.length > 0);
	return {
		departments: EMPTY,
		borders: EMPTY,
		neighbours: { type: 'FeatureCollection', features: neighbours },
		lakes: EMPTY,
		places: EMPTY
	};
}
