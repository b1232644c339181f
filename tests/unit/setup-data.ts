// Vitest global setup: the data build stage writes what the server-side modules read, as
// `npm run build` does before the prerender, into a temporary folder of the unit tests' own
// (CABILDO_GENERATED, which the test workers inherit), so that they never overwrite a build's
// .generated. The folder is removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default async function setup() {
	const root = mkdtempSync(join(tmpdir(), 'cabildo-unit-generated-'));
	process.env.CABILDO_GENERATED = root;
	// Imported once the folder is set: generatedFiles.ts reads it as it loads.
	const { writeGeneratedData } = await import('../../src/lib/pipeline/buildData.ts');
	writeGeneratedData();
	return () => rmSync(root, { recursive: true, force: true });
}
