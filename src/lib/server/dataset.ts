// The datasets as the prerendered routes read them: what the data build stage wrote
// (pipeline/buildData.ts, `npm run data:build`). Routes never read data/geojson/ themselves.
import { existsSync } from 'node:fs';
import {
	readGeneratedDataset,
	readGeneratedIndex,
	readImportedTable,
	importedTablePath,
	type GeneratedIndexEntry
} from '../pipeline/generatedFiles.ts';
import type { ImportedTable } from '../data/importedTable.ts';
import type { PublicDataset } from '../data/publicData.ts';
import type { Delivery } from '../data/delivery.ts';
import { DEFAULT_DATASET } from '../data/paths.ts';

let index: GeneratedIndexEntry[] | null = null;

/** What the data build wrote: every dataset's id, title and size, read once. */
export const datasetIndex = (): GeneratedIndexEntry[] => (index ??= readGeneratedIndex());

/** Every dataset's id, sorted (the default included). */
export const datasetIds = (): string[] => datasetIndex().map((d) => d.id);

const entryOf = (id: string) => datasetIndex().find((d) => d.id === id);

/** How a dataset reaches its page, as the data build decided (data/delivery.ts). */
export function deliveryOf(id: string): Delivery {
	const entry = entryOf(id);
	if (!entry) throw new Error(`No dataset "${id}" in the data build`);
	return entry.delivery;
}

const modeOf = (id: string) => entryOf(id)?.delivery.mode;

/** Not inline: no event pages, table or stories (see datasetPages.ts). */
export const isLargeDataset = (id: string): boolean => (modeOf(id) ?? 'inline') !== 'inline';

/** Read from static files the data build wrote (data/tiledData.ts); no route serves features. */
export const isTiledDataset = (id: string): boolean => modeOf(id) === 'tiled';

/** Read by their page as rows (rows.bin), a records file per selection. */
export const isFetchedDataset = (id: string): boolean => modeOf(id) === 'fetched';

/** How many features a dataset has (also a tiled one, whose generated JSON holds none). */
export const featureCountOf = (id: string): number => entryOf(id)?.delivery.featureCount ?? 0;

const cache = new Map<string, PublicDataset>();

export function loadDataset(id = DEFAULT_DATASET): PublicDataset {
	let dataset = cache.get(id);
	if (!dataset) {
		if (!datasetIds().includes(id)) throw new Error(`No dataset "${id}" in the data build`);
		dataset = readGeneratedDataset(id);
		cache.set(id, dataset);
	}
	return dataset;
}

/** A dataset's records as imported, when it keeps them and is not tiled (see importedTable.ts). */
export const loadImportedTable = (id: string): ImportedTable | null =>
	datasetIds().includes(id) ? readImportedTable(id) : null;

/** Whether the data build set a dataset's imported records aside (without reading them). */
export const hasImportedTable = (id: string): boolean => existsSync(importedTablePath(id));
