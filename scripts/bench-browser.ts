// npm run bench:browser — Cabildo against a bare MapLibre page (bench/bare/) over the same data,
// in headless Chromium at 1280×800. Makes the seeded synthetic datasets if missing (10,000 and
// 50,000 events), runs the data build and the site build, writes the reference page and its
// data into build/bench/, serves both from one origin (scripts/static-server.ts, gzip as a CDN), and for each size measures, runs
// interleaved (Cabildo, bare, bare, Cabildo, …) so that a busy machine slows both alike:
// time from navigation to the map drawn (idle, events rendered), the longest frame while
// panning, the JS heap after load, and every byte and request of the first visit (the first
// 10 s after navigation, service worker included). The last lines are
// `load-<size>: median <ms> ms (bare <ms> ms, ratio <r>x)`, the same for pan and heap, and
// `bytes-<size>` and `requests-<size>`. Options (env): BENCH_RUNS (default 5), BENCH_SKIP_BUILD=1 (use build/ as it
// is), BENCH_SIZES (e.g. "bolivia,10k"; "1m" adds the million-event tiled dataset, compared with
// the bare page at 50,000 events, the most a single GeoJSON download holds).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { serveStatic } from './static-server.ts';
import { conservativeFigure } from '../src/lib/data/figures.ts';
import { readGeneratedDataset } from '../src/lib/pipeline/generatedFiles.ts';

const PORT = 4176;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
interface Size {
	label: string;
	dataset: string;
	path: string;
	count: number;
	/** The bare page's data it is compared with (its own label unless said). */
	bare?: string;
}
const ALL_SIZES: Size[] = [
	{ label: 'bolivia', dataset: 'bolivia-2019', path: '/', count: 0 },
	{ label: '10k', dataset: 'synthetic-10k', path: '/d/synthetic-10k/', count: 10_000 },
	{ label: '50k', dataset: 'synthetic-50k', path: '/d/synthetic-50k/', count: 50_000 },
	{
		label: '1m',
		dataset: 'synthetic-1m',
		path: '/d/synthetic-1m/',
		count: 1_000_000,
		bare: '50k'
	}
];
const DEFAULT_SIZES = ['bolivia', '10k', '50k'];
const SIZES = ALL_SIZES.filter((s) =>
	(process.env.BENCH_SIZES?.split(',') ?? DEFAULT_SIZES).includes(s.label)
);
const bareLabel = (size: Size) => size.bare ?? size.label;
/** The bare page's data sets, by the size whose events they are. */
const BARE_SIZES = [...new Set(SIZES.map(bareLabel))].map((label) =>
	ALL_SIZES.find((s) => s.label === label)!
);

for (const { dataset, count } of [...SIZES, ...BARE_SIZES]) {
	const folder = `data/geojson/${dataset}`;
	if (count > 0 && !existsSync(`${folder}/dataset.json`)) {
		execFileSync(
			'node',
			['scripts/data-synthetic.ts', '--count', String(count), '--out', `${folder}/`],
			{ stdio: 'inherit' }
		);
	}
}
if (!process.env.BENCH_SKIP_BUILD) {
	// A million features need more than Node's default heap.
	execFileSync('node', ['--max-old-space-size=12000', 'scripts/build-data.ts'], {
		stdio: 'ignore'
	});
	execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
}
writeReferencePage();

/**
 * The bare page and its data in build/bench/: maplibre-gl's dist build, the shipped department
 * polygons, and each size's events (from the data build) as points carrying their lowest dead
 * figure (a line is drawn at its first vertex).
 */
function writeReferencePage() {
	const out = 'build/bench';
	mkdirSync(out, { recursive: true });
	for (const file of ['index.html', 'main.js'])
		copyFileSync(`bench/bare/${file}`, `${out}/${file}`);
	for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
		copyFileSync(`node_modules/maplibre-gl/dist/${file}`, `${out}/${file}`);
	copyFileSync('data/geojson/boundaries/departments.geojson', `${out}/departments.geojson`);
	for (const { label, dataset } of BARE_SIZES) {
		const data = readGeneratedDataset(dataset);
		const features = data.features.map((f) => ({
			type: 'Feature',
			properties: { dead: conservativeFigure(f.properties.casualties?.dead) ?? 0 },
			geometry: {
				type: 'Point',
				coordinates:
					f.geometry.type === 'Point' ? f.geometry.coordinates : f.geometry.coordinates[0]
			}
		}));
		writeFileSync(
			`${out}/events-${label}.geojson`,
			JSON.stringify({ type: 'FeatureCollection', features })
		);
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the map is idle with event symbols on screen. */
async function timeToDrawn(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const started = performance.now();
				const check = () => {
					const map = window.cabildoMap;
					if (!map || !map.isStyleLoaded() || !map.loaded()) return false;
					const layers = map
						.getStyle()
						.layers.filter((l) => /:(point|line|circle|points|clusters)$/.test(l.id))
						.map((l) => l.id);
					return map.queryRenderedFeatures({ layers }).length > 0;
				};
				const tick = () => {
					if (check()) return resolve(performance.now());
					if (performance.now() - started > 60_000) return reject(new Error('map never drawn'));
					requestAnimationFrame(tick);
				};
				tick();
			})
	);
}

/** Drags the map around for about two seconds and returns the longest frame seen. */
async function longestPanFrame(page: Page): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { frames: number[]; recording: boolean };
		w.frames = [];
		w.recording = true;
		let last = performance.now();
		const loop = (now: number) => {
			w.frames.push(now - last);
			last = now;
			if (w.recording) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
	const box = { x: 0, y: 0, ...page.viewportSize()! };
	const cx = box.x + box.width * 0.65;
	const cy = box.y + box.height / 2;
	for (const [dx, dy] of [
		[-250, 0],
		[250, 120],
		[0, -200],
		[-150, 100]
	]) {
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		await page.mouse.move(cx + dx, cy + dy, { steps: 25 });
		await page.mouse.up();
	}
	await page.waitForTimeout(400);
	const frames = await page.evaluate(() => {
		const w = window as unknown as { frames: number[]; recording: boolean };
		w.recording = false;
		return w.frames.slice(1);
	});
	return Math.max(...frames);
}

interface Run {
	load: number;
	pan: number;
	heapMb: number;
	bytes: number;
	requests: number;
}

/** What a first visit fetches in this long, counted from navigation (the service worker too). */
const FIRST_VISIT_MS = 10_000;

async function measure(browser: Browser, url: string): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	// Counted at the server: requests from MapLibre's worker and the service worker count too.
	const before = { bytes: server.bytesSent(), requests: server.requestsServed() };
	const started = Date.now();
	await page.goto(url, { waitUntil: 'commit' });
	const load = await timeToDrawn(page);
	await page.waitForTimeout(Math.max(0, FIRST_VISIT_MS - (Date.now() - started)));
	const bytes = server.bytesSent() - before.bytes;
	const requests = server.requestsServed() - before.requests;
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	const pan = await longestPanFrame(page);
	await context.close();
	return { load, pan, heapMb: usedSize / 1024 / 1024, bytes, requests };
}

const server = await serveStatic('build', PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = new Map(SIZES.map((s) => [s.label, { cabildo: [] as Run[], bare: [] as Run[] }]));
try {
	for (let run = 0; run < RUNS; run++) {
		for (const size of SIZES) {
			const { label, path } = size;
			const site = `http://localhost:${PORT}${path}`;
			const bare = `http://localhost:${PORT}/bench/index.html?size=${bareLabel(size)}`;
			// Alternate which goes first, so that neither always runs on a warmer machine.
			const order = run % 2 === 0 ? (['cabildo', 'bare'] as const) : (['bare', 'cabildo'] as const);
			for (const system of order) {
				results.get(label)![system].push(await measure(browser, system === 'bare' ? bare : site));
			}
		}
	}
} finally {
	await browser.close();
	server.server.close();
}

const lines: string[] = [];
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
for (const size of SIZES) {
	const { label } = size;
	const { cabildo, bare } = results.get(label)!;
	const m = (runs: Run[], key: keyof Run) => median(runs.map((r) => r[key]));
	console.log(
		`${label}: loads ${cabildo.map((r) => Math.round(r.load)).join(', ')} ms (bare ${bare
			.map((r) => Math.round(r.load))
			.join(', ')}); pans ${cabildo.map((r) => Math.round(r.pan)).join(', ')} ms (bare ${bare
			.map((r) => Math.round(r.pan))
			.join(', ')})`
	);
	const [load, bareLoad] = [m(cabildo, 'load'), m(bare, 'load')];
	const [pan, barePan] = [m(cabildo, 'pan'), m(bare, 'pan')];
	const heap = Math.max(...cabildo.map((r) => r.heapMb));
	const bareHeap = Math.max(...bare.map((r) => r.heapMb));
	const [bytes, bareBytes] = [m(cabildo, 'bytes'), m(bare, 'bytes')];
	const [requests, bareRequests] = [m(cabildo, 'requests'), m(bare, 'requests')];
	const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
	if (size.bare) console.log(`${label}: "bare" is the bare page at ${size.bare} events`);
	lines.push(
		`load-${label}: median ${Math.round(load)} ms (bare ${Math.round(bareLoad)} ms, ratio ${ratio(load, bareLoad)})`,
		`pan-${label}: longest frame ${Math.round(pan)} ms (bare ${Math.round(barePan)} ms, ratio ${ratio(pan, barePan)})`,
		`heap-${label}: ${Math.round(heap)} MB (bare ${Math.round(bareHeap)} MB, ratio ${ratio(heap, bareHeap)})`,
		`bytes-${label}: ${mb(bytes)} MB (bare ${mb(bareBytes)} MB, ratio ${ratio(bytes, bareBytes)})`,
		`requests-${label}: ${requests} (bare ${bareRequests}, ratio ${ratio(requests, bareRequests)})`
	);
}
console.log(
	`runs per size: ${RUNS}, interleaved with the bare page (medians; pan = median of each run's longest frame; heap = largest)`
);
for (const line of lines) console.log(line);
