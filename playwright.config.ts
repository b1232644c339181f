import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';
import { TEST_CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.js';

/** A port nothing listens on now, as the system picks one (port 0). */
const freePort = (): string =>
	execFileSync(process.execPath, [
		'-e',
		"const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
	])
		.toString()
		.trim();

// The tests' own server, on a free port the runner picks once (its workers inherit it through the
// environment; CABILDO_TEST_PORT chooses one): a server already running elsewhere (another build,
// another project) is never taken for the one under test, and a busy port never stops the run.
process.env.CABILDO_TEST_PORT ??= freePort();
const PORT = Number(process.env.CABILDO_TEST_PORT);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	// Several page loads with an axe pass each take 20–30 s here, and up to 45 s when the machine is
	// shared: a hang still fails, a busy machine does not.
	timeout: 90_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		...devices['Desktop Chrome'],
		// A small desktop (wider than the 900 px phone layout): the software renderer's work follows
		// the map's pixels, and a page load here costs about a seventh less CPU than at 1280x800.
		// Tests that depend on the screen set their own sizes (firstsight, overflow, share).
		viewport: { width: 1024, height: 640 },
		// The service worker would precache the whole site in every test's fresh context; only the
		// offline test (offline.e2e.ts) lets it run.
		serviceWorkers: 'block',
		// The camera jumps instead of flying (the page honours the reader's setting): a second or
		// more a selection saved per test. The story walk, the keyboard walk, the cluster click and
		// the phone's tapped department keep the motion (test.use: reducedMotion 'no-preference').
		reducedMotion: 'reduce',
		launchOptions: { executablePath: CHROMIUM_PATH, args: TEST_CHROMIUM_ARGS }
	},
	webServer: {
		// The site is built with fixture datasets (`npm run test:site`): an imported ACLED sample, text
		// that looks like markup, and 3,000 synthetic events (enough to cluster and to be fetched
		// after first paint), and 3,000 more delivered as vector tiles (the path of a million events),
		// and a sample with a git history of its own (tests/fixtures/historyRepo.ts), and a 5,000-row
		// ACLED export imported from CSV with commas, with semicolons and from .xlsx
		// (tests/fixtures/acledExports.ts). `npm test` builds it beforehand, beside the type check,
		// and says so with CABILDO_TEST_SITE_BUILT.
		// Served from build/ as a static host serves it (scripts/serve.ts: each file gzipped once):
		// `vite preview` compressed every response again, about 8 s of CPU a run.
		command:
			(process.env.CABILDO_TEST_SITE_BUILT ? '' : 'npm run test:site && ') +
			`"${process.execPath}" scripts/serve.ts build --port ${PORT}`,
		port: PORT,
		reuseExistingServer: false,
		// The fixtures' imports and the build take about a minute; more on a busy machine.
		timeout: 300_000
	}
});
