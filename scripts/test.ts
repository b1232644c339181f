// npm test: the checks, the unit tests and the browser tests, in the least time on two cores.
// The type check, lint and format check (`npm run check`) run while the browser tests' site is
// built (`npm run test:site`): each of the two mostly keeps one core busy. Then the unit tests,
// then the browser tests against the site just built. Any step's failure fails the run.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`, each line of its output led by `prefix` when one is given. */
function run(script: string, prefix = '', env: NodeJS.ProcessEnv = process.env): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(npm, ['run', script], {
			env,
			stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit'
		});
		if (prefix)
			for (const [from, to] of [
				[child.stdout, process.stdout],
				[child.stderr, process.stderr]
			] as const) {
				let rest = '';
				from!.setEncoding('utf8');
				from!.on('data', (chunk: string) => {
					const lines = (rest + chunk).split('\n');
					rest = lines.pop()!;
					for (const line of lines) to.write(`${prefix} ${line}\n`);
				});
				from!.on('end', () => rest && to.write(`${prefix} ${rest}\n`));
			}
		// A child ended by a signal has no exit code: that is a failure too.
		child.on('close', (code) => resolve(code ?? 1));
	});
}

async function main(): Promise<number> {
	const [check, site] = await Promise.all([run('check', '[check]'), run('test:site', '[site]')]);
	if (check !== 0 || site !== 0) {
		const failed = [check !== 0 && 'npm run check', site !== 0 && 'npm run test:site'];
		console.error(`npm test: ${failed.filter(Boolean).join(' and ')} failed`);
		return 1;
	}
	if ((await run('test:unit')) !== 0) return 1;
	// The browser tests serve the site built above instead of building it again.
	return run('test:e2e', '', { ...process.env, CABILDO_TEST_SITE_BUILT: '1' });
}

process.exitCode = await main();
