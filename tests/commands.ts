// The data commands run in-process, as a test calls them: the exit code and what they printed,
// in the shape spawnSync gives (tests/unit/hostile-imports.test.ts and data-check-cli.test.ts
// run the command lines themselves).
import { checkCommand } from '../scripts/checkCommand.ts';
import { importCommand } from '../scripts/importCommand.ts';
import type { CommandOutput } from '../scripts/commandOutput.ts';

export interface CommandRun {
	status: number;
	stdout: string;
	stderr: string;
}

function run(command: (args: string[], output: CommandOutput) => number, args: string[]) {
	const [stdout, stderr]: string[][] = [[], []];
	const status = command(args, {
		log: (line) => stdout.push(`${line}\n`),
		error: (line) => stderr.push(`${line}\n`)
	});
	return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** `npm run data:import -- <args>`. */
export const importer = (...args: string[]): CommandRun => run(importCommand, args);

/** `npm run data:import -- --from <from> <input> --mapping <mapping> --out <out> <more>`. */
export const importMapped = (
	from: string,
	input: string,
	mapping: string,
	out: string,
	...more: string[]
): CommandRun => importer('--from', from, input, '--mapping', mapping, '--out', out, ...more);

/** `npm run data:check -- <folders>`. */
export const checker = (...folders: string[]): CommandRun => run(checkCommand, folders);
