// The datasets as the prerendered routes read them: what the data build stage wrote
// (build/buildData.ts, `npm run data:build`). Routes never read data/geojson/ themselves.
import {
	readGeneratedDataset,
	readGeneratedIndex,
	type GeneratedIndexEntry
} from '../build/generatedFiles.ts';
import type { PublicDataset } from '../data/publicData.ts';
import { INLINE_FEATURE_LIMIT } from '../data/mapPageData.ts';
import { DEFAULT_DATASET } from '../data/paths.ts';

let index: GeneratedIndexEntry[] | null = null;

/** What the data build wrote: every dataset's id, title and size, read once. */
export const datasetIndex = (): GeneratedIndexEntry[] => (index ??= readGeneratedIndex());

/** Every dataset's id, sorted (the default included). */
export const datasetIds = (): string[] => datasetIndex().map((d) => d.id);

const entryOf = (id: string) => datasetIndex().find((d) => d.id === id);

/**
 * Above the inline limit (or tiled) a dataset's features are fetched after first paint, its
 * points are clustered, and it gets no event pages or table (see datasetPages.ts).
 */
export const isLargeDataset = (id: string): boolean =>
	isTiledDataset(id) || (entryOf(id)?.featureCount ?? 0) > INLINE_FEATURE_LIMIT;

/**
 * The page reads a tiled dataset from static files the data build wrote (data/tiledData.ts):
 * its generated JSON holds no features, and no route may serve them.
 */
export const isTiledDataset = (id: string): boolean => entryOf(id)?.tiled ?? false;

/** Large datasets downloaded whole by their page (features.json and details files). */
export const isFetchedDataset = (id: string): boolean => isLargeDataset(id) && !isTiledDataset(id);

/** How many features a dataset has (also a tiled one, whose generated JSON holds none). */
export const featureCountOf = (id: string): number => entryOf(id)?.featureCount ?? 0;

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
