import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { defineConfig, type Plugin } from 'vitest/config';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { GENERATED_STATIC_DIR } from './src/lib/pipeline/generatedFiles.ts';
import { generatedStatic } from './scripts/generatedStatic.ts';
import { usedMaplibreCss } from './scripts/maplibreCss.ts';
import { newIssueUrl } from './src/lib/data/corrections.ts';
import { DEFAULT_DATASET } from './src/lib/data/paths.ts';
import { packCollection } from './src/lib/geo/packedGeometry.ts';
import { ISOLATED_TESTS } from './tests/unit/isolatedTests.ts';

// "Report a correction" goes to PUBLIC_CORRECTIONS_URL, else to the new-issue page of
// package.json's repository; without either, readers have no way to send one: say so.
const repositoryIssues = newIssueUrl(
	(JSON.parse(readFileSync('package.json', 'utf8')) as { repository?: unknown }).repository
);
// (process.env turns undefined into the string "undefined": assign only a value.)
if (!process.env.PUBLIC_CORRECTIONS_URL && repositoryIssues)
	process.env.PUBLIC_CORRECTIONS_URL = repositoryIssues;
// The about page then names the default dataset's contact (dataset.json `contact`), if it has one.
const defaultContact = (
	JSON.parse(readFileSync(`data/geojson/${DEFAULT_DATASET}/dataset.json`, 'utf8')) as {
		contact?: unknown;
	}
).contact;
if (!process.env.PUBLIC_CORRECTIONS_URL && process.env.VITEST === undefined)
	console.warn(
		defaultContact
			? 'Cabildo: no PUBLIC_CORRECTIONS_URL and no repository in package.json: "Report a correction" leads to the about page, which names the dataset\'s contact (see docs/deploy.md)'
			: 'Cabildo: no PUBLIC_CORRECTIONS_URL, no repository in package.json and no contact in the default dataset.json: readers have no way to send a correction (see docs/deploy.md)'
	);

/**
 * Lets the app import `.geojson` files as parsed collections, like `.json`. The script carries
 * their coordinates packed (geo/packedGeometry.ts: about a third smaller gzipped) and unpacks
 * them when it loads.
 */
function geojson(): Plugin {
	const unpacker = fileURLToPath(new URL('./src/lib/geo/packedGeometry.ts', import.meta.url));
	return {
		name: 'cabildo-geojson',
		transform(code, id) {
			if (!id.endsWith('.geojson')) return null;
			const packed = packCollection(JSON.parse(code) as FeatureCollection);
			return {
				code: `import { unpackCollection } from ${JSON.stringify(unpacker)};\nexport default unpackCollection(${JSON.stringify(packed)});`,
				map: null
			};
		}
	};
}

/**
 * Fewer script files for the first view (it asked for 31, some under 100 bytes): the Svelte
 * runtime in one chunk, and the plain modules of src/lib that several pages share in another.
 * Components stay in the chunks Vite makes for them, so that each page's stylesheet stays small
 * enough to go inline; the map's code (src/lib/map/, MapLibre) still comes only with the map.
 */
const LIB_MODULE = /[\\/]src[\\/]lib[\\/](?!map[\\/])[^?]*\.ts$/;
const firstViewChunks = [
	{ name: 'runtime', test: /node_modules[\\/](svelte|devalue|esm-env|clsx)[\\/]/, priority: 20 },
	{ name: 'app', minShareCount: 2, priority: 10, test: (id: string) => LIB_MODULE.test(id) }
];

/**
 * The hash of src/app.html's one inline script (it marks the page as scripted before the first
 * paint, so the controls that need scripts do not appear, and shift the page, at hydration).
 */
function appHtmlScriptHash(): `sha256-${string}` {
	const script = /<script>([^<]*)<\/script>/.exec(readFileSync('src/app.html', 'utf8'));
	if (!script) throw new Error('src/app.html: its inline script is missing');
	return `sha256-${createHash('sha256').update(script[1]).digest('base64')}`;
}

/** The optional remote basemap's origin, which the page may then fetch from. */
function remoteBasemapOrigins(): `https://${string}.${string}`[] {
	const url = process.env.PUBLIC_BASEMAP_STYLE_URL;
	if (!url) return [];
	const origin = new URL(url).origin;
	return origin.startsWith('https://') ? [origin as `https://${string}.${string}`] : [];
}

export default defineConfig({
	envPrefix: ['VITE_', 'PUBLIC_'],
	plugins: [
		geojson(),
		usedMaplibreCss(),
		generatedStatic(GENERATED_STATIC_DIR),
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ fallback: undefined, strict: true }),
			// The pages' stylesheets go inline (the shared app chunk's is about 26 KB): no request blocks
			// the first paint.
			inlineStyleThreshold: 20_000,
			// Registered by the page once its first view is drawn (lib/offline/register.ts), so that
			// the worker's install never competes with the first visit.
			serviceWorker: { register: false },
			// Links carry map views in the hash (#zoom/lat/lng), not element ids.
			// Unseen routes: /d/[dataset]/ has no page when data/geojson/ holds only the default dataset.
			prerender: { handleMissingId: 'ignore', handleUnseenRoutes: 'ignore' },
			// Sent as a <meta> tag in every prerendered page; see docs/deploy.md for a header version.
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self', appHtmlScriptHash()],
					// Inline style attributes come from Svelte's style: directives (no script can run from them).
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:', 'blob:'],
					'font-src': ['self'],
					'connect-src': ['self', ...remoteBasemapOrigins()],
					'worker-src': ['self', 'blob:'],
					'child-src': ['self', 'blob:'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	build: {
		...(process.env.CABILDO_PROFILE ? { minify: false } : {}),
		rolldownOptions: { output: { codeSplitting: { groups: firstViewChunks } } }
	},
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		globalSetup: ['tests/unit/setup-data.ts'],
		// Some files build every dataset before their tests (tiledDataset.test.ts: 6.8 s in CI, and
		// past Vitest's 10 s when run beside the site build): a hang still fails, a busy machine not.
		hookTimeout: 60_000,
		// A worker per core: Vitest's default leaves one core to its own process, which mostly waits
		// (on two cores the files ran one at a time, and the run took about a fifth longer).
		maxWorkers: availableParallelism(),
		environment: 'node',
		// Most test files share their workers' modules (no per-file module graph: the suite runs in
		// two thirds of the time). Those that mock, stub or spy keep a graph of their own.
		projects: [
			{ extends: true, test: { name: 'isolated', include: ISOLATED_TESTS } },
			{
				extends: true,
				test: {
					name: 'shared',
					include: ['tests/unit/**/*.test.ts'],
					exclude: ISOLATED_TESTS,
					isolate: false
				}
			}
		]
	}
});
