// The order of the region table's rows. The regions arrive in name order (the data build sorts
// them, "region unknown" last), so sorting needs no collator: a phone's start builds none.
import { UNKNOWN_REGION } from '../data/regionKind.ts';

export interface RowOrder {
	/** By name (the regions' own order), or by each row's value of a column. */
	by: 'name' | 'value';
	descending: boolean;
}

/**
 * Rows sorted, as a new array. By name, "region unknown" stays last either way; by value, ties
 * follow the name order. `value` is only read when sorting by value.
 */
export function sortRegionRows<Row extends { code: string }>(
	rows: readonly Row[],
	regionsInNameOrder: readonly string[],
	order: RowOrder,
	value: (row: Row) => number
): Row[] {
	const rank = new Map(regionsInNameOrder.map((code, i) => [code, i]));
	const keyed = rows.map((row) => ({
		row,
		unknown: row.code === UNKNOWN_REGION,
		// A code outside the list (none, from the build) sorts after the named ones.
		rank: rank.get(row.code) ?? rank.size,
		key: order.by === 'value' ? value(row) : 0
	}));
	const sign = order.descending ? -1 : 1;
	keyed.sort((a, b) =>
		order.by === 'name'
			? Number(a.unknown) - Number(b.unknown) || sign * (a.rank - b.rank)
			: sign * (a.key - b.key) || Number(a.unknown) - Number(b.unknown) || a.rank - b.rank
	);
	return keyed.map((k) => k.row);
}
