import { gzipSync } from 'node:zlib';
import { encodeRows } from '#lib/geo/eventRows.ts';
import { fetchedDatasetFile } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/**
 * A fetched dataset's events as rows (geo/eventRows.ts), read by its map page once the map has
 * drawn. Gzipped here: static hosts seldom compress a binary file themselves.
 */
export const { entries, GET } = fetchedDatasetFile(
	(dataset) =>
		new Response(
			gzipSync(encodeRows(dataset.features, Object.keys(dataset.departments)), { level: 9 }),
			{ headers: { 'content-type': 'application/octet-stream' } }
		)
);
