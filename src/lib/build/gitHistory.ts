// What git knows of a dataset folder (Node only): the feature ids of its files at a commit. A
// folder outside git, or a history that cannot be read, gives null, never an error: the checks
// that need history are then skipped with a note.
import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import type { CommittedIds } from './vanishedRecords.ts';
import type { DatasetVersion } from '../data/citation.ts';

const git = (cwd: string, args: string[]): string =>
	execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore'],
		maxBuffer: 2 ** 30
	});

/**
 * The ids of every feature in the folder's .geojson files at `revision` (HEAD: the last commit),
 * or null when there is no such history (not a repository, no commit, the folder not in it).
 */
export function committedIds(folder: string, revision = 'HEAD'): CommittedIds | null {
	const dir = resolve(folder);
	try {
		const root = git(dir, ['rev-parse', '--show-toplevel']).trim();
		const path = relative(root, dir) || '.';
		const [commit, date] = git(root, ['log', '-1', '--format=%h %cs', revision]).trim().split(' ');
		const files = git(root, ['ls-tree', '-r', '--name-only', revision, '--', path])
			.split('\n')
			.filter((name) => name.endsWith('.geojson') && dirname(name) === path);
		if (files.length === 0) return null;
		const ids = new Set<string>();
		for (const file of files) {
			const json = JSON.parse(git(root, ['show', `${revision}:${file}`])) as {
				features?: { properties?: { id?: unknown } }[];
			};
			for (const feature of json.features ?? [])
				if (typeof feature.properties?.id === 'string') ids.add(feature.properties.id);
		}
		return { commit, date, ids };
	} catch {
		return null;
	}
}

/**
 * A dataset's version: the day and short id of the last commit that changed its folder, marked
 * "-modified" when the files differ from it; null without git history.
 */
export function lastDataChange(folder: string): DatasetVersion | null {
	const dir = resolve(folder);
	try {
		const [commit, date] = git(dir, ['log', '-1', '--format=%h %cs', '--', '.']).trim().split(' ');
		if (!commit || !date) return null;
		const dirty = git(dir, ['status', '--porcelain', '--', '.']).trim() !== '';
		return { date, commit: dirty ? `${commit}-modified` : commit };
	} catch {
		return null;
	}
}
