// A record's history: what changed between two versions, in words (recordChanges,
// historyChangeText), and per record across commits of a real git repository (datasetSnapshots).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordChanges, recordHistories } from '../../src/lib/pipeline/recordChanges.ts';
import { datasetSnapshots } from '../../src/lib/pipeline/gitHistory.ts';
import { historyChangeText } from '../../src/lib/ui/historyText.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import type { EventFeature } from '../../src/lib/data/schema.ts';
import { validRecord } from './validRecord.ts';
import { tempFolder } from './tempFolder.ts';

const GIEI = {
	url: 'https://example.org/giei-report',
	title: 'Final report',
	publisher: 'GIEI',
	date: '2021-08-17'
};
const DAILY = {
	url: 'https://example.org/daily/2019-11-20',
	title: 'Nine dead in Senkata',
	publisher: 'Example Daily',
	date: '2019-11-20'
};

/** Senkata as first published: in El Alto within 3 km, the GIEI's count 11. */
function senkata(id = 'senkata-2019-11-19'): EventFeature {
	return validRecord(
		{
			id,
			place: { name: 'El Alto', alt_names: [] },
			location: { precision: 'locality', radius_m: 3000, source: DAILY },
			casualties: { dead: [{ value: 11, source: GIEI.url }] },
			sources: [GIEI]
		},
		{ type: 'Point', coordinates: [-68.15, -16.5] }
	);
}

/** Senkata corrected: moved to the plant, the GIEI's count 10, a second source, a status. */
function corrected(): EventFeature {
	return validRecord(
		{
			place: { name: 'Senkata', alt_names: [] },
			location: { precision: 'approximate', radius_m: 1500, source: DAILY },
			casualties: {
				dead: [
					{ value: 10, source: GIEI.url },
					{ value: 9, source: DAILY.url }
				]
			},
			sources: [GIEI, DAILY],
			status: {
				value: 'disputed',
				reason: { es: 'Cifras distintas.', en: 'Counts differ.' },
				date: '2021-09-01'
			}
		},
		{ type: 'Point', coordinates: [-68.1981, -16.5445] }
	);
}

describe('recordChanges', () => {
	it('says a new record was added, and nothing of a record that did not change', () => {
		expect(recordChanges(undefined, senkata())).toEqual([{ kind: 'added' }]);
		expect(recordChanges(senkata(), senkata())).toEqual([]);
	});

	it('names each change: place, move with distance and direction, location, figures, sources, status', () => {
		const changes = recordChanges(senkata(), corrected());
		expect(changes).toEqual([
			{ kind: 'place', from: 'El Alto', to: 'Senkata' },
			{ kind: 'moved', km: 7.1, towards: 'sw' },
			{ kind: 'precision', from: 'locality', to: 'approximate' },
			{ kind: 'radius', fromM: 3000, toM: 1500 },
			{ kind: 'figure', measure: 'dead', by: 'GIEI', from: '11', to: '10' },
			{ kind: 'figure', measure: 'dead', by: 'Example Daily', from: null, to: '9' },
			{ kind: 'source-added', publisher: 'Example Daily', title: 'Nine dead in Senkata' },
			{ kind: 'status', from: null, to: 'disputed' }
		]);
	});

	it('does not modify the versions it compares', () => {
		const [a, b] = [senkata(), corrected()];
		const before = JSON.stringify([a, b]);
		recordChanges(a, b);
		expect(JSON.stringify([a, b])).toBe(before);
	});
});

describe('historyChangeText', () => {
	const changes = recordChanges(senkata(), corrected());
	it('reads each change in English and in Spanish', () => {
		const en = changes.map((c) => historyChangeText(c, messages.en, 'en'));
		expect(en).toContain('Point moved 7.1 km south-west');
		expect(en).toContain('Dead according to GIEI: 11 → 10');
		expect(en).toContain('Dead according to Example Daily: 9 (figure added)');
		expect(en).toContain('Uncertainty radius: 3 km → 1.5 km');
		expect(en).toContain('Status: no status → disputed');
		const es = changes.map((c) => historyChangeText(c, messages.es, 'es'));
		expect(es).toContain('Punto movido 7,1 km hacia el suroeste');
		expect(es).toContain('Muertos según GIEI: 11 → 10');
		expect(es).toContain('Precisión de la ubicación: centro de la localidad → aproximada');
	});
});

describe('recordHistories over a git repository', () => {
	const repo = tempFolder('history');
	/** Outside any git repository: a shallow clone, a plain folder. */
	const elsewhere = tempFolder('history-elsewhere');
	/** The author and commit date of the next commit. */
	let commitDate = '';
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: repo,
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Test',
				GIT_AUTHOR_EMAIL: 'test@example.org',
				GIT_COMMITTER_NAME: 'Test',
				GIT_COMMITTER_EMAIL: 'test@example.org',
				GIT_COMMITTER_DATE: commitDate,
				GIT_AUTHOR_DATE: commitDate
			}
		});
	const folder = join(repo, 'data', 'sample');
	const write = (features: EventFeature[]) =>
		writeFileSync(
			join(folder, 'events.geojson'),
			JSON.stringify({ type: 'FeatureCollection', features })
		);
	const commit = (message: string, date: string) => {
		commitDate = `${date}T12:00:00Z`;
		git('add', '-A');
		git('commit', '-q', '-m', message);
	};

	it('gives each record its changes, latest first, with the commit’s day, id and explanation', () => {
		git('init', '-q');
		mkdirSync(folder, { recursive: true });
		const other = senkata('other-event');
		write([senkata(), other]);
		commit('Add Senkata', '2021-01-10');
		writeFileSync(join(folder, 'dataset.json'), '{}');
		commit('Dataset metadata only <b>not a change</b>', '2021-02-01');
		write([corrected(), other]);
		commit('Senkata: the plant, not El Alto <script>', '2021-09-01');

		const snapshots = datasetSnapshots(folder)!;
		expect(snapshots.map((s) => s.message)).toEqual([
			'Add Senkata',
			'Senkata: the plant, not El Alto <script>'
		]);
		const histories = recordHistories(snapshots);
		const history = histories.get('senkata-2019-11-19')!;
		expect(history.map((e) => [e.date, e.message])).toEqual([
			['2021-09-01', 'Senkata: the plant, not El Alto <script>'],
			['2021-01-10', 'Add Senkata']
		]);
		expect(history[0].commit).toMatch(/^[0-9a-f]{7,}$/);
		expect(history[0].changes).toContainEqual({ kind: 'moved', km: 7.1, towards: 'sw' });
		expect(history[1].changes).toEqual([{ kind: 'added' }]);
		expect(histories.get('other-event')!.map((e) => e.message)).toEqual(['Add Senkata']);
	});

	it('gives null, with a log line, for a shallow clone (its oldest commit is not when records were added)', () => {
		const shallow = join(elsewhere, 'shallow');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], {
			stdio: 'ignore'
		});
		const log: string[] = [];
		expect(datasetSnapshots(join(shallow, 'data', 'sample'), (line) => log.push(line))).toBeNull();
		expect(log).toEqual([expect.stringMatching(/history: a shallow clone holds only part of it/)]);
	});

	it('gives null for a folder git does not hold', () => {
		const outside = join(elsewhere, 'outside');
		mkdirSync(outside);
		expect(datasetSnapshots(outside)).toBeNull();
	});
});
