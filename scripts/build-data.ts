// npm run data:build — the data build stage (src/lib/pipeline/buildData.ts): every dataset folder
// read, checked (the one check data:check prints), enriched and written to .generated/datasets/
// for the prerender to read (and a tiled dataset's files to .generated/static/). `npm run build`
// starts with it: a dataset with a problem stops the build.
import { writeGeneratedData } from '../src/lib/pipeline/buildData.ts';
import { GENERATED_DIR, GENERATED_STATIC_DIR } from '../src/lib/pipeline/generatedFiles.ts';

try {
	const started = performance.now();
	const index = writeGeneratedData(GENERATED_DIR, GENERATED_STATIC_DIR, (line) =>
		console.log(line)
	);
	for (const d of index) {
		console.log(
			`${GENERATED_DIR}/${d.id}.json: ${d.delivery.featureCount} features (${d.delivery.mode})`
		);
	}
	console.log(`data:build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
