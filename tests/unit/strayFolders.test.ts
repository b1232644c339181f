import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	DATA_ROOT,
	datasetFolders,
	foldersWithoutMeta,
	strayFolderLine
} from '../../src/lib/pipeline/readDataset.ts';
import { tempFolder } from './tempFolder.ts';

const root = tempFolder('stray');

function folder(name: string, files: string[]) {
	const dir = join(root, DATA_ROOT, name);
	mkdirSync(dir, { recursive: true });
	for (const f of files) writeFileSync(join(dir, f), '{}');
}

describe('dataset folders without dataset.json', () => {
	it('are reported, not skipped; the basemap and other folders are not', () => {
		folder('complete', ['dataset.json', 'events.geojson']);
		folder('forgotten', ['events.geojson']);
		folder('boundaries', ['departments.geojson']);
		folder('notes', ['README.md']);
		expect(foldersWithoutMeta(DATA_ROOT, root)).toEqual([join(DATA_ROOT, 'forgotten')]);
		expect(datasetFolders(root)).toEqual([join(DATA_ROOT, 'complete')]);
		expect(strayFolderLine(join(DATA_ROOT, 'forgotten'))).toBe(
			`${join(DATA_ROOT, 'forgotten')}: holds .geojson files but no dataset.json, so no check and no build would see them: add its dataset.json, or move the files out`
		);
	});

	it('none in the repository', () => {
		expect(foldersWithoutMeta(DATA_ROOT)).toEqual([]);
	});
});
