// The .ts and .svelte files under a folder, for tests that read the source itself.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sourceFiles(join(dir, e.name))
			: /\.(ts|svelte)$/.test(e.name)
				? [join(dir, e.name)]
				: []
	);
}
