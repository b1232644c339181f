// npm test: the checks, the unit tests and the browser tests, in the least time on two cores.
// The type check, lint and format check (`npm run check`) run while the browser tests' site is
// built (`npm run test:site`) and then the unit tests run: each side mostly keeps one core busy.
// Then the browser tests, against the site just built. Any step's failure fails the run.
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
	// The unit tests need neither the check nor the site: they start once the site is built,
	// while the check (the longer of the two) finishes.
	const siteThenUnit = async (): Promise<[number, number]> => {
		const site = await run('test:site', '[site]');
		return [site, site === 0 ? await run('test:unit', '[unit]') : 0];
	};
	const [check, [site, unit]] = await Promise.all([run('check', '[check]'), siteThenUnit()]);
	const failed = [
		check !== 0 && 'npm run check',
		site !== 0 && 'npm run test:site',
		unit !== 0 && 'npm run test:unit'
	].filter(Boolean);
	if (failed.length > 0) {
		console.error(`npm test: ${failed.join(' and ')} failed`);
		return 1;
	}
	// The browser tests serve the site built above instead of building it again.
	return run('test:e2e', '', { ...process.env, CABILDO_TEST_SITE_BUILT: '1' });
}

process.exitCode = await main();
