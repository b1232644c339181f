// Where the data build writes and how its output is read back (Node only). Kept apart from the
// build itself so that the prerender's routes (server/dataset.ts) read it without loading the
// checker, turf or the tile builder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PublicDataset } from '../data/publicData.ts';
import type { Delivery } from '../data/delivery.ts';
import type { ImportedTable } from '../data/importedTable.ts';

/**
 * The data build's folder: `.generated`, git-ignored. The unit tests set CABILDO_GENERATED to a
 * temporary folder of their own (tests/unit/setup-data.ts), so that they never overwrite a build's
 * data.
 */
const GENERATED_ROOT = process.env.CABILDO_GENERATED || '.generated';

/**
 * Where the data build writes: one `<id>.json` per dataset, `<id>.imported.json` for one that
 * keeps its imported records, and `index.json`.
 */
export const GENERATED_DIR = join(GENERATED_ROOT, 'datasets');

/**
 * Files served as they are, beside the prerendered pages (a tiled dataset's tiles, summary,
 * features and downloads): scripts/generatedStatic.ts copies them into the site.
 */
export const GENERATED_STATIC_DIR = join(GENERATED_ROOT, 'static');

export interface GeneratedIndexEntry {
	id: string;
	title: { es: string; en: string };
	/** How its features reach the page (a tiled dataset's `<id>.json` holds none). */
	delivery: Delivery;
}

/** What the data build wrote (for the routes). */
export function readGeneratedIndex(dir = GENERATED_DIR): GeneratedIndexEntry[] {
	const path = join(dir, 'index.json');
	if (!existsSync(path))
		throw new Error(`${path} is missing: run \`npm run data:build\` (part of \`npm run build\`)`);
	return JSON.parse(readFileSync(path, 'utf8')) as GeneratedIndexEntry[];
}

export function readGeneratedDataset(id: string, dir = GENERATED_DIR): PublicDataset {
	return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as PublicDataset;
}

/** A dataset's records as imported (data/importedTable.ts), when it keeps them. */
export const importedTablePath = (id: string, dir = GENERATED_DIR): string =>
	join(dir, `${id}.imported.json`);

export function readImportedTable(id: string, dir = GENERATED_DIR): ImportedTable | null {
	const path = importedTablePath(id, dir);
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ImportedTable) : null;
}
