// A dataset's changes page: every commit that changed a record, latest first, each with the
// records it changed and how; and the counts a reader looks for first (points moved, figures
// changed, records added, records retracted). Built from the records' histories. Pure.
import type { PublicFeature } from './publicData.ts';
import type { RecordChange } from './recordHistory.ts';

export interface ChangedRecord {
	id: string;
	title: { es: string; en: string };
	changes: RecordChange[];
}

export interface DatasetChange {
	date: string;
	commit: string;
	message: string;
	records: ChangedRecord[];
}

export interface ChangeCounts {
	moved: number;
	figures: number;
	added: number;
	retracted: number;
}

export function datasetChanges(features: readonly PublicFeature[]): {
	changes: DatasetChange[];
	counts: ChangeCounts;
} {
	const byCommit = new Map<string, DatasetChange>();
	const counts: ChangeCounts = { moved: 0, figures: 0, added: 0, retracted: 0 };
	for (const { properties: p } of features) {
		for (const entry of p.history ?? []) {
			let change = byCommit.get(entry.commit);
			if (!change) {
				change = { date: entry.date, commit: entry.commit, message: entry.message, records: [] };
				byCommit.set(entry.commit, change);
			}
			change.records.push({ id: p.id, title: p.title, changes: entry.changes });
			for (const c of entry.changes) {
				if (c.kind === 'moved') counts.moved++;
				else if (c.kind === 'figure') counts.figures++;
				else if (c.kind === 'added') counts.added++;
				else if (c.kind === 'status' && c.to === 'retracted') counts.retracted++;
			}
		}
	}
	// Latest first; one day's commits in the order the histories give them (latest first too).
	const order = [...byCommit.keys()];
	const changes = [...byCommit.values()].sort(
		(a, b) => b.date.localeCompare(a.date) || order.indexOf(a.commit) - order.indexOf(b.commit)
	);
	return { changes, counts };
}
