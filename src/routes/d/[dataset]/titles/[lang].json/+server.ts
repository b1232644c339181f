import { rowTitles } from '#lib/geo/eventRows.ts';
import { fetchedDatasetFileInEachLang } from '#lib/server/datasetFiles.ts';

export const prerender = true;

/**
 * A fetched dataset's titles in one language, a title per row (geo/eventRows.ts): its map page
 * fetches those of the language it shows, and the other's only if the reader switches.
 */
export const { entries, GET } = fetchedDatasetFileInEachLang((dataset, lang) =>
	rowTitles(dataset.features, lang)
);
