// What a dataset's regions are, from dataset.json `boundaries` and `regions`: Bolivia's
// departments on the shipped basemap (with its towns and trunk roads), or an imported dataset's
// regions named by admin1, drawn when `regions` names their polygons. The one place that asks.
import type { DatasetMeta } from './schema.ts';

type Boundaries = Pick<DatasetMeta, 'boundaries'>;

/** Bolivia's nine departments, assigned from each geometry, on the shipped basemap. */
export const regionsAreBoliviaDepartments = (meta: Boundaries): boolean =>
	meta.boundaries === 'bolivia';

/** The boundaries value of a dataset whose regions come from its admin1 names, or not. */
export const boundariesFor = (hasAdmin1: boolean): DatasetMeta['boundaries'] =>
	hasAdmin1 ? 'admin1' : 'bolivia';
