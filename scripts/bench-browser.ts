// npm run bench:browser — the map at scale in headless Chromium (1280×800), against the built site.
// Makes the seeded 50k synthetic dataset if it is missing, builds, serves, then for the synthetic
// set and for Bolivia 2019 prints: time from navigation to the map drawn (idle, events rendered),
// the longest frame while panning, and the JS heap after load.
// Options (env): BENCH_RUNS (default 5), BENCH_SKIP_BUILD=1 (use the existing build/).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startPreview } from './preview.ts';

const PORT = 4176;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYNTHETIC = 'data/geojson/synthetic-50k';
const DATASETS = [
	{ label: '50k', path: '/d/synthetic-50k/' },
	{ label: 'bolivia', path: '/' }
];

if (!existsSync(`${SYNTHETIC}/dataset.json`)) {
	execFileSync(
		'node',
		['scripts/data-synthetic.ts', '--count', '50000', '--out', `${SYNTHETIC}/`],
		{
			stdio: 'inherit'
		}
	);
}
if (!process.env.BENCH_SKIP_BUILD) {
	execFileSync('node', ['scripts/build-data.ts'], { stdio: 'ignore' });
	execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
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
						.layers.filter((l) => /:(point|line|circle)$/.test(l.id))
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
	const box = (await page.getByTestId('map').boundingBox())!;
	const cx = box.x + box.width / 2;
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

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const server = await startPreview(PORT);
const lines: string[] = [];
try {
	for (const { label, path } of DATASETS) {
		const loads: number[] = [];
		const pans: number[] = [];
		const heaps: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			const page = await context.newPage();
			await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'commit' });
			loads.push(await timeToDrawn(page));
			const cdp = await context.newCDPSession(page);
			await cdp.send('HeapProfiler.collectGarbage');
			const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
			heaps.push(usedSize / 1024 / 1024);
			pans.push(await longestPanFrame(page));
			await context.close();
		}
		console.log(
			`${label}: loads ${loads.map(Math.round).join(', ')} ms; pans ${pans.map(Math.round).join(', ')} ms`
		);
		lines.push(
			`load-${label}: median ${Math.round(median(loads))} ms`,
			`pan-${label}: longest frame ${Math.round(median(pans))} ms`,
			`heap-${label}: ${Math.round(Math.max(...heaps))} MB`
		);
	}
} finally {
	await browser.close();
	server.kill();
}
console.log(
	`runs per dataset: ${RUNS} (median of runs; pan = median of each run's longest frame; heap = largest)`
);
for (const line of lines) console.log(line);
