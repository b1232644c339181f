import { test, expect, waitForMapIdle } from './fixtures.ts';

// After one visit the site works with no connection at all (src/service-worker.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit, the map, its details, the event pages, data, downloads and stories work offline', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	// Not the guarded fixture: requests the service worker answers never reach page.route.
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('request', (r) => {
		if (!r.url().startsWith(`${baseURL}/`) && !/^(data|blob):/.test(r.url()))
			problems.push(`off-origin request: ${r.url()}`);
	});

	await page.goto('/?lang=en');
	await waitForMapIdle(page);
	// Installed: the precache is complete when the worker takes over, and the page says so.
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', {
		timeout: 60_000
	});
	const precache = await page.evaluate(async () => {
		const name = (await caches.keys()).find((k) => /^cabildo-(?!opened)/.test(k))!;
		const cache = await caches.open(name);
		let bytes = 0;
		const requests = await cache.keys();
		for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
		return { files: requests.length, bytes };
	});
	console.log(`precache: ${precache.files} files, ${(precache.bytes / 1024 / 1024).toFixed(1)} MB`);
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
	await page.goto('/en/stories/bolivia-2019-crisis/');
	await waitForMapIdle(page);
	await expect(page.getByTestId('story-step').first()).toBeVisible();
	await page.goto('/claims/');
	await expect(page.getByTestId('claim').first()).toBeVisible();

	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	expect(problems, problems.join('\n')).toEqual([]);
});
