import { describe, expect, it } from 'vitest';
import { datasetChanges } from '../../src/lib/data/datasetChanges.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import { changesSince, type RecordHistory } from '../../src/lib/data/recordHistory.ts';
import { pinnedUrl } from '../../src/lib/url/sharedUrl.ts';

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

describe('changesSince', () => {
	const history = [
		{ date: '2024-03-09', commit: 'c3c3c3c', message: 'fix', changes: [] },
		{ date: '2024-03-05', commit: 'b2b2b2b', message: 'fix', changes: [] },
		{ date: '2024-03-01', commit: 'a1a1a1a', message: 'add', changes: [] }
	];
	it('gives the entries after the pinned commit, latest first', () => {
		expect(
			changesSince(history, { date: '2024-03-05', commit: 'b2b2b2b' }).map((e) => e.commit)
		).toEqual(['c3c3c3c']);
		// A longer or shorter id of the same commit.
		expect(changesSince(history, { date: '2024-03-01', commit: 'a1a1a1a9' })).toHaveLength(2);
		expect(changesSince(history, { date: '2024-03-09', commit: 'c3c3c3c' })).toEqual([]);
	});
	it('falls back on the day when the record’s history does not name the pinned commit', () => {
		expect(
			changesSince(history, { date: '2024-03-06', commit: 'ffffff0' }).map((e) => e.commit)
		).toEqual(['c3c3c3c']);
		expect(changesSince(history, { date: '2024-04-01', commit: 'ffffff0' })).toEqual([]);
	});
});

describe('pinnedUrl', () => {
	it('adds or replaces v, keeping the rest of the link byte for byte', () => {
		expect(pinnedUrl('https://x.org/?layers=a,b&lang=en#5/1/2', '2024-03-09-c3c3c3c')).toBe(
			'https://x.org/?layers=a,b&lang=en&v=2024-03-09-c3c3c3c#5/1/2'
		);
		expect(pinnedUrl('https://x.org/d/s/?v=old&event=e', '2024-03-09-c3c3c3c')).toBe(
			'https://x.org/d/s/?event=e&v=2024-03-09-c3c3c3c'
		);
	});
});
