// npm run data:check [-- <dataset folder>...] — validates the given dataset folders, or every
// folder under data/geojson/ that holds a dataset.json.
// Prints one line per problem and exits 1 if there is any; warnings are printed and counted too,
// and do not fail.
import { checkDataset } from '../src/lib/build/check.ts';
import {
	datasetFolders,
	readDatasetFolder,
	readDepartments,
	DATA_ROOT,
	foldersWithoutMeta,
	readGazetteer,
	readRoutes,
	strayFolderLine
} from '../src/lib/build/readDataset.ts';

const args = process.argv.slice(2);
const departments = readDepartments();
const gazetteer = readGazetteer();
const routes = readRoutes();
let failed = false;
if (args.length === 0)
	for (const folder of foldersWithoutMeta(DATA_ROOT)) {
		console.error(strayFolderLine(folder));
		failed = true;
	}
for (const folder of args.length > 0 ? args : datasetFolders()) {
	const read = readDatasetFolder(folder);
	// The gazetteer is Bolivia's: only datasets drawn on Bolivia's departments are tested against it.
	const boliviaOnly = (read.meta as { boundaries?: unknown } | undefined)?.boundaries !== 'admin1';
	const result = checkDataset(read, departments, boliviaOnly ? { gazetteer, routes } : {});
	const problems = [...read.readProblems, ...result.problems];
	for (const line of result.warnings) console.warn(`warning: ${line}`);
	if (result.warnings.length > 0)
		console.warn(`${folder}: ${result.warnings.length} warning(s): possible duplicates to review`);
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
process.exit(failed ? 1 : 0);
