import { describe, expect, it } from 'vitest';
import { datasetChanges } from '../../src/lib/data/datasetChanges.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import type { RecordHistory } from '../../src/lib/data/recordHistory.ts';

const record = (id: string, history: RecordHistory) =>
	({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [0, 0] },
		properties: { id, title: { es: id, en: id }, history }
	}) as unknown as PublicFeature;

const added = (commit: string, date: string) => ({
	date,
	commit,
	message: `add ${commit}`,
	changes: [{ kind: 'added' as const }]
});

describe('datasetChanges', () => {
	it('groups the records’ changes by commit, latest first, and counts what readers look for', () => {
		const fix = {
			date: '2024-03-09',
			commit: 'c3',
			message: 'Senkata corrected',
			changes: [
				{ kind: 'moved' as const, km: 4.7, towards: 'sw' as const },
				{ kind: 'figure' as const, measure: 'dead' as const, by: 'GIEI', from: '11', to: '10' }
			]
		};
		const retract = {
			date: '2024-03-09',
			commit: 'c4',
			message: 'Withdrawn',
			changes: [{ kind: 'status' as const, from: null, to: 'retracted' }]
		};
		const { changes, counts } = datasetChanges([
			record('senkata', [fix, added('c1', '2024-03-01')]),
			record('sacaba', [retract, added('c2', '2024-03-02')]),
			record('untracked', [])
		]);
		expect(changes.map((c) => c.commit)).toEqual(['c3', 'c4', 'c2', 'c1']);
		expect(changes[0].records).toEqual([
			{ id: 'senkata', title: { es: 'senkata', en: 'senkata' }, changes: fix.changes }
		]);
		expect(counts).toEqual({ moved: 1, figures: 1, added: 2, retracted: 1 });
	});

	it('has nothing to say of records without history', () => {
		expect(datasetChanges([record('a', [])])).toEqual({
			changes: [],
			counts: { moved: 0, figures: 0, added: 0, retracted: 0 }
		});
	});
});
