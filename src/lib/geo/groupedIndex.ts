// A FeatureIndex with one row per group of alike features instead of one per feature: what the
// page of a tiled dataset downloads in place of a million features. Features that share their
// department, layer, kind, days, date precision and whether they are a located blockade become one row that
// counts them (`weight`) and sums their figures; totals and daily counts over it are those over
// the full index (aggregateByRegion and countsPerDay read the weights).
import {
	MEASURES,
	emptyFeatureIndex,
	emptyLists,
	measureColumns,
	storeLists,
	type FeatureIndex
} from './featureIndex.ts';

/** Groups the rows of `index` (one feature per row); does not modify it. */
export function groupFeatureIndex(index: FeatureIndex): FeatureIndex {
	if (index.weight) throw new Error('groupFeatureIndex: the index is already grouped');
	const n = index.size;
	// Features that relate to others (part_of, or a parent of one) or carry section counts keep
	// their own row: the totals treat them one by one.
	const alone = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (index.parent[i] >= 0) alone[i] = alone[index.parent[i]] = 1;
		if (index.countStart[i + 1] > index.countStart[i]) alone[i] = 1;
	}
	const rowOf = new Int32Array(n);
	const rowByKey = new Map<string, number>();
	const firstFeature: number[] = [];
	for (let i = 0; i < n; i++) {
		const days = index.activeDays.subarray(index.activeStart[i], index.activeStart[i + 1]);
		const key = alone[i]
			? `#${i}`
			: `${index.department[i]}|${index.layer[i]}|${index.kind[i]}|${index.located[i]}|` +
				`${index.datePrecision[i]}|` +
				`${index.first[i]}|${index.last[i]}|${days.join(',')}`;
		let row = rowByKey.get(key);
		if (row === undefined) {
			row = firstFeature.push(i) - 1;
			rowByKey.set(key, row);
		}
		rowOf[i] = row;
	}
	const size = firstFeature.length;
	const grouped: FeatureIndex = {
		...emptyFeatureIndex(size, index.departments),
		ids: firstFeature.map((i) => (alone[i] ? index.ids[i] : '')),
		weight: new Int32Array(size),
		reported: measureColumns(size)
	};
	const lists = emptyLists();
	firstFeature.forEach((i, row) => {
		grouped.department[row] = index.department[i];
		grouped.layer[row] = index.layer[i];
		grouped.kind[row] = index.kind[i];
		grouped.first[row] = index.first[i];
		grouped.last[row] = index.last[i];
		grouped.located[row] = index.located[i];
		grouped.datePrecision[row] = index.datePrecision[i];
		if (index.parent[i] >= 0) grouped.parent[row] = rowOf[index.parent[i]];
		grouped.activeStart[row] = lists.activeDays.length;
		for (let k = index.activeStart[i]; k < index.activeStart[i + 1]; k++)
			lists.activeDays.push(index.activeDays[k]);
		grouped.countStart[row] = lists.countDays.length;
		for (let k = index.countStart[i]; k < index.countStart[i + 1]; k++) {
			lists.countDays.push(index.countDays[k]);
			lists.countValues.push(index.countValues[k]);
			lists.countUnits.push(index.countUnits[k]);
			lists.countQualifiers.push(index.countQualifiers[k]);
		}
		for (const m of MEASURES) grouped.low[m][row] = grouped.high[m][row] = -1;
	});
	storeLists(grouped, lists);
	for (let i = 0; i < n; i++) {
		const row = rowOf[i];
		grouped.weight![row]++;
		for (const m of MEASURES) {
			const low = index.low[m][i];
			if (low < 0) continue;
			// -1 means "no figure": the first figure of a row replaces it.
			if (grouped.low[m][row] < 0) grouped.low[m][row] = grouped.high[m][row] = 0;
			grouped.low[m][row] += low;
			grouped.high[m][row] += index.high[m][i];
			grouped.reported![m][row]++;
		}
	}
	return grouped;
}
