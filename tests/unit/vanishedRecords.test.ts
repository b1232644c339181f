// A record is never deleted: data:check compares a dataset's files with its last commit, in a
// temporary repository here, and refuses a feature that is gone without a retracted status.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vanishedRecordLines } from '../../src/lib/pipeline/vanishedRecords.ts';
import { committedIds } from '../../src/lib/pipeline/gitHistory.ts';
import { checker } from '../commands.ts';
import { tempFolder } from './tempFolder.ts';

const FIXTURE = 'tests/fixtures/site-datasets/mymaps-sample';
const repo = tempFolder('history');
const folder = join(repo, 'data', 'mymaps');
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
		cwd: repo,
		encoding: 'utf8'
	});
const check = () => checker(folder);

const events = () => readFileSync(join(folder, 'events.geojson'), 'utf8');
/** The events file without the feature `id`, or with `edit` applied to it. */
function rewrite(id: string, edit: ((line: string) => string) | null) {
	const lines = events().split('\n');
	const kept = lines.flatMap((line) => {
		if (!line.includes(`"id":"${id}"`)) return [line];
		return edit ? [edit(line)] : [];
	});
	// The last feature line has no comma.
	const text = kept.join('\n').replace(/,\n\]\}/, '\n]}');
	writeFileSync(join(folder, 'events.geojson'), text);
}

describe('a deleted record', { timeout: 60_000 }, () => {
	it('names every id a commit had that the files do not', () => {
		const committed = { commit: 'abc1234', date: '2026-12-05', ids: new Set(['a', 'b', 'c']) };
		expect(vanishedRecordLines('x', committed, new Set(['a', 'c', 'd']))).toEqual([
			'x: feature b: was in commit abc1234 (2026-12-05) and is gone: a record is never deleted; keep it with "status": { "value": "retracted", "reason": …, "date": … }'
		]);
	});

	it('is refused by data:check in one line, and passes kept as retracted', () => {
		// Outside git: the check runs, says history is not checked, and passes.
		cpSync(FIXTURE, folder, { recursive: true });
		const outside = check();
		expect(outside.status, outside.stderr).toBe(0);
		expect(outside.stdout).toContain('no git history here: deleted records not checked');

		git('init', '-q');
		git('add', '.');
		git('commit', '-q', '-m', 'the dataset');
		expect(committedIds(folder)?.ids.has('marcha-de-prueba')).toBe(true);
		expect(check().status).toBe(0);

		rewrite('marcha-de-prueba', null);
		const deleted = check();
		expect(deleted.status).toBe(1);
		const lines = deleted.stderr.split('\n').filter(Boolean);
		expect(lines[0]).toMatch(
			new RegExp(
				`^${folder}: feature marcha-de-prueba: was in commit [0-9a-f]{7,} \\(\\d{4}-\\d{2}-\\d{2}\\) and is gone: a record is never deleted`
			)
		);
		expect(lines).toHaveLength(2); // the line, then the count

		git('checkout', '-q', '--', '.');
		rewrite('marcha-de-prueba', (line) =>
			line.replace(
				/"status":\{[^}]*\{[^}]*\}[^}]*\}/,
				'"status":{"value":"retracted","reason":{"es":"Prueba: retirada.","en":"Fixture: retracted."},"date":"2019-11-28"}'
			)
		);
		expect(events()).toContain('"value":"retracted","reason":{"es":"Prueba: retirada."');
		const retracted = check();
		expect(retracted.status, retracted.stderr).toBe(0);
	});
});
