// npm run perf — Lighthouse (mobile and desktop presets) against the built site in Debian's
// Chromium. Prints the four category scores and the gzip size of what `/` loads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';
import { startPreview } from './preview.ts';

const PORT = 4175;
const URL_TO_TEST = `http://localhost:${PORT}/`;

async function run(preset: 'mobile' | 'desktop') {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
	});
	try {
		const result = await lighthouse(
			URL_TO_TEST,
			{ port: chrome.port, output: 'json', logLevel: 'error' },
			preset === 'desktop' ? (desktopConfig as never) : undefined
		);
		if (!result) throw new Error('Lighthouse returned no result');
		return result.lhr;
	} finally {
		await chrome.kill();
	}
}

const server = await startPreview(PORT);
try {
	const lines: string[] = [];
	for (const preset of ['mobile', 'desktop'] as const) {
		const lhr = await run(preset);
		// PERF_SAVE=<dir> keeps each full report, for the audits this summary leaves out.
		if (process.env.PERF_SAVE)
			writeFileSync(join(process.env.PERF_SAVE, `lighthouse-${preset}.json`), JSON.stringify(lhr));
		const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
		console.log(
			`${preset}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
				`TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`
		);
		for (const audit of Object.values(lhr.audits)) {
			if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') {
				console.log(`  ${preset} failing audit: ${audit.id} — ${audit.title}`);
				if (process.env.PERF_DETAILS) {
					const items = (audit.details as { items?: unknown[] } | undefined)?.items ?? [];
					console.log(`    ${JSON.stringify(items.slice(0, 4)).slice(0, 1500)}`);
				}
			}
		}
		if (process.env.PERF_DETAILS) {
			for (const id of ['mainthread-work-breakdown', 'bootup-time', 'long-tasks']) {
				const items = (lhr.audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? [];
				console.log(`  ${id}:`, JSON.stringify(items.slice(0, 8)));
			}
		}
		type Request = { resourceType?: string; transferSize?: number };
		const details = lhr.audits['network-requests']?.details as { items?: Request[] } | undefined;
		const requests = details?.items ?? [];
		const kb = (filter: (r: Request) => boolean) =>
			(requests.filter(filter).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024).toFixed(
				1
			);
		lines.push(
			`lighthouse-${preset}: performance ${score('performance')}, accessibility ${score('accessibility')}, best-practices ${score('best-practices')}, seo ${score('seo')}`
		);
		if (preset === 'mobile') {
			lines.push(
				`js-gzip: ${kb((r) => r.resourceType === 'Script')} KB (scripts loaded by / on a phone before any interaction)`
			);
			lines.push(
				`html-and-data-gzip: ${kb((r) => r.resourceType === 'Document' || r.resourceType === 'Fetch' || r.resourceType === 'XHR')} KB`
			);
		}
	}
	for (const line of lines) console.log(line);
} finally {
	server.kill();
}
