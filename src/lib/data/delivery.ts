// How a dataset reaches its map page, decided once, by the data build, from its size and what
// its dataset.json asks (pipeline/buildData.ts writes it into the index; server/dataset.ts reads
// it; the page branches on `mode` and nothing else). Every size threshold lives here. Pure.
import { tiledDataFiles, type TiledData } from './tiledData.ts';
import type { Lang } from '../i18n/messages.ts';

/** Up to this many features the page carries them (summaries) and each has its own page. */
export const INLINE_FEATURE_LIMIT = 2000;

/** Above this many features a dataset is tiled even if its dataset.json does not ask to be. */
export const TILE_FEATURE_LIMIT = 200_000;

/**
 * Features per details file (an inline dataset's descriptions, context, notes and quotes) and per
 * records file (a fetched dataset's whole records), fetched on selection.
 */
export const DETAILS_CHUNK_SIZE = 1000;

/** A dataset's delivery: what its map page receives, and what it fetches after first paint. */
export type Delivery =
	/** The summaries come in the page; each feature has an event page. */
	| { mode: 'inline'; featureCount: number }
	/**
	 * The page reads the events as rows (`rowsUrl`: the column index and positions; binary,
	 * geo/eventRows.ts) at once, in a worker, with their titles in the language it shows
	 * (`titlesUrl`), and a record's whole file on selection (`recordsUrl`). The map clusters the points it makes from the rows, and reads the lines
	 * from `linesUrl`.
	 */
	| {
			mode: 'fetched';
			featureCount: number;
			rowsUrl: string;
			linesUrl: string;
	  }
	/** Nothing per feature is downloaded: tiles, a summary, and a record file per selection. */
	| { mode: 'tiled'; featureCount: number; files: TiledData };

export function deliveryFor(
	dataset: string,
	featureCount: number,
	askedForTiles = false
): Delivery {
	if (askedForTiles || featureCount > TILE_FEATURE_LIMIT)
		return { mode: 'tiled', featureCount, files: tiledDataFiles(dataset, featureCount) };
	if (featureCount > INLINE_FEATURE_LIMIT)
		return {
			mode: 'fetched',
			featureCount,
			rowsUrl: `/d/${dataset}/rows.bin`,
			linesUrl: `/d/${dataset}/lines.json`
		};
	return { mode: 'inline', featureCount };
}

/** A tiled dataset's files; null for the other deliveries. */
export const tiledFilesOf = (delivery: Delivery): TiledData | null =>
	delivery.mode === 'tiled' ? delivery.files : null;

/** A details file of an inline dataset's features (see featureDetails.ts), fetched on selection. */
export function detailsUrl(dataset: string, chunk: number): string {
	return `/d/${dataset}/details/${chunk}.json`;
}

/** How many details files a dataset has (only an inline one has them: the others' records hold everything). */
export const detailsFileCount = (delivery: Delivery): number =>
	delivery.mode === 'inline' ? Math.ceil(delivery.featureCount / DETAILS_CHUNK_SIZE) : 0;

/** A fetched dataset's titles in `lang`, a title per row (geo/eventRows.ts). */
export function titlesUrl(dataset: string, lang: Lang): string {
	return `/d/${dataset}/titles/${lang}.json`;
}

/** A fetched dataset's records file: the whole records of rows [k·1000, (k+1)·1000), by id. */
export function recordsUrl(dataset: string, chunk: number): string {
	return `/d/${dataset}/records/${chunk}.json`;
}

/** How many records files a dataset has (only a fetched one has them). */
export const recordsFileCount = (delivery: Delivery): number =>
	delivery.mode === 'fetched' ? Math.ceil(delivery.featureCount / DETAILS_CHUNK_SIZE) : 0;
