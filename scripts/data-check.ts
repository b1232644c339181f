// npm run data:check [-- <dataset folder>...] — the data build's check, without writing: the
// given dataset folders, or exactly those the build builds (every folder under data/geojson/
// with a dataset.json, and those of CABILDO_EXTRA_DATASETS), found by the build's own function.
// Prints one line per problem and exits 1 if there is any; warnings are printed and counted too,
// and do not fail. The command itself is scripts/checkCommand.ts.
import { checkCommand } from './checkCommand.ts';

// Not process.exit(): it would cut the lines still on their way down a pipe.
process.exitCode = checkCommand(process.argv.slice(2), {
	log: console.log,
	error: console.error
});
