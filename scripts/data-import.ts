// npm run data:import -- --from acled <export.csv> --out <folder>/ [--id <slug>]
//   [--title-es … --title-en …] [--description-es … --description-en …] [--skip-bad] [--force]
//   [--debug: a failure nobody foresaw shows its stack trace, not only its one line]
// npm run data:import -- --from csv|geojson <file> --mapping <mapping.json> --out <folder>/ […]
// Converts an ACLED export, or a spreadsheet or GeoJSON file described by a mapping file, into a
// dataset folder (dataset.json + events.geojson) that passes `npm run data:check`. Every value it
// cannot convert is printed as `<file>:<line>: <column>: <value>: <reason>`; with any such problem
// nothing is written and the exit code is 1, unless --skip-bad is given. The folder is written
// whole or not at all, and an existing one is replaced (whole) only with --force. See docs/import.md.
// The command itself is scripts/importCommand.ts.
import { writeSync } from 'node:fs';
import { importCommand } from './importCommand.ts';

/**
 * A line on stderr, written at once: console.error down a pipe is asynchronous, and the
 * process.exit() of an unforeseen failure would cut it short. A pipe that is full (its reader is
 * slower) says EAGAIN: wait a moment and write the rest, as 20,000 problem lines need.
 */
function errorLine(line: string) {
	let rest = Buffer.from(`${line}\n`);
	while (rest.length > 0) {
		try {
			rest = rest.subarray(writeSync(2, rest));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
		}
	}
}

// Whatever goes wrong is told in one line; the stack trace only with --debug.
if (!process.argv.includes('--debug'))
	process.on('uncaughtException', (error) => {
		const code = (error as NodeJS.ErrnoException).code;
		const first = error.message.split('\n')[0];
		errorLine(`data:import: ${code ? `${code}: ` : ''}${first} (--debug shows where)`);
		process.exit(1);
	});

process.exitCode = importCommand(process.argv.slice(2), { log: console.log, error: errorLine });
