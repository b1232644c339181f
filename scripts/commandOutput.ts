/** Where a command's lines go: stdout and stderr for the command line, arrays in tests. */
export interface CommandOutput {
	log(line: string): void;
	error(line: string): void;
}
