// Debian's Chromium, as the browser tests, screenshots and Lighthouse run it here.
export const CHROMIUM_PATH =
	process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** WebGL through SwiftShader, and none of Chromium's own calls home (the network is closed). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run'
];

/**
 * The browser tests' flags: the page is composited in software, WebGL still through SwiftShader.
 * Compositing through SwiftShader took about half of the GPU process's CPU in the suite, and the
 * suite ran about a fifth faster without it (`npm run bench:browser` and `npm run perf` keep the
 * GPU path a reader's browser takes).
 */
export const TEST_CHROMIUM_ARGS = [
	...CHROMIUM_ARGS,
	'--disable-gpu-compositing',
	// V8 optimises hot functions on the page's own thread instead of on background threads: on a
	// machine whose cores the two test workers already fill, a page load used about a tenth less of
	// the renderer's CPU (1.9–2.1 s → 1.6–1.9 s, interleaved runs), and the tests' pages are short.
	'--js-flags=--no-concurrent-recompilation',
	// No host but the test server's resolves: a request off the origin fails at once, and the
	// tests' guard (tests/e2e/fixtures.ts) reports it.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost'
];
