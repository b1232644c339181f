// npm run data:build — the data build stage (src/lib/build/buildData.ts): every dataset folder
// read, validated, enriched and written to .generated/datasets/ for the prerender to read.
// `npm run build` runs it after data:check.
import { GENERATED_DIR, writeGeneratedData } from '../src/lib/build/buildData.ts';

try {
	for (const d of writeGeneratedData()) {
		console.log(`${GENERATED_DIR}/${d.id}.json: ${d.featureCount} features`);
	}
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
