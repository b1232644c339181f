// The datasets as the prerendered routes read them: what the data build stage wrote
// (build/buildData.ts, `npm run data:build`). Routes never read data/geojson/ themselves.
import { readGeneratedDataset, readGeneratedIndex } from '../build/buildData.ts';
import type { PublicDataset } from '../data/publicData.ts';
import { DEFAULT_DATASET } from '../data/paths.ts';

/** Every dataset's id, sorted (the default included). */
export const datasetIds = (): string[] => readGeneratedIndex().map((d) => d.id);

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
