import { readFileSync } from 'node:fs';
import { test, expect, expectNoAxeViolations, openMap } from './fixtures.ts';

/** How many features the default dataset has, read from its files (the page must show all). */
const FEATURE_COUNT = (
	JSON.parse(readFileSync('data/geojson/bolivia-2019/dataset.json', 'utf8')) as { files: string[] }
).files.reduce(
	(n, file) =>
		n +
		(JSON.parse(readFileSync(`data/geojson/bolivia-2019/${file}`, 'utf8')) as { features: [] })
			.features.length,
	0
);

test.describe('accessibility (axe) on every route and state', () => {
	test('map and details', async ({ guarded: page }) => {
		await openMap(page, '/?lang=es');
		await expectNoAxeViolations(page, 'map');
		await page.getByTestId('list-item').filter({ hasText: 'Senkata' }).first().click();
		await expect(page.getByTestId('details')).toBeVisible();
		// The rest of the page was checked just above: the panel that opened is checked now.
		await expectNoAxeViolations(page, 'details open', '[data-testid="details"]');
		await page.getByTestId('details-close').click();
		await expect(page.getByTestId('details')).toBeHidden();
	});

	test('department and choropleth', async ({ guarded: page }) => {
		await openMap(page, '/?lang=en&department=BO-C&measure=blockades');
		await expectNoAxeViolations(page, 'department and choropleth');
	});

	test('other datasets: imported regions, clusters, virtualised list and details', async ({
		guarded: page
	}) => {
		await openMap(page, '/en/d/acled-sample/?event=xxx0001');
		await expectNoAxeViolations(page, 'imported dataset with details');
		await openMap(page, '/d/synthetic-3k/?event=synthetic-5');
		await expect(page.getByTestId('details-loading')).toHaveCount(0);
		await expectNoAxeViolations(page, 'clustered dataset with details');
	});

	test('phone layout with the list open', async ({ guarded: page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/en/');
		await page.getByTestId('panel-toggle').click();
		await expectNoAxeViolations(page, 'phone list');
	});

	// Each kind of page once, in one language or the other (the same templates in both).
	for (const path of [
		'/data/',
		'/en/about/',
		'/events/senkata-2019-11-19/',
		'/en/events/parotani-2019-11-19/',
		'/d/acled-sample/events/xxx0001/',
		'/en/d/acled-sample/data/',
		'/d/synthetic-3k/data/'
	]) {
		test(`page ${path}`, async ({ guarded: page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page, path);
		});
	}
});

test('the data table sorts by title in the reader’s alphabet, and back', async ({
	guarded: page
}) => {
	await page.goto('/data/');
	const sortByTitle = page.getByTestId('data-sort-title');
	const titles = page.locator('[data-testid=data-table] tbody th a');
	// A click before the page has hydrated does nothing: click until the heading says it sorts.
	await expect(async () => {
		await sortByTitle.click();
		await expect(sortByTitle).toContainText('▴', { timeout: 500 });
	}).toPass();
	const ascending = await titles.allTextContents();
	expect(ascending).toHaveLength(FEATURE_COUNT);
	expect(ascending).toEqual([...ascending].sort(new Intl.Collator('es').compare));
	await sortByTitle.click();
	await expect(sortByTitle).toContainText('▾');
	expect(await titles.allTextContents()).toEqual([...ascending].reverse());
});

test('the map says in words what it shows', async ({ guarded: page }) => {
	await openMap(page, '/?lang=en&from=2019-11-15&to=2019-11-19&department=BO-C');
	const row = '[data-testid=region-table] tr[data-code="BO-C"]';
	const events = await page.locator(`${row} td[data-column="features"]`).textContent();
	const blockades = await page.locator(`${row} td[data-column="blockades"]`).textContent();
	await expect(page.getByTestId('map-summary')).toHaveText(
		new RegExp(
			`^The map shows ${events} events, ${blockades} located blockades and \\d+ dead \\(conservative figure, leaving out interim counts\\) in Cochabamba, 15 Nov to 19 Nov\\.$`
		)
	);
});

test('without WebGL the page says so plainly and keeps the static map, list and table', async ({
	guarded: page
}) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof original;
	});
	// MapLibre logs why it cannot start: that is expected here, not a failure.
	page.removeAllListeners('console');
	await page.goto('/?lang=en#6/-17/-65');
	await expect(page.getByTestId('map-unavailable')).toBeVisible();
	await expect(page.getByTestId('map-unavailable')).toContainText('WebGL is not available');
	// The static map takes the live one's place (a wide screen loads it only now).
	const preview = page.getByTestId('map-preview').locator('img');
	await expect(preview).toHaveAttribute('src', '/map-preview.svg');
	await expect
		.poll(() => preview.evaluate((i: HTMLImageElement) => i.currentSrc))
		.toMatch(/\/map-preview\.svg$/);
	await expect.poll(() => preview.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(600);
	expect(await page.getByTestId('list-item').count()).toBeGreaterThan(50);
	await expect(page.getByTestId('region-table')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/ shows the title, the key figures and the list before any script runs', async ({
		guarded: page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/');
		await expect(page.getByTestId('app-title')).toHaveText('Cabildo');
		await expect(page.getByTestId('map-summary')).toContainText(
			`El mapa muestra ${FEATURE_COUNT} hechos`
		);
		expect(await page.getByTestId('list-item').count()).toBe(FEATURE_COUNT);
		// Each item links to its event's page, and counts one dead in the singular.
		const llanos = page.getByTestId('list-item').filter({ hasText: 'Julio Llanos' });
		await expect(llanos).toHaveAttribute('href', /^\/events\/[a-z0-9-]+\/$/);
		await expect(llanos).toContainText(/· 1 muerto$/);
		await expect(page.getByTestId('map-preview').locator('img:visible')).toHaveCount(1);
		await page.screenshot({ path: 'test-results/nojs-home-phone.png' });
	});

	test('an event page has the details, sources, a figure and meta for previews', async ({
		guarded: page
	}) => {
		await page.goto('/events/senkata-2019-11-19/');
		await expect(page.getByTestId('event-title')).toHaveText(
			'Masacre de Senkata (planta de YPFB, El Alto)'
		);
		await expect(page.getByTestId('details-date')).toHaveText('19 de noviembre de 2019');
		expect(await page.getByTestId('casualties-dead').getByTestId('figure').count()).toBeGreaterThan(
			5
		);
		await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Senkata/);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
		await expect(page.getByTestId('back-to-map')).toHaveAttribute(
			'href',
			/^\/\?event=senkata-2019-11-19#10\//
		);
		const figure = page.locator('figure img');
		await expect(figure).toBeVisible();
		expect(await figure.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: 'test-results/nojs-event-phone.png', fullPage: false });
	});

	test('/data lists every feature and links the downloads', async ({ guarded: page, request }) => {
		await page.goto('/en/data/');
		expect(await page.locator('[data-testid=data-table] tbody tr').count()).toBe(FEATURE_COUNT);
		await expect(page.getByTestId('licence-note')).toHaveText(
			'Data under CC BY 4.0: credit “Cabildo” and each event’s sources.'
		);
		await expect(
			page.getByTestId('licence-note').getByRole('link', { name: 'CC BY 4.0' })
		).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
		const csv = await request.get('/downloads/bolivia-2019.csv');
		expect(csv.ok()).toBe(true);
		expect((await csv.text()).split('\r\n')[0]).toContain(
			'event_date,end_date,time_precision,event_type,admin1,location,latitude,longitude'
		);
		const geojson = await request.get('/downloads/bolivia-2019.geojson');
		expect((await geojson.json()).features).toHaveLength(FEATURE_COUNT);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: 'test-results/nojs-data-phone.png' });
	});
});

test('every page carries a strict Content Security Policy', async ({ guarded: page, request }) => {
	// Read from the served pages; the one page load below shows the policy holds in the browser.
	for (const path of ['/', '/en/data/', '/events/senkata-2019-11-19/', '/about/']) {
		const html = await (await request.get(path)).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
		expect(csp, path).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(csp, path).not.toContain('unsafe-eval');
		expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp, path).toContain("connect-src 'self'");
		expect(csp, path).toContain("object-src 'none'");
	}
	// And the map still loads under it (the fixture fails on any violation).
	await openMap(page, '/#6/-17/-65');
});
