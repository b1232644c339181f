import { loadDataset } from '#lib/server/dataset.ts';

export const load = () => ({ dataset: loadDataset() });
