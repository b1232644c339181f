import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, jumpAndWait, openMap } from './fixtures.ts';

// The first view costs MapLibre only the layers it draws (issue 21): labels, roads and the
// selection's halo join the style when the camera or the reader needs them, in their places.
const styleLayers = (page: Page) =>
	page.evaluate(() => window.cabildoMap!.getStyle().layers.map((l) => l.id));

for (const size of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
])
	test(`the national view at ${size.width}px starts with at most 15 style layers`, async ({
		guarded: page
	}) => {
		await page.setViewportSize(size);
		const previews: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/map-preview.svg')) previews.push(r.url());
		});
		await page.goto('/');
		// A phone shows the static map until the reader asks for the live one; a wide screen
		// starts the live one at once and never downloads the static one.
		if (size.width < 900) {
			await expect(page.getByTestId('map-preview').locator('img')).toBeVisible();
			await expect
				.poll(() =>
					page
						.getByTestId('map-preview')
						.locator('img')
						.evaluate((i: HTMLImageElement) => i.naturalWidth)
				)
				.toBe(600);
			await page.getByTestId('load-map').click();
		}
		await waitForMapIdle(page);
		expect(previews).toHaveLength(size.width < 900 ? 1 : 0);
		const layers = await styleLayers(page);
		expect(layers.length, layers.join(' ')).toBeLessThanOrEqual(15);
		expect(layers).toContain('events:point');
		expect(layers).not.toContain('events:point-label');
		// The department areas (for the choropleth and a chosen department) come when needed.
		const sources = await page.evaluate(() => Object.keys(window.cabildoMap!.getStyle().sources));
		expect(sources).not.toContain('department-areas');
		// Every shader program is compiled on the main thread at its first frame: the circles share
		// one, the lines one (map/sharedPrograms.ts). MapLibre's own cache, read for this count only.
		const programs = await page.evaluate(() =>
			Object.keys(
				(
					window.cabildoMap as unknown as {
						painter: { programCache: { programs: Record<string, unknown> } };
					}
				).painter.programCache.programs
			)
		);
		expect(programs.length, programs.join('\n')).toBeLessThanOrEqual(8);
		expect(programs.filter((key) => key.startsWith('circle/'))).toHaveLength(1);
	});

test('a wide screen says the map is loading until it is drawn; a phone only once asked', async ({
	guarded: page
}) => {
	// The scripts held back a second and a half, as on a slow connection.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	const pending = page.getByTestId('map-pending');
	await page.goto('/');
	await expect(pending).toBeVisible();
	await expect(pending).toHaveText('Cargando el mapa…');
	await waitForMapIdle(page);
	await expect(pending).toHaveCount(0);

	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/en/');
	await expect(page.getByTestId('load-map')).toBeVisible();
	await expect(pending).toBeHidden();
	await page.getByTestId('load-map').click();
	await waitForMapIdle(page);
	await expect(pending).toHaveCount(0);
});

test('zooming in adds the names and roads, selecting adds the halo, in their places', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en');
	await jumpAndWait(page, { center: [-68.17, -16.55], zoom: 9 });
	let layers = await styleLayers(page);
	for (const id of ['events:point-label', 'events:line-label', 'roads-line', 'roads-label'])
		expect(layers).toContain(id);
	// Names above the markers; the events' labels under the towns' (placed after them).
	expect(layers.indexOf('events:point-label')).toBeGreaterThan(layers.indexOf('events:point'));
	expect(layers.indexOf('places-label')).toBeGreaterThan(layers.indexOf('events:point-label'));
	expect(layers.indexOf('roads-line')).toBeLessThan(layers.indexOf('events:uncertainty'));
	// Named once placed (placement follows the layer's first tiles by a frame or two).
	const named = () =>
		page.evaluate(
			() => window.cabildoMap!.queryRenderedFeatures({ layers: ['events:point-label'] }).length
		);
	await expect.poll(named).toBeGreaterThan(0);

	expect(layers).not.toContain('selected:point');
	await page.getByTestId('list-item').first().click();
	await expect.poll(async () => (await styleLayers(page)).at(-1)).toBe('selected:point');
	layers = await styleLayers(page);
	expect(layers.indexOf('selected:uncertainty')).toBeLessThan(layers.indexOf('events:point'));
});

test('a wide screen asks for the map’s script in the page head; a phone only when asked', async ({
	guarded: page,
	request
}) => {
	const html = await (await request.get('/')).text();
	const preloads = [
		...html.matchAll(/<link href="([^"]+)" rel="modulepreload" media="\(min-width: 901px\)">/g)
	].map((m) => m[1].replace(/^\.\//, '/'));
	expect(preloads.length).toBeGreaterThan(0);
	const mapChunk = preloads[0];

	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page, '/');
	// Asked for before the page's own modules were all requested: while it hydrates.
	const first = asked.indexOf(mapChunk);
	expect(first).toBeGreaterThanOrEqual(0);
	expect(first).toBeLessThan(asked.findLastIndex((p) => p.includes('/_app/immutable/')));
	// Each of the app's files once: a preload in another request mode than the fetch that follows
	// it is not reused (the map's stylesheet was downloaded twice).
	const files = asked.filter((p) => p.startsWith('/_app/'));
	expect(files.filter((p, i) => files.indexOf(p) !== i)).toEqual([]);

	asked.length = 0;
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await expect(page.getByTestId('load-map')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(asked).not.toContain(mapChunk);
	await page.getByTestId('load-map').click();
	await waitForMapIdle(page);
	expect(asked).toContain(mapChunk);
});

test('no stylesheet blocks the first paint; the map’s own arrives with the map', async ({
	guarded: page,
	request
}) => {
	for (const path of ['/', '/en/', '/events/senkata-2019-11-19/']) {
		const html = await (await request.get(path)).text();
		// SvelteKit keeps inlined stylesheets as disabled links (so that scripts know them).
		const blocking = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
			.map((m) => m[0])
			.filter((link) => !/\bdisabled\b/.test(link));
		expect(blocking, path).toEqual([]);
		expect(html, path).toContain('<style');
	}
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await page.getByTestId('load-map').click();
	await waitForMapIdle(page);
	// MapLibre's stylesheet places its controls: without it they would sit in the flow.
	const position = await page
		.locator('.maplibregl-ctrl-bottom-right')
		.evaluate((el) => getComputedStyle(el).position);
	expect(position).toBe('absolute');
});

test('the home page carries summaries; descriptions, notes and quotes wait in the details file', async ({
	request
}) => {
	type Details = {
		description: { es: string };
		location?: { note?: { es: string } };
		casualties?: { dead?: { quote?: { text: string } }[] };
	};
	const details = (await (await request.get('/d/bolivia-2019/details/0.json')).json()) as Record<
		string,
		Details
	>;
	const senkata = details['senkata-2019-11-19'];
	const left = [
		senkata.description.es,
		senkata.location!.note!.es,
		senkata.casualties!.dead!.find((f) => f.quote)!.quote!.text
	].map((text) => text.slice(0, 50));
	const home = await (await request.get('/')).text();
	const eventPage = await (await request.get('/events/senkata-2019-11-19/')).text();
	expect(home).toContain('Masacre de Senkata');
	for (const text of left) {
		// The event page has them all, written as the home page would have written them.
		expect(eventPage).toContain(text);
		expect(home).not.toContain(text);
	}
});
