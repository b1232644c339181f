// Writing an imported dataset folder whole or not at all: the files go into a staging folder
// beside the target, which takes the target's place only once everything is written. A full
// disk, a crash or Ctrl-C leave the target as it was (at worst a staging folder beside it). An
// existing folder is replaced only when asked (`--force`), and then whole, never file by file.
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The file-system calls it makes (a test injects failures). */
export type FolderFs = Pick<
	typeof nodeFs,
	| 'existsSync'
	| 'statSync'
	| 'readdirSync'
	| 'mkdirSync'
	| 'writeFileSync'
	| 'renameSync'
	| 'rmSync'
>;

/** A write that did not happen, said in one line; the target is as it was. */
export class WriteRefused extends Error {}

const reason = (error: unknown) =>
	(error as NodeJS.ErrnoException).code ?? (error as Error).message ?? String(error);

/**
 * A file's text, or what makes it: made only when the file is written, so that a million
 * events' parts are not all held at once. It may throw WriteRefused: nothing is written then.
 */
export type FileText = string | (() => string);

/**
 * Makes a folder and its missing parents one at a time. Node's own recursive mkdir retries for
 * ever where a parent exists but cannot hold the child (a path under /proc answers ENOENT): here
 * that ENOENT is thrown. A parent another process made meanwhile is taken as made.
 */
function makeFolder(fs: FolderFs, dir: string): void {
	const missing: string[] = [];
	for (let d = dir; !fs.existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
	for (const d of missing) {
		try {
			fs.mkdirSync(d);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(d).isDirectory())
				throw error;
		}
	}
}

export function writeDatasetFolder(
	out: string,
	files: Readonly<Record<string, FileText>>,
	{ force = false }: { force?: boolean } = {},
	fs: FolderFs = nodeFs
): void {
	const target = resolve(out);
	const exists = fs.existsSync(target);
	if (exists && !fs.statSync(target).isDirectory())
		throw new WriteRefused(`${out}: is a file, not a folder; nothing written`);
	if (exists && fs.readdirSync(target).length > 0 && !force)
		throw new WriteRefused(
			`${out}: already holds files; nothing written (--force replaces the whole folder)`
		);
	const staging = join(dirname(target), `.${basename(target)}.importing-${process.pid}`);
	const replaced = join(dirname(target), `.${basename(target)}.replaced-${process.pid}`);
	try {
		fs.rmSync(staging, { recursive: true, force: true });
		makeFolder(fs, staging);
		for (const [name, text] of Object.entries(files))
			fs.writeFileSync(join(staging, name), typeof text === 'string' ? text : text());
	} catch (error) {
		fs.rmSync(staging, { recursive: true, force: true });
		if (error instanceof WriteRefused) throw error;
		throw new WriteRefused(`${out}: cannot write (${reason(error)}); nothing written`);
	}
	try {
		if (exists) fs.renameSync(target, replaced);
		try {
			fs.renameSync(staging, target);
		} catch (error) {
			if (exists) fs.renameSync(replaced, target);
			throw error;
		}
	} catch (error) {
		fs.rmSync(staging, { recursive: true, force: true });
		throw new WriteRefused(`${out}: cannot write (${reason(error)}); nothing written`);
	}
	if (exists) fs.rmSync(replaced, { recursive: true, force: true });
}
