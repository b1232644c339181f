// A scratch folder for the tests that write files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * A new folder in the system's temporary folder, named cabildo-`name`-…, removed with all it
 * holds after the tests of the file, or of the describe block that makes it.
 */
export function tempFolder(name: string): string {
	const folder = mkdtempSync(join(tmpdir(), `cabildo-${name}-`));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}
