// Writes the static files of a tiled dataset (Node, build time; see data/tiledData.ts): the
// PMTiles archive, the grouped summary index, the features files by id hash and the downloads,
// which are written here in parts because a million features are more than one string holds.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PublicDataset, PublicFeature } from '../data/publicData.ts';
import {
	TILE_MAX_ZOOM,
	TILE_SOURCE_LAYER,
	featureFileOf,
	tiledDataFiles
} from '../data/tiledData.ts';
import { geoJsonMetadata, toCsvPart } from '../data/downloads.ts';
import { importedCsvPart, type ImportedTable } from '../data/importedTable.ts';
import { encodeIndex } from '../geo/indexFile.ts';
import { writeFeatureLines } from './featureLines.ts';
import { buildFeatureIndex } from '../geo/featureIndex.ts';
import { groupFeatureIndex } from '../geo/groupedIndex.ts';
import { eventTiles, tilePoints } from './eventTiles.ts';
import { writePMTiles } from './pmtilesWriter.ts';
import type { Bounds } from '../geo/bounds.ts';

/** What was written, for the build's log. */
export interface TiledFiles {
	tiles: number;
	archiveBytes: number;
	summaryRows: number;
	featureFiles: number;
}

/**
 * Writes `<staticDir>/d/<id>/{events.pmtiles, summary.bin, features/<k>.json}` and
 * `<staticDir>/downloads/<id>.{csv,geojson}`.
 */
export function writeTiledDataset(dataset: PublicDataset, staticDir: string): TiledFiles {
	const { id, bbox, period, title } = dataset.meta;
	const dir = join(staticDir, 'd', id);
	mkdirSync(join(dir, 'features'), { recursive: true });
	const bounds = bbox as Bounds;

	const tiles = [...eventTiles(tilePoints(dataset.features, period.start), bounds)];
	const archive = writePMTiles(tiles, {
		minZoom: 0,
		maxZoom: TILE_MAX_ZOOM,
		bounds,
		center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 5],
		metadata: {
			name: title.en,
			vector_layers: [
				{
					id: TILE_SOURCE_LAYER,
					minzoom: 0,
					maxzoom: TILE_MAX_ZOOM,
					fields: { id: 'String', layer: 'String', first: 'Number', last: 'Number', dead: 'Number' }
				}
			]
		}
	});
	writeFileSync(join(dir, 'events.pmtiles'), archive);

	const summary = groupFeatureIndex(
		buildFeatureIndex(dataset.features, Object.keys(dataset.departments))
	);
	writeFileSync(join(dir, 'summary.bin'), gzipSync(encodeIndex(summary), { level: 9 }));

	const { featureFiles } = tiledDataFiles(id, dataset.features.length);
	const files: Record<string, PublicFeature>[] = Array.from({ length: featureFiles }, () => ({}));
	for (const f of dataset.features)
		files[featureFileOf(f.properties.id, featureFiles)][f.properties.id] = f;
	files.forEach((byId, k) =>
		writeFileSync(join(dir, 'features', `${k}.json`), JSON.stringify(byId))
	);

	writeDownloads(dataset, join(staticDir, 'downloads'));
	return {
		tiles: tiles.length,
		archiveBytes: archive.length,
		summaryRows: summary.size,
		featureFiles
	};
}

/** The same CSV and GeoJSON downloads as every dataset's, written in parts. */
function writeDownloads(dataset: PublicDataset, dir: string): void {
	mkdirSync(dir, { recursive: true });
	const { id } = dataset.meta;
	writeFeatureLines(join(dir, `${id}.geojson`), dataset.features, {
		metadata: geoJsonMetadata(dataset)
	});
	writeCsvInParts(join(dir, `${id}.csv`), dataset.features, (rows, header) =>
		toCsvPart(dataset, rows, header)
	);
}

/** A CSV of `rows` written ten thousand rows at a time, the header with the first part. */
function writeCsvInParts<T>(
	path: string,
	rows: readonly T[],
	part: (rows: readonly T[], header: boolean) => string
): void {
	const PIECE = 10_000;
	const fd = openSync(path, 'w');
	try {
		for (let i = 0; i === 0 || i < rows.length; i += PIECE)
			writeSync(fd, part(rows.slice(i, i + PIECE), i === 0));
	} finally {
		closeSync(fd);
	}
}

/** A tiled dataset's "as imported" download (`downloads/imported/<id>.csv`), written in parts. */
export function writeImportedDownload(table: ImportedTable, staticDir: string, id: string): void {
	const dir = join(staticDir, 'downloads', 'imported');
	mkdirSync(dir, { recursive: true });
	writeCsvInParts(join(dir, `${id}.csv`), table.rows, (rows, header) =>
		importedCsvPart(table.columns, rows, header)
	);
}
