import { test, expect, waitForMapIdle, jumpAndWait, openMap } from './fixtures.ts';
import type { Page } from '@playwright/test';

// 3,000 seeded synthetic events generated with --tiles (see playwright.config.ts): the path a
// million-event dataset takes, on a size CI can build. The page never downloads the features:
// the map reads the PMTiles archive by range requests, the totals a binary summary.
const PATH = '/d/synthetic-tiles-3k/';

interface Feature {
	properties: { id: string; layer: string; casualties?: { dead?: { value: number }[] } };
}
const lowestDead = (f: Feature) =>
	f.properties.casualties?.dead?.length
		? Math.min(...f.properties.casualties.dead.map((d) => d.value))
		: 0;

/** What the tiles show at the current view: events counted through clusters, dead summed. */
async function drawnTotals(page: Page) {
	return page.evaluate(() => {
		const map = window.cabildoMap!;
		const visible = (id: string) => map.getLayoutProperty(id, 'visibility') !== 'none';
		const layers = ['tiles:clusters', 'tiles:points'].filter(visible);
		let events = 0;
		let dead = 0;
		let clusters = 0;
		const seen = new Set<string>();
		for (const f of map.queryRenderedFeatures({ layers })) {
			const p = f.properties;
			const key = p.cluster ? `c${p.cluster_id}` : `p${p.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (p.cluster) clusters += 1;
			events += p.cluster ? Number(p.point_count) : 1;
			dead += Number(p.dead);
		}
		return { events, dead, clusters };
	});
}

/** Events the visible clusters and points stand for, in the given layers. */
async function drawnEvents(page: Page, layers: string[]) {
	return page.evaluate((layers) => {
		const map = window.cabildoMap!;
		const seen = new Set<string>();
		let events = 0;
		for (const f of map.queryRenderedFeatures({ layers: ['tiles:clusters', 'tiles:points'] })) {
			const p = f.properties;
			const key = p.cluster ? `c${p.cluster_id}` : `p${p.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			events += p.cluster ? layers.reduce((n, l) => n + Number(p[`n:${l}`]), 0) : 1;
		}
		return events;
	}, layers);
}

test('3,000 events as vector tiles: every event drawn once, totals from the summary, no features downloaded', async ({
	guarded: page
}) => {
	const download = await (await page.request.get(`/downloads/synthetic-tiles-3k.geojson`)).json();
	const features = download.features as Feature[];
	expect(features).toHaveLength(3000);
	const totalDead = features.reduce((sum, f) => sum + lowestDead(f), 0);
	const layers = [...new Set(features.map((f) => f.properties.layer))];

	const requests: { url: string; status: number; range: string | null }[] = [];
	page.on('response', (r) =>
		requests.push({ url: r.url(), status: r.status(), range: r.request().headers().range ?? null })
	);
	await openMap(page, `${PATH}?lang=en`);

	// The map: clusters and points account for every event once, with the dead summed.
	await expect.poll(() => drawnEvents(page, layers)).toBe(3000);
	const all = await drawnTotals(page);
	expect(all.clusters).toBeGreaterThan(5);
	expect(all.dead).toBe(totalDead);

	// The archive came by range requests; the features never came.
	const archive = requests.filter((r) => r.url.endsWith('/events.pmtiles'));
	expect(archive.length).toBeGreaterThan(0);
	expect(archive.every((r) => r.status === 206 && r.range?.startsWith('bytes='))).toBe(true);
	expect(requests.some((r) => /features\.json|\/features\//.test(r.url))).toBe(false);

	// The totals come from the summary: the same as the features give.
	await expect(page.getByTestId('map-summary')).toContainText('3,000 events');
	await expect(page.getByTestId('map-summary')).toContainText(
		`${totalDead.toLocaleString('en')} dead`
	);
	await expect(page.getByTestId('tiled-note')).toContainText('3,000 events');

	// Hiding a layer recounts the clusters (their per-layer counts) and the totals.
	await page.getByRole('checkbox', { name: /Massacres, clashes and deaths/ }).uncheck();
	await waitForMapIdle(page);
	const withoutViolence = features.filter((f) => f.properties.layer !== 'violence');
	const shown = layers.filter((l) => l !== 'violence');
	await expect.poll(() => drawnEvents(page, shown)).toBe(withoutViolence.length);
	const clusterLabels = await page.evaluate(() =>
		JSON.stringify(window.cabildoMap!.getLayoutProperty('tiles:cluster-count', 'text-field'))
	);
	expect(clusterLabels).not.toContain('n:violence');
	await expect(page.getByTestId('map-summary')).toContainText(
		`${withoutViolence.length.toLocaleString('en')} events`
	);
});

test('a tiled event: clicked on the map, its record fetched by id, kept in a link that reopens it', async ({
	guarded: page
}) => {
	await openMap(page, `${PATH}?lang=en#12/-17.4/-66.2`);
	// Zoom out until single points are drawn, then click the one nearest the middle.
	const target = await page.evaluate(async () => {
		const map = window.cabildoMap!;
		for (let tries = 0; tries < 10; tries++) {
			const points = map.queryRenderedFeatures({ layers: ['tiles:points'] });
			if (points.length > 0) {
				const p = points[0];
				const xy = map.project((p.geometry as GeoJSON.Point).coordinates as [number, number]);
				const box = map.getCanvas().getBoundingClientRect();
				return { id: String(p.properties.id), x: box.left + xy.x, y: box.top + xy.y };
			}
			map.jumpTo({ zoom: map.getZoom() - 0.5 });
			await new Promise((resolve) => map.once('idle', resolve));
		}
		return null;
	});
	expect(target).not.toBeNull();
	const center = await page.evaluate(({ x, y }) => {
		const map = window.cabildoMap!;
		const box = map.getCanvas().getBoundingClientRect();
		return map.unproject([x - box.left, y - box.top]).toArray() as [number, number];
	}, target!);
	await jumpAndWait(page, { center });
	const middle = await page.evaluate(() => {
		const box = window.cabildoMap!.getCanvas().getBoundingClientRect();
		return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
	});
	await page.mouse.click(middle.x, middle.y);
	const details = page.getByTestId('details');
	await expect(details).toBeVisible();
	const number = target!.id.replace('synthetic-', '');
	await expect(details).toContainText(`Synthetic event ${number}`);
	await expect(page).toHaveURL(new RegExp(`event=${target!.id}`));

	// The link reopens it: the record comes from the file its id hashes to.
	await page.goto(`${PATH}?lang=en&event=${target!.id}`);
	await expect(page.getByTestId('details')).toContainText(`Synthetic event ${number}`);

	// A link to an event the dataset does not have opens the plain map.
	await openMap(page, `${PATH}?lang=en&event=synthetic-999999`);
	await expect(page.getByTestId('details')).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
});

test('a tiled map whose renderer script cannot be fetched says so, not that WebGL is missing', async ({
	page
}) => {
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
	// The tiled renderer's script is the one chunk that carries the PMTiles reader.
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes('pmtiles')) return route.abort();
		return route.fulfill({ response });
	});
	await page.goto(`${PATH}?lang=en`);
	const status = page.getByTestId('map-unavailable');
	await expect(status).toHaveAttribute('role', 'alert');
	await expect(status).toContainText('could not be loaded');
	await expect(status).toContainText('Reload the page');
	await expect(status).not.toContainText('WebGL');
	// The totals still come from the summary.
	await expect(page.getByTestId('region-table')).toBeVisible();
	expect(pageErrors).toEqual([]);
});
