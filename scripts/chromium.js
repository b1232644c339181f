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
