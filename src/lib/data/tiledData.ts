// A tiled dataset (a million events, or any dataset whose dataset.json asks for `"delivery":
// "tiles"`): the page never downloads its features. The map reads vector tiles from one PMTiles
// archive by HTTP range requests; totals and the timeline read a compact binary summary; a
// selected event's record comes from the features file its id hashes to. All are static files
// the data build writes beside the prerendered pages (pipeline/tiledDataset.ts).
import { SLUG } from './slug.ts';

/** The deepest zoom of the tiles, where every event is its own point; MapLibre overzooms past it. */
export const TILE_MAX_ZOOM = 11;

/** The vector tile layer holding the events and their clusters. */
export const TILE_SOURCE_LAYER = 'events';

/** A cluster's count of events of one layer (clusters also carry `dead`, summed). */
export const layerCountProperty = (layer: string) => `n:${layer}`;

/** About this many events per features file. */
export const FEATURE_FILE_SIZE = 1000;

/** What a map page needs to find a tiled dataset's files. */
export interface TiledData {
	/** The archive, as MapLibre's pmtiles protocol reads it: `pmtiles:///d/<id>/events.pmtiles`. */
	tilesUrl: string;
	summaryUrl: string;
	/** `features/<k>.json` for k in [0, featureFiles): the file of an id is featureFileOf(id). */
	featuresBase: string;
	featureFiles: number;
}

export const tiledDataFiles = (dataset: string, featureCount: number): TiledData => ({
	tilesUrl: `pmtiles:///d/${dataset}/events.pmtiles`,
	summaryUrl: `/d/${dataset}/summary.bin`,
	featuresBase: `/d/${dataset}/features/`,
	featureFiles: Math.max(1, Math.ceil(featureCount / FEATURE_FILE_SIZE))
});

/** The features file that holds an event's record: FNV-1a of its id, so any id can be looked up. */
export function featureFileOf(id: string, files: number): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % files;
}

export const featureFileUrl = (tiled: TiledData, id: string) =>
	`${tiled.featuresBase}${featureFileOf(id, tiled.featureFiles)}.json`;

/** A tiled dataset's page cannot list its ids: a link's `event` is kept if it has an id's shape. */
export const tiledEventIds = {
	has: (id: string) => id.length <= 120 && SLUG.test(id)
};
