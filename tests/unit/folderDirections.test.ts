// The folders of src/lib import one another in one direction only (docs/architecture.md, Folder
// directions): each may import the folders before it in LAYERS, never one after it, so there is
// no cycle. This test reads every import and names the file of a wrong one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../sourceFiles.ts';

const LIB = resolve('src/lib');
const LAYERS = [
	'i18n',
	'domain',
	'data',
	'geo',
	'url',
	'offline',
	'pipeline',
	'import',
	'state',
	'map',
	'server',
	'ui'
];

/** Every import of one src/lib folder from another: [from folder, to folder, where]. */
function folderImports(): [string, string, string][] {
	const found: [string, string, string][] = [];
	for (const file of sourceFiles(LIB)) {
		const from = relative(LIB, file).split('/')[0];
		const text = readFileSync(file, 'utf8');
		for (const m of text.matchAll(
			/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
		)) {
			const spec = m[1] ?? m[2];
			const target = spec.startsWith('.')
				? resolve(dirname(file), spec)
				: spec.startsWith('#lib/')
					? join(LIB, spec.slice('#lib/'.length))
					: null;
			if (!target || relative(LIB, target).startsWith('..')) continue;
			const to = relative(LIB, target).split('/')[0];
			if (to !== from) found.push([from, to, `${relative(LIB, file)} imports ${spec}`]);
		}
	}
	return found;
}

describe('folder directions', () => {
	const imports = folderImports();

	it('reads the imports (the test would see a wrong one)', () => {
		expect(imports.length).toBeGreaterThan(100);
		expect(imports.some(([from, to]) => from === 'ui' && to === 'state')).toBe(true);
	});

	it('every folder of src/lib has its place in the order', () => {
		const folders = readdirSync(LIB, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => e.name);
		expect(folders.filter((f) => !LAYERS.includes(f))).toEqual([]);
	});

	it('no folder imports one after it in the order, so no two folders import each other', () => {
		const wrong = imports
			.filter(([from, to]) => LAYERS.indexOf(to) > LAYERS.indexOf(from))
			.map(([from, to, where]) => `${from} → ${to}: ${where}`);
		expect(wrong).toEqual([]);
	});
});
