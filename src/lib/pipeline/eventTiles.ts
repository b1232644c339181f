// The vector tiles of a tiled dataset (Node, build time): points clustered by zoom with
// supercluster, each cluster carrying its events' summed dead and its count per layer (so that
// the layer toggles can recount it on the page), encoded as Mapbox Vector Tiles with
// @maplibre/vt-pbf and gzipped, as the PMTiles archive stores them.
import { gzipSync } from 'node:zlib';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, Point } from 'geojson';
import type { PublicFeature } from '../data/publicData.ts';
import { EVENT_LAYER_IDS } from '../domain/layers.ts';
import { conservativeFigure } from '../data/figures.ts';
import { dayNumber } from '../geo/days.ts';
import { TILE_MAX_ZOOM, TILE_SOURCE_LAYER, layerCountProperty } from '../data/tiledData.ts';
import type { PMTilesTile } from './pmtilesWriter.ts';
import type { Bounds } from '../geo/bounds.ts';

/** What a point carries in the tiles: enough to draw, filter and pick it, nothing to read. */
export interface TilePointProperties {
	id: string;
	layer: string;
	/** First and last active day, as offsets into the period (for the time window filter). */
	first: number;
	last: number;
	/** The lowest reported figure of dead, 0 if none. */
	dead: number;
}

/** Supercluster's grid: a cluster gathers points within 50 of 512 units of a tile. */
const CLUSTER_RADIUS = 50;
const EXTENT = 512;

/** A point for a feature: itself, or the middle vertex of a road section. */
function pointOf(feature: PublicFeature): [number, number] {
	const g = feature.geometry;
	if (g.type === 'Point') return g.coordinates as [number, number];
	return g.coordinates[Math.floor(g.coordinates.length / 2)] as [number, number];
}

export function tilePoints(
	features: readonly PublicFeature[],
	periodStart: string
): Feature<Point, TilePointProperties>[] {
	const start = dayNumber(periodStart);
	return features.map((f) => {
		const p = f.properties;
		const days = p.active_dates?.map(dayNumber) ?? [];
		const first = days.length ? Math.min(...days) : dayNumber(p.date.start);
		const last = days.length ? Math.max(...days) : dayNumber(p.date.end ?? p.date.start);
		return {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: pointOf(f) },
			properties: {
				id: p.id,
				layer: p.layer,
				first: first - start,
				last: last - start,
				dead: conservativeFigure(p.casualties?.dead) ?? 0
			}
		};
	});
}

/** The tile x (or y) range covering a bounds at zoom z. */
function tileRange(bounds: Bounds, z: number) {
	const n = 2 ** z;
	const x = (lng: number) => Math.floor(((lng + 180) / 360) * n);
	const y = (lat: number) => {
		const r = (lat * Math.PI) / 180;
		return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
	};
	const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
	return {
		x0: clamp(x(bounds[0])),
		x1: clamp(x(bounds[2])),
		y0: clamp(y(bounds[3])),
		y1: clamp(y(bounds[1]))
	};
}

/** Every non-empty tile from zoom 0 to TILE_MAX_ZOOM over `bounds`, gzipped. */
export function* eventTiles(
	points: Feature<Point, TilePointProperties>[],
	bounds: Bounds
): Generator<PMTilesTile> {
	const emptyCounts = Object.fromEntries(EVENT_LAYER_IDS.map((l) => [layerCountProperty(l), 0]));
	const index = new Supercluster<TilePointProperties, Record<string, number>>({
		// Points stand alone from TILE_MAX_ZOOM on.
		maxZoom: TILE_MAX_ZOOM - 1,
		radius: CLUSTER_RADIUS,
		extent: EXTENT,
		map: (p) => ({ ...emptyCounts, dead: p.dead, [layerCountProperty(p.layer)]: 1 }),
		reduce: (sum, p) => {
			for (const key in p) sum[key] += p[key];
		}
	}).load(points);
	for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
		const { x0, x1, y0, y1 } = tileRange(bounds, z);
		for (let x = x0; x <= x1; x++) {
			for (let y = y0; y <= y1; y++) {
				const tile = index.getTile(z, x, y);
				if (!tile || tile.features.length === 0) continue;
				const pbf = fromGeojsonVt(
					// supercluster's tiles have geojson-vt's shape
					{ [TILE_SOURCE_LAYER]: tile as unknown as Parameters<typeof fromGeojsonVt>[0][string] },
					{ version: 2, extent: EXTENT }
				);
				yield { z, x, y, data: gzipSync(pbf) };
			}
		}
	}
}
