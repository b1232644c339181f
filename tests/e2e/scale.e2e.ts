import { test, expect, waitForMapIdle, openMap } from './fixtures.ts';
import type { Page } from '@playwright/test';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import { conservativeFigure } from '../../src/lib/data/figures.ts';

// 3,000 seeded synthetic events, generated for the browser tests (see playwright.config.ts):
// above the thresholds for clustering, list virtualisation and fetching after first paint.
const PATH = '/d/synthetic-3k/';

// A cluster clicked zooms in with the camera's motion, as most readers see it.
test.use({ reducedMotion: 'no-preference' });

/** The events of the dataset, from its records files (the map draws them from its rows). */
async function records(page: Page): Promise<PublicFeature[]> {
	const all: PublicFeature[] = [];
	for (let k = 0; k * 1000 < 3000; k++) {
		const file = (await (await page.request.get(`${PATH}records/${k}.json`)).json()) as Record<
			string,
			PublicFeature
		>;
		all.push(...Object.values(file));
	}
	return all;
}

/**
 * Opens `path` with every file matching `pattern` answered 503; returns the page errors seen. Not
 * the guarded fixture's page: the failed request is itself logged as a console error.
 */
async function openWithFailing(page: Page, pattern: string, path: string): Promise<string[]> {
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
	await page.route(pattern, (route) => route.fulfill({ status: 503, body: 'down' }));
	await page.goto(path);
	return pageErrors;
}

/** What the map shows at the current view: events counted through clusters, and dead summed. */
async function drawnTotals(page: Page) {
	return page.evaluate(() => {
		const map = window.cabildoMap!;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.id === 'clusters:circle' || l.id.endsWith(':point'))
			.map((l) => l.id);
		let events = 0;
		let dead = 0;
		let clusters = 0;
		const seen = new Set<string>();
		for (const f of map.queryRenderedFeatures({ layers })) {
			const key =
				f.properties.cluster_id !== undefined
					? `c${f.properties.cluster_id}`
					: `p${f.properties.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (f.properties.cluster) clusters += 1;
			events += f.properties.point_count ?? 1;
			dead += Number(f.properties.dead);
		}
		return { events, dead, clusters };
	});
}

test('3,000 events: drawn from their rows, clustered with summed dead, a virtualised list', async ({
	guarded: page
}) => {
	const features = await records(page);
	expect(features).toHaveLength(3000);
	const lowestDead = (f: PublicFeature) => conservativeFigure(f.properties.casualties?.dead) ?? 0;
	const totalDead = features.reduce((sum, f) => sum + lowestDead(f), 0);
	expect(totalDead).toBeGreaterThan(0);

	// The map draws its points from the page's rows: there is no points file to fetch.
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await openMap(page, `${PATH}?lang=en`);
	expect(fetched).toContain(`${PATH}rows.bin`);
	expect(fetched.filter((path) => path.endsWith('/points.json'))).toEqual([]);
	await expect(page.getByTestId('list-count')).toContainText('3,000');
	await expect(page.getByTestId('cluster-note')).toContainText('sum of their dead');

	// The whole country is in view: clusters and single points together account for every event,
	// and the clusters carry sums of the dead (never averages).
	const all = await drawnTotals(page);
	expect(all.clusters).toBeGreaterThan(5);
	expect(all.events).toBe(3000);
	expect(all.dead).toBe(totalDead);

	// Hiding a layer empties it out of the clusters too.
	await page.getByRole('checkbox', { name: /Massacres, clashes and deaths/ }).uncheck();
	await waitForMapIdle(page);
	const withoutViolence = features.filter((f) => f.properties.layer !== 'violence');
	expect(withoutViolence.length).toBeLessThan(features.length);
	await expect.poll(async () => (await drawnTotals(page)).events).toBe(withoutViolence.length);
	expect((await drawnTotals(page)).dead).toBe(
		withoutViolence.reduce((s, f) => s + lowestDead(f), 0)
	);
	await expect(page.getByTestId('list-count')).toContainText(
		withoutViolence.length.toLocaleString('en')
	);

	// The list keeps only the rows in view in the page, and scrolls to any of them.
	const items = page.getByTestId('list-item');
	expect(await items.count()).toBeLessThan(80);
	await page.getByTestId('event-list-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
	const last = page.locator('[data-testid="event-list"] li').last();
	await expect(last).toHaveAttribute('aria-posinset', String(withoutViolence.length));
	await last.getByTestId('list-item').click();
	await expect(page.getByTestId('details')).toBeVisible();
	// Its whole record (description, context) comes from its row's records file, on selection.
	await expect(page.getByTestId('details').locator('.description')).toHaveText('Synthetic datum.');
	await expect(page.getByTestId('details-loading')).toHaveCount(0);
	await expect(page.getByTestId('context-city')).toBeVisible();
	expect(await items.count()).toBeLessThan(80);

	// A click on a cluster zooms in until it splits (the one nearest the middle, clear of overlays).
	await openMap(page, `${PATH}?lang=en`);
	const zoomBefore = await page.evaluate(() => window.cabildoMap!.getZoom());
	const clusterPoint = await page.evaluate(() => {
		const map = window.cabildoMap!;
		const canvas = map.getCanvas().getBoundingClientRect();
		const middle = { x: canvas.width / 2, y: canvas.height / 2 };
		const points = map
			.queryRenderedFeatures({ layers: ['clusters:circle'] })
			.map((c) => map.project((c.geometry as GeoJSON.Point).coordinates as [number, number]))
			.sort(
				(a, b) =>
					Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y)
			);
		return { x: canvas.left + points[0].x, y: canvas.top + points[0].y };
	});
	await page.mouse.click(clusterPoint.x, clusterPoint.y);
	await expect
		.poll(() => page.evaluate(() => window.cabildoMap!.getZoom()))
		.toBeGreaterThan(zoomBefore);
});

test('titles come in the page’s language; the other language’s only when the reader switches', async ({
	guarded: page
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await openMap(page, PATH);
	const titles = page.getByTestId('list-item').locator('.title');
	await expect(titles.first()).toHaveText(/^Evento sintético \d+$/);
	expect(fetched).toContain(`${PATH}titles/es.json`);
	expect(fetched).not.toContain(`${PATH}titles/en.json`);

	await page.getByTestId('switch-lang').click();
	await expect(titles.first()).toHaveText(/^Synthetic event \d+$/);
	expect(fetched).toContain(`${PATH}titles/en.json`);
	// Back in Spanish, nothing is fetched again.
	await page.getByTestId('switch-lang').click();
	await expect(titles.first()).toHaveText(/^Evento sintético \d+$/);
	expect(fetched.filter((path) => path.includes('/titles/'))).toHaveLength(2);
});

test('a time window filters the list, the totals and the clusters alike', async ({
	guarded: page
}) => {
	// The list and the totals count from the rows' index; the clusters from the points made from
	// them, filtered by their day strings before clustering: two ways that must agree.
	await openMap(page, `${PATH}?from=2019-11-10&to=2019-11-12&lang=en`);
	const count = page.getByTestId('list-count');
	await expect(count).toContainText('events in the visible layers');
	const listed = Number((await count.textContent())!.replace(/[^0-9]/g, ''));
	expect(listed).toBeGreaterThan(0);
	expect(listed).toBeLessThan(3000);
	await expect.poll(async () => (await drawnTotals(page)).events).toBe(listed);
	await expect(page.getByTestId('map-summary')).toContainText(
		`${listed.toLocaleString('en')} events`
	);
});

test('a link to an event among clustered points opens at the point itself, ringed', async ({
	guarded: page
}) => {
	// synthetic-1082 stands apart from its neighbours at zoom 9.6, where it is still clustered.
	await openMap(page, `${PATH}?event=synthetic-1082&lang=en`);
	await expect(page.getByTestId('details-title')).toHaveText('Synthetic event 1082');
	await expect
		.poll(() =>
			page.evaluate(() => {
				const map = window.cabildoMap!;
				if (map.isMoving()) return [];
				return map
					.queryRenderedFeatures({ layers: ['events:point', 'selected:point'] })
					.filter((f) => f.properties.id === 'synthetic-1082')
					.map((f) => f.layer.id)
					.sort();
			})
		)
		.toEqual(['events:point', 'selected:point']);
});

test('a data file that fails to load: a clear message, and the page keeps working', async ({
	page
}) => {
	const pageErrors = await openWithFailing(page, '**/rows.bin', `${PATH}?lang=en`);
	// The map draws its points from the rows: it still draws, with none, and says why.
	await waitForMapIdle(page);
	expect((await drawnTotals(page)).events).toBe(0);
	const error = page.getByTestId('features-error');
	await expect(error).toBeVisible();
	await expect(error).toHaveAttribute('role', 'alert');
	await expect(error).toContainText('HTTP 503');
	await expect(error).toContainText('Reload the page');
	await expect(page.getByTestId('features-loading')).toHaveCount(0);
	// The rest of the page still answers: language switch, layers, the (empty) table.
	await page.getByTestId('switch-lang').click();
	await expect(error).toContainText('Vuelva a cargar la página');
	await expect(page.getByTestId('region-table')).toBeVisible();
	expect(pageErrors).toEqual([]);
});

test('a titles file that fails to load: the page says so and keeps working', async ({ page }) => {
	const pageErrors = await openWithFailing(page, '**/titles/en.json', `${PATH}?lang=en`);
	await waitForMapIdle(page);
	await expect(page.getByTestId('features-error')).toContainText('HTTP 503');
	expect(pageErrors).toEqual([]);
});

test('a records file that fails to load: the panel names the event and says so', async ({
	page
}) => {
	const pageErrors = await openWithFailing(
		page,
		'**/records/*.json',
		`${PATH}?event=synthetic-5&lang=en`
	);
	// The title and kind come with the rows; the rest would come with the record.
	await expect(page.getByTestId('details-title')).toHaveText('Synthetic event 5');
	const status = page.getByTestId('details-loading');
	await expect(status).toHaveAttribute('role', 'alert');
	await expect(status).toContainText('could not be loaded (HTTP 503)');
	await expect(page.getByTestId('sources')).toHaveCount(0);
	// Closing it works as for any panel, and the link forgets the event.
	await page.getByTestId('details-close').click();
	await expect(page.getByTestId('details')).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	expect(pageErrors).toEqual([]);
});
