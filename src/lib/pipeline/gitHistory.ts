// What git knows of a dataset folder (Node only): the feature ids of its files at a commit. A
// folder outside git, or a history that cannot be read, gives null, never an error: the checks
// that need history are then skipped with a note.
import { execFileSync } from 'node:child_process';
import { dirname, relative, resolve } from 'node:path';
import type { CommittedIds } from './vanishedRecords.ts';
import type { DatasetVersion } from '../data/citation.ts';
import type { EventFeature } from '../data/schema.ts';
import type { DatasetSnapshot } from './recordChanges.ts';

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

/** Past this many bytes of event files at a commit, a dataset's history is not read (log line). */
export const HISTORY_BYTES_LIMIT = 32 * 1024 * 1024;
/** A commit's explanation as shown beside a change: its subject, cut here. */
const MESSAGE_MAX = 300;

/**
 * The dataset's features at every commit that changed its event files, oldest first; null when
 * git has no history of the folder, or only part of it (a shallow clone). A version that cannot be read (malformed, too large) is
 * skipped and said in `log`, never thrown.
 */
export function datasetSnapshots(
	folder: string,
	log: (line: string) => void = () => {}
): DatasetSnapshot[] | null {
	const dir = resolve(folder);
	let root: string;
	let commits: { commit: string; date: string; message: string }[];
	try {
		root = git(dir, ['rev-parse', '--show-toplevel']).trim();
		// A shallow clone's oldest commit would pass for every record's first appearance.
		if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
			log(`${folder}: history: a shallow clone holds only part of it: not shown`);
			return null;
		}
		const path = relative(root, dir) || '.';
		commits = git(root, ['log', '--reverse', '--format=%h%x09%cs%x09%s', '--', `${path}/*.geojson`])
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map((line) => {
				const [commit, date, ...subject] = line.split('\t');
				const message = subject.join('\t').trim();
				return {
					commit,
					date,
					message: message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message
				};
			});
	} catch {
		return null;
	}
	if (commits.length === 0) return null;
	const path = relative(root, dir) || '.';
	const snapshots: DatasetSnapshot[] = [];
	for (const { commit, date, message } of commits) {
		try {
			const listing = git(root, ['ls-tree', '-r', '-l', commit, '--', path])
				.split('\n')
				.map((line) => line.match(/^\S+ blob \S+\s+(\d+)\t(.+)$/))
				.filter((m): m is RegExpMatchArray => m !== null)
				.filter(([, , name]) => name.endsWith('.geojson') && dirname(name) === path);
			const bytes = listing.reduce((sum, [, size]) => sum + Number(size), 0);
			if (bytes > HISTORY_BYTES_LIMIT) {
				log(
					`${folder}: history: ${commit} holds ${Math.round(bytes / 1e6)} MB of events: not read`
				);
				continue;
			}
			const features = new Map<string, EventFeature>();
			for (const [, , name] of listing) {
				const json = JSON.parse(git(root, ['show', `${commit}:${name}`])) as {
					features?: EventFeature[];
				};
				for (const feature of json.features ?? [])
					if (typeof feature?.properties?.id === 'string')
						features.set(feature.properties.id, feature);
			}
			snapshots.push({ commit, date, message, features });
		} catch (error) {
			log(
				`${folder}: history: ${commit} cannot be read (${(error as Error).message.split('\n')[0]}): skipped`
			);
		}
	}
	return snapshots;
}
