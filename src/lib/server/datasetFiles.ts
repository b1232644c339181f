// The prerendered files of a dataset beside its pages: one file for each fetched dataset (its
// rows, points, lines) or one in each language (its titles), or a thousand features a file
// (details, records). Each route names what its file holds; the entries, the 404s and the chunk
// numbers are kept here.
import { error } from '@sveltejs/kit';
import type { PublicDataset, PublicFeature } from '../data/publicData.ts';
import type { Delivery } from '../data/delivery.ts';
import { DETAILS_CHUNK_SIZE } from '../data/delivery.ts';
import { datasetIds, deliveryOf, loadDataset } from './dataset.ts';
import { fetchedDatasetIds } from './mapPage.ts';
import { isLang, LANGS, type Lang } from '../i18n/messages.ts';

const json = (body: unknown) =>
	new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** A file each fetched dataset has: `body` makes it from the dataset (JSON unless a Response). */
export function fetchedDatasetFile(body: (dataset: PublicDataset) => unknown) {
	return {
		entries: () => fetchedDatasetIds().map((dataset) => ({ dataset })),
		GET({ params }: { params: { dataset: string } }) {
			if (!fetchedDatasetIds().includes(params.dataset)) error(404, 'No such dataset');
			const made = body(loadDataset(params.dataset));
			return made instanceof Response ? made : json(made);
		}
	};
}

/** A file each fetched dataset has in each language: `body` makes it (JSON). */
export function fetchedDatasetFileInEachLang(
	body: (dataset: PublicDataset, lang: Lang) => unknown
) {
	return {
		entries: () =>
			fetchedDatasetIds().flatMap((dataset) => LANGS.map((lang) => ({ dataset, lang }))),
		GET({ params }: { params: { dataset: string; lang: string } }) {
			if (!fetchedDatasetIds().includes(params.dataset) || !isLang(params.lang))
				error(404, 'No such file');
			return json(body(loadDataset(params.dataset), params.lang));
		}
	};
}

/**
 * Files of a thousand features each (`k` from 0), as many as `fileCount` gives the dataset's
 * delivery; `body` makes file k from the dataset's features.
 */
export function chunkedDatasetFiles(
	fileCount: (delivery: Delivery) => number,
	body: (features: readonly PublicFeature[], k: number) => unknown
) {
	const countOf = (dataset: string) =>
		datasetIds().includes(dataset) ? fileCount(deliveryOf(dataset)) : 0;
	return {
		entries: () =>
			datasetIds().flatMap((dataset) =>
				Array.from({ length: countOf(dataset) }, (_, k) => ({ dataset, chunk: String(k) }))
			),
		GET({ params }: { params: { dataset: string; chunk: string } }) {
			const k = Number(params.chunk);
			if (!Number.isInteger(k) || k < 0 || k >= countOf(params.dataset)) error(404, 'No such file');
			return json(body(loadDataset(params.dataset).features, k));
		}
	};
}

/** The features of file k of a chunked dataset. */
export const featuresOfChunk = (features: readonly PublicFeature[], k: number) =>
	features.slice(k * DETAILS_CHUNK_SIZE, (k + 1) * DETAILS_CHUNK_SIZE);
