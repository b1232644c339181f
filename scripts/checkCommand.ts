// The command behind `npm run data:check` (scripts/data-check.ts, which describes it), callable
// in-process as the unit tests call it: its lines go to `output` (warnings and problems to its
// error side, as the command line prints them to stderr), and it returns the exit code.
import { checkDatasetFolder } from '../src/lib/pipeline/checkFolder.ts';
import { datasetFolderById } from '../src/lib/pipeline/buildData.ts';
import { readDepartments } from '../src/lib/pipeline/readDataset.ts';
import type { CommandOutput } from './commandOutput.ts';

/** Checks the given dataset folders, or those the build builds; returns the exit code. */
export function checkCommand(args: string[], output: CommandOutput): number {
	const departments = readDepartments();
	let failed = false;
	let folders: string[] = args;
	if (args.length === 0) {
		try {
			folders = [...datasetFolderById().values()];
		} catch (error) {
			// Folders of event files without their dataset.json: one line each.
			output.error((error as Error).message);
			failed = true;
			folders = [];
		}
	}
	for (const folder of folders) {
		const { result, problems, warnings, notes } = checkDatasetFolder(folder, departments);
		for (const line of notes) output.log(line);
		for (const line of warnings) output.error(`warning: ${line}`);
		if (warnings.length > 0)
			output.error(`${folder}: ${warnings.length} warning(s): possible duplicates to review`);
		if (problems.length > 0) {
			failed = true;
			for (const line of problems) output.error(line);
			output.error(`${folder}: ${problems.length} problem(s)`);
		} else {
			output.log(`${folder}: ok, ${result.features.length} features`);
			const { quoted, total } = result.quotes;
			if (total > 0) output.log(`${folder}: quotes: ${quoted}/${total} figures`);
		}
	}
	return failed ? 1 : 0;
}
