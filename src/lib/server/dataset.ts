// The datasets as the prerendered routes read them: what the data build stage wrote
// (build/buildData.ts, `npm run data:build`). Routes never read data/geojson/ themselves.
import {
	readGeneratedDataset,
	readGeneratedIndex,
	type GeneratedIndexEntry
} from '../build/buildData.ts';
import type { PublicDataset } from '../data/publicData.ts';
import { INLINE_FEATURE_LIMIT } from '../data/mapPageData.ts';
import { DEFAULT_DATASET } from '../data/paths.ts';

let index: GeneratedIndexEntry[] | null = null;

/** What the data build wrote: every dataset's id, title and size, read once. */
export const datasetIndex = (): GeneratedIndexEntry[] => (index ??= readGeneratedIndex());

/** Every dataset's id, sorted (the default included). */
export const datasetIds = (): string[] => datasetIndex().map((d) => d.id);

/**
 * Above the inline limit a dataset's features are fetched after first paint, its points are
 * clustered, and it gets no event pages or table (see datasetPages.ts).
 */
export const isLargeDataset = (id: string): boolean =>
	(datasetIndex().find((d) => d.id === id)?.featureCount ?? 0) > INLINE_FEATURE_LIMIT;

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
