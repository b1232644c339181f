// npm run data:check [-- <dataset folder>...] — validates the given dataset folders, or every
// folder under data/geojson/ that holds a dataset.json.
// Prints one line per problem and exits 1 if there is any; warnings are printed and counted too,
// and do not fail.
import { checkDataset } from '../src/lib/build/check.ts';
import { committedIds } from '../src/lib/build/gitHistory.ts';
import { vanishedRecordLines } from '../src/lib/build/vanishedRecords.ts';
import { matchDatasetRegions, unmatchedRegionLine } from '../src/lib/build/regionPolygons.ts';
import { namedRegions } from '../src/lib/build/namedRegions.ts';
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
	// Against the last commit: a record may be retracted, never deleted.
	const committed = committedIds(folder);
	if (committed && read.readProblems.length === 0) {
		const current = new Set(
			read.files.flatMap(({ json }) =>
				((json as { features?: { properties?: { id?: unknown } }[] }).features ?? []).map((f) =>
					String(f.properties?.id)
				)
			)
		);
		problems.push(...vanishedRecordLines(folder, committed, current));
	} else if (!committed) console.log(`${folder}: no git history here: deleted records not checked`);
	// An imported dataset's regions: a bad polygon file is a problem; an unmatched name, a warning.
	if (result.meta?.boundaries === 'admin1' && result.meta.regions && problems.length === 0) {
		try {
			const match = matchDatasetRegions(result.meta.regions, folder, namedRegions(result.features));
			for (const u of match.unmatched) console.warn(`warning: ${unmatchedRegionLine(folder, u)}`);
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
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
// Not process.exit(): it would cut the lines still on their way down a pipe.
process.exitCode = failed ? 1 : 0;
