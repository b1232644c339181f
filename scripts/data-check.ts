// npm run data:check [-- <dataset folder>...] — the data build's check, without writing: the
// given dataset folders, or exactly those the build builds (every folder under data/geojson/
// with a dataset.json, and those of CABILDO_EXTRA_DATASETS), found by the build's own function.
// Prints one line per problem and exits 1 if there is any; warnings are printed and counted too,
// and do not fail.
import { checkDatasetFolder } from '../src/lib/pipeline/checkFolder.ts';
import { datasetFolderById } from '../src/lib/pipeline/buildData.ts';
import { readDepartments } from '../src/lib/pipeline/readDataset.ts';

const args = process.argv.slice(2);
const departments = readDepartments();
let failed = false;
let folders: string[] = args;
if (args.length === 0) {
	try {
		folders = [...datasetFolderById().values()];
	} catch (error) {
		// Folders of event files without their dataset.json: one line each.
		console.error((error as Error).message);
		failed = true;
		folders = [];
	}
}
for (const folder of folders) {
	const { result, problems, warnings, notes } = checkDatasetFolder(folder, departments);
	for (const line of notes) console.log(line);
	for (const line of warnings) console.warn(`warning: ${line}`);
	if (warnings.length > 0)
		console.warn(`${folder}: ${warnings.length} warning(s): possible duplicates to review`);
	if (problems.length > 0) {
		failed = true;
		for (const line of problems) console.error(line);
		console.error(`${folder}: ${problems.length} problem(s)`);
	} else {
		console.log(`${folder}: ok, ${result.features.length} features`);
		const { quoted, total } = result.quotes;
		if (total > 0) console.log(`${folder}: quotes: ${quoted}/${total} figures`);
	}
}
// Not process.exit(): it would cut the lines still on their way down a pipe.
process.exitCode = failed ? 1 : 0;
