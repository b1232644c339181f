// Reads a dataset folder from disk (Node only: used by `npm run data:check` and the prerender).
import {
	closeSync,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	statSync
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { DatasetFiles } from './check.ts';
import type { Departments } from '../geo/departments.ts';
import type { GazetteerPlace } from '../data/gazetteer.ts';
import type { Route } from '../geo/routes.ts';

export const DATA_ROOT = 'data/geojson';

/** Above this size a file cannot be one JavaScript string: it is read one feature per line. */
export const WHOLE_FILE_LIMIT = 256 * 1024 * 1024;

function readJson(path: string): { json: unknown; error?: string } {
	try {
		if (statSync(path).size > WHOLE_FILE_LIMIT) return { json: readFeatureLines(path) };
		return { json: JSON.parse(readFileSync(path, 'utf8')) };
	} catch (error) {
		return { json: undefined, error: (error as Error).message };
	}
}

/** A first line that opens a FeatureCollection's features (other members may come before). */
function opensFeatures(line: string): boolean {
	if (!/"features"\s*:\s*\[$/.test(line)) return false;
	try {
		return (JSON.parse(line + ']}') as { type?: unknown }).type === 'FeatureCollection';
	} catch {
		return false;
	}
}

/**
 * A FeatureCollection written one feature per line (as data:synthetic and the importers write
 * it), read line by line: such a file may be larger than the largest string JSON.parse can take.
 */
export function readFeatureLines(
	path: string,
	readBytes = 16 * 1024 * 1024
): { type: 'FeatureCollection'; features: unknown[] } {
	const features: unknown[] = [];
	const fd = openSync(path, 'r');
	const buffer = Buffer.alloc(readBytes);
	// A read may end inside a character: the decoder keeps its first bytes for the next one.
	const decoder = new StringDecoder('utf8');
	let rest = '';
	let lineNumber = 0;
	let state = 'opening' as 'opening' | 'features' | 'closed';
	const take = (line: string) => {
		lineNumber++;
		const text = line.trim();
		if (state === 'opening') {
			if (!opensFeatures(text))
				throw new Error(
					`line 1: a file over ${WHOLE_FILE_LIMIT / 2 ** 20} MB must open with {"type":"FeatureCollection","features":[ alone on its first line, then one feature per line`
				);
			state = 'features';
		} else if (state === 'features') {
			if (text === ']}') state = 'closed';
			else if (text !== '') {
				try {
					features.push(JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text));
				} catch (error) {
					throw new Error(`line ${lineNumber}: ${(error as Error).message}`, { cause: error });
				}
			}
		} else if (text !== '') throw new Error(`line ${lineNumber}: text after the closing ]}`);
	};
	try {
		for (;;) {
			const n = readSync(fd, buffer, 0, buffer.length, null);
			if (n === 0) break;
			const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
			rest = lines.pop() ?? '';
			lines.forEach(take);
		}
		take(rest + decoder.end());
	} finally {
		closeSync(fd);
	}
	if (state !== 'closed') throw new Error('the file ends before its closing ]}');
	return { type: 'FeatureCollection', features };
}

/** Folders under data/geojson/ that hold a dataset.json, as paths relative to `root`. */
export function datasetFolders(root = process.cwd()): string[] {
	const base = join(root, DATA_ROOT);
	return readdirSync(base, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'dataset.json')))
		.map((d) => join(DATA_ROOT, d.name))
		.sort();
}

/** The basemap's own files, which are no dataset. */
const BASEMAP_FOLDER = 'boundaries';

/**
 * Folders under `dataRoot` that hold .geojson files but no dataset.json: no check and no build
 * would see them, so they are reported rather than skipped.
 */
export function foldersWithoutMeta(dataRoot: string, root = process.cwd()): string[] {
	const base = resolve(root, dataRoot);
	if (!existsSync(base)) return [];
	return readdirSync(base, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !(dataRoot === DATA_ROOT && d.name === BASEMAP_FOLDER))
		.filter(
			(d) =>
				!existsSync(join(base, d.name, 'dataset.json')) &&
				readdirSync(join(base, d.name)).some((f) => f.endsWith('.geojson'))
		)
		.map((d) => join(dataRoot, d.name))
		.sort();
}

export const strayFolderLine = (folder: string) =>
	`${folder}: holds .geojson files but no dataset.json, so no check and no build would see them: add its dataset.json, or move the files out`;

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
	// The region polygons a dataset names (`regions.file`) are not events: read by the data build.
	const regionsFile = (meta.json as { regions?: { file?: unknown } } | undefined)?.regions?.file;
	for (const f of onDisk) {
		if (!names.includes(f) && f !== regionsFile)
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
	// Stories and the source text's claims (data/storySchema.ts), when the folder has them.
	const storiesDir = join(dir, 'stories');
	const stories = existsSync(storiesDir)
		? readdirSync(storiesDir)
				.filter((f) => f.endsWith('.json'))
				.sort()
				.flatMap((f) => {
					const path = join(storiesDir, f);
					const { json, error } = readJson(path);
					if (error) readProblems.push(`${show(path)}: JSON: ${error}`);
					return error ? [] : [{ path: show(path), json }];
				})
		: [];
	const claimsPath = join(dir, 'claims.json');
	let claims: ReadDataset['claims'] = null;
	if (existsSync(claimsPath)) {
		const { json, error } = readJson(claimsPath);
		if (error) readProblems.push(`${show(claimsPath)}: JSON: ${error}`);
		else claims = { path: show(claimsPath), json };
	}
	return { metaPath: show(metaPath), meta: meta.json, files, stories, claims, readProblems };
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

/** Trunk roads as the ordered towns each passes (data/gazetteer/routes.json), for `data:check`. */
export function readRoutes(root = process.cwd()): Route[] {
	return (
		JSON.parse(readFileSync(join(root, 'data/gazetteer/routes.json'), 'utf8')) as {
			routes: Route[];
		}
	).routes;
}
