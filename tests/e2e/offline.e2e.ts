import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, openMap } from './fixtures.ts';

// After one visit the site works with no connection at all (src/service-worker.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * Not the guarded fixture (requests the service worker answers never reach page.route): page
 * errors, requests that leave the site and, when asked, console errors, as they happen.
 */
function watchProblems(page: Page, origin: string, { consoleErrors = false } = {}): string[] {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	if (consoleErrors)
		page.on('console', (m) => {
			if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
		});
	page.on('request', (r) => {
		if (!r.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(r.url()))
			problems.push(`off-origin request: ${r.url()}`);
	});
	return problems;
}

test('after "Save for offline use", the map, its details, the event pages, data, downloads and stories work offline', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const problems = watchProblems(page, baseURL!, { consoleErrors: true });

	await openMap(page, '/?lang=en');
	// The reader chooses to save: the control gives the size, then the progress, then says so.
	const save = page.getByTestId('offline-save');
	await expect(save).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
	await expect(page.getByTestId('offline-save-button')).toContainText(
		/Save for offline use \(\d+ MB\)/
	);
	await page.getByTestId('offline-save-button').click();
	await expect(save).toHaveAttribute('data-state', 'saved', { timeout: 90_000 });
	await expect(save).toContainText('work offline');
	const precache = await page.evaluate(async () => {
		const name = (await caches.keys()).find((k) => /^cabildo-(?!opened)/.test(k))!;
		const cache = await caches.open(name);
		let bytes = 0;
		const requests = await cache.keys();
		for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
		return { files: requests.length, bytes };
	});
	console.log(`saved: ${precache.files} files, ${(precache.bytes / 1024 / 1024).toFixed(1)} MB`);
	expect(precache.files).toBeGreaterThan(100);

	await context.setOffline(true);
	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByTestId('map-summary')).toContainText('events');
	await page.getByTestId('list-item').filter({ hasText: 'Senkata massacre' }).first().click();
	await expect(page.getByTestId('details-title')).toContainText('Senkata');

	await page.goto('/en/events/senkata-2019-11-19/');
	await expect(page.locator('h1')).toContainText('Senkata');
	await page.goto('/en/data/');
	await expect(page.getByTestId('download-csv')).toBeVisible();
	const download = await page.evaluate(async () => {
		const response = await fetch('/downloads/bolivia-2019.csv');
		return { ok: response.ok, lines: (await response.text()).trim().split('\n').length };
	});
	expect(download.ok).toBe(true);
	expect(download.lines).toBeGreaterThan(50);
	await openMap(page, '/en/stories/bolivia-2019-crisis/');
	await expect(page.getByTestId('story-step').first()).toBeVisible();
	await page.goto('/claims/');
	await expect(page.getByTestId('claim').first()).toBeVisible();

	expect(problems, problems.join('\n')).toEqual([]);
	// The network was off all along: what was never saved cannot be had (online, the server
	// answers it with a 404). navigator.onLine is no witness: after a navigation this Chromium
	// may say true while the context is offline.
	const unsaved = await page.evaluate(() =>
		fetch(`/never-saved-${Date.now()}.json`).then(
			(r) => `answered ${r.status}`,
			() => 'failed'
		)
	);
	expect(unsaved).toBe('failed');
});

test('a first visit fetches only what it shows, installs the shell once the map is drawn, and offline keeps the map and says which pages were not saved', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	const problems = watchProblems(page, baseURL!);
	const before: string[] = [];
	let mapIdle = false;
	page.on('request', (r) => {
		if (!mapIdle) before.push(r.url());
	});
	await openMap(page, '/?lang=en');
	mapIdle = true;
	console.log(`first visit: ${before.length} requests before the map was idle`);
	expect(before.length).toBeLessThanOrEqual(40);
	expect(before.some((url) => url.endsWith('/service-worker.js'))).toBe(false);
	// The worker comes after, with the app shell only; nothing is saved in bulk unasked.
	await page.waitForFunction(
		async () => Boolean((await navigator.serviceWorker.ready).active),
		undefined,
		{
			timeout: 60_000
		}
	);
	await expect(page.getByTestId('offline-save')).toHaveAttribute('data-state', 'ready', {
		timeout: 30_000
	});
	// The shell is what this view loaded (from the HTTP cache), the offline page and a few small
	// files: no script of a page the reader has not opened.
	const shell = await page.evaluate(async () => {
		const name = (await caches.keys()).find((k) => /^cabildo-(?!opened)/.test(k))!;
		const kept = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
		const loaded = new Set(
			performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
		);
		return { kept, extra: kept.filter((p) => p !== '/' && !loaded.has(p)) };
	});
	console.log(
		`shell: ${shell.kept.length} files; not loaded by the view: ${shell.extra.join(' ')}`
	);
	expect(shell.kept).toContain('/');
	expect(shell.kept).toContain('/offline.html');
	expect(shell.extra.length).toBeLessThanOrEqual(8);
	expect(shell.kept.length).toBeLessThanOrEqual(45);

	await context.setOffline(true);
	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByTestId('map-summary')).toContainText('events');
	// An event opened offline shows what the page carries: its figures, each linking to its
	// source (named by host). Its description and list of sources, never opened, were not
	// saved, and the panel says so.
	await page.goto('/?lang=en&event=senkata-2019-11-19');
	await expect(page.getByTestId('details-title')).toContainText('Senkata');
	const firstDead = page
		.getByTestId('casualties-dead')
		.locator('tr')
		.first()
		.getByRole('link')
		.first();
	await expect(firstDead).toHaveAttribute('href', /^https?:\/\//);
	await expect(firstDead).toHaveText(/^[a-z0-9.-]+\.[a-z]+$/);
	await expect(page.getByTestId('sources').locator('li')).toHaveCount(0);
	await expect(page.getByTestId('details-loading')).toHaveAttribute('role', 'alert');
	await expect(page.getByTestId('details-loading')).toContainText('could not be loaded');
	await page.goto('/en/events/senkata-2019-11-19/');
	await expect(page.locator('body')).toContainText('This page was not saved for offline use');
	expect(problems, problems.join('\n')).toEqual([]);
});
