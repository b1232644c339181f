import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteRefused, writeDatasetFolder } from '../../src/lib/import/writeDataset.ts';
import { tempFolder } from './tempFolder.ts';

const temp = tempFolder('write');

/** Every file under a folder with its text: the folder's whole state. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => {
				const path = join(e.parentPath, e.name);
				return [path.slice(dir.length), readFileSync(path, 'utf8')];
			})
	);
}

const FILES = { 'events.geojson': '{"new":true}\n', 'dataset.json': '{"id":"new"}\n' };

function existing(name: string): string {
	const dir = join(temp, name);
	mkdirSync(dir);
	writeFileSync(join(dir, 'events.geojson'), '{"old":true}\n');
	writeFileSync(join(dir, 'dataset.json'), '{"id":"old"}\n');
	writeFileSync(join(dir, 'stories.json'), '[]\n');
	return dir;
}

/** node:fs, but the second call of `call` fails with an error of `code`. */
function failingSecond(call: 'writeFileSync' | 'renameSync', message: string, code: string) {
	let calls = 0;
	const original = fs[call] as (...args: unknown[]) => unknown;
	return {
		...fs,
		[call]: (...args: unknown[]) => {
			if (++calls === 2) throw Object.assign(new Error(message), { code });
			return original(...args);
		}
	} as typeof fs;
}

describe('writeDatasetFolder', () => {
	it('writes a new folder whole, leaving nothing beside it', () => {
		const out = join(temp, 'fresh');
		writeDatasetFolder(`${out}/`, FILES);
		expect(snapshot(out)).toEqual({
			'/events.geojson': FILES['events.geojson'],
			'/dataset.json': FILES['dataset.json']
		});
		expect(readdirSync(temp).filter((n) => n.startsWith('.'))).toEqual([]);
	});

	it('never overwrites a folder unasked, and changes nothing', () => {
		const out = existing('kept');
		const before = snapshot(out);
		expect(() => writeDatasetFolder(out, FILES)).toThrow(
			new WriteRefused(
				`${out}: already holds files; nothing written (--force replaces the whole folder)`
			)
		);
		expect(snapshot(out)).toEqual(before);
	});

	it('with force, replaces the whole folder, not some of its files', () => {
		const out = existing('replaced');
		writeDatasetFolder(out, FILES, { force: true });
		expect(Object.keys(snapshot(out)).sort()).toEqual(['/dataset.json', '/events.geojson']);
		expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(FILES['dataset.json']);
	});

	it('refuses a path that is a file', () => {
		const file = join(temp, 'a-file');
		writeFileSync(file, 'x');
		expect(() => writeDatasetFolder(file, FILES)).toThrow(
			`${file}: is a file, not a folder; nothing written`
		);
		expect(readFileSync(file, 'utf8')).toBe('x');
	});

	// Node's recursive mkdir spins there for ever, so the write runs in a process of its own that
	// is stopped after 20 s: a hang fails the test instead of stopping the suite.
	it.runIf(existsSync('/proc/self'))(
		'refuses at once a folder whose parent cannot hold it (under /proc)',
		() => {
			const script = `import { writeDatasetFolder } from ${JSON.stringify(resolve('src/lib/import/writeDataset.ts'))};
try { writeDatasetFolder('/proc/cabildo-nowhere/out/', { 'a.json': '1' }); } catch (e) { console.log(e.message); }`;
			const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
				encoding: 'utf8',
				timeout: 20_000
			});
			expect(run.signal, run.stderr).toBeNull();
			expect(run.stdout.trim()).toBe(
				'/proc/cabildo-nowhere/out/: cannot write (ENOENT); nothing written'
			);
		}
	);

	it('takes a parent folder that another import made meanwhile as made', () => {
		const parent = join(temp, 'raced', 'parent');
		const out = join(parent, 'out');
		// The parent appears between the check and the mkdir, as when two imports start at once.
		const racing = {
			...fs,
			mkdirSync: (path: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
				if (path === parent) {
					fs.mkdirSync(parent);
					throw Object.assign(new Error('exists'), { code: 'EEXIST' });
				}
				return fs.mkdirSync(path, options);
			}
		} as typeof fs;
		writeDatasetFolder(`${out}/`, FILES, {}, racing);
		expect(Object.keys(snapshot(out)).sort()).toEqual(['/dataset.json', '/events.geojson']);
	});

	it.each([
		[
			'on a full disk (ENOSPC on the second file) leaves the target as it was, and no staging folder',
			{
				folder: 'disk-full',
				call: 'writeFileSync' as const,
				error: 'no space left on device',
				code: 'ENOSPC'
			}
		],
		[
			'when the folder cannot take the new one’s place, puts the old one back',
			{
				folder: 'rename-fails',
				call: 'renameSync' as const,
				error: 'busy',
				code: 'EBUSY'
			}
		]
	])('%s', (_, { folder, call, error, code }) => {
		const out = existing(folder);
		const before = snapshot(out);
		const failing = failingSecond(call, error, code);
		expect(() => writeDatasetFolder(out, FILES, { force: true }, failing)).toThrow(
			`${out}: cannot write (${code}); nothing written`
		);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(temp).filter((n) => n.startsWith('.'))).toEqual([]);
	});
});
