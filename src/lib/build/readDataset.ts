// Reads a dataset folder from disk (Node only: used by `npm run data:check` and the prerender).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DatasetFiles } from './check.ts';
import type { Departments } from '../geo/departments.ts';
import type { GazetteerPlace } from '../data/gazetteer.ts';

export const DATA_ROOT = 'data/geojson';

function readJson(path: string): { json: unknown; error?: string } {
	try {
		return { json: JSON.parse(readFileSync(path, 'utf8')) };
	} catch (error) {
		return { json: undefined, error: (error as Error).message };
	}
}

/** Folders under data/geojson/ that hold a dataset.json, as paths relative to `root`. */
export function datasetFolders(root = process.cwd()): string[] {
	const base = join(root, DATA_ROOT);
	return readdirSync(base, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'dataset.json')))
		.map((d) => join(DATA_ROOT, d.name))
		.sort();
}

export interface ReadDataset extends DatasetFiles {
	/** Files that could not be read or parsed as JSON, as problem lines. */
	readProblems: string[];
}

/**
 * Reads dataset.json and the feature files it lists. Every .geojson in the folder must be
 * listed, so that a file cannot sit there unchecked.
 */
export function readDatasetFolder(folder: string, root = process.cwd()): ReadDataset {
	const dir = resolve(root, folder);
	const show = (path: string) => relative(root, path);
	const metaPath = join(dir, 'dataset.json');
	const readProblems: string[] = [];
	const meta = readJson(metaPath);
	if (meta.error) readProblems.push(`${show(metaPath)}: JSON: ${meta.error}`);
	const listed = (meta.json as { files?: unknown } | undefined)?.files;
	const onDisk = readdirSync(dir)
		.filter((f) => f.endsWith('.geojson'))
		.sort();
	const names = Array.isArray(listed)
		? listed.filter((f): f is string => typeof f === 'string')
		: onDisk;
	for (const f of onDisk) {
		if (!names.includes(f))
			readProblems.push(`${show(join(dir, f))}: file: is not listed in dataset.json "files"`);
	}
	const files: DatasetFiles['files'] = [];
	for (const name of names) {
		const path = join(dir, name);
		if (!/^[a-z0-9-]+\.geojson$/.test(name)) continue; // the schema reports the bad name
		if (!existsSync(path)) {
			readProblems.push(`${show(path)}: file: is listed in dataset.json but does not exist`);
			continue;
		}
		const { json, error } = readJson(path);
		if (error) readProblems.push(`${show(path)}: JSON: ${error}`);
		else files.push({ path: show(path), json });
	}
	return { metaPath: show(metaPath), meta: meta.json, files, readProblems };
}

export function readDepartments(root = process.cwd()): Departments {
	return JSON.parse(
		readFileSync(join(root, DATA_ROOT, 'boundaries/departments.geojson'), 'utf8')
	) as Departments;
}

/** The Bolivian gazetteer (GeoNames extract, data/gazetteer/README.md) for `data:check`. */
export function readGazetteer(root = process.cwd()): GazetteerPlace[] {
	return JSON.parse(
		readFileSync(join(root, 'data/gazetteer/geonames-bo.json'), 'utf8')
	) as GazetteerPlace[];
}
