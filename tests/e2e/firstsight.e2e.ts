import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, jumpAndWait, screenPoint, openMap } from './fixtures.ts';
import { messages } from '../../src/lib/i18n/messages.ts';

// What a reader meets first, at a desktop, a tablet and a phone, in both languages (issue 27).
const SIZES = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'tablet', width: 768, height: 1024 },
	{ name: 'phone', width: 390, height: 844 }
] as const;
const LANGS = ['es', 'en'] as const;

const events = JSON.parse(readFileSync('data/geojson/bolivia-2019/events.geojson', 'utf8')) as {
	features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[];
};
const SENKATA = events.features.find((f) => f.properties.id === 'senkata-2019-11-19')!.geometry
	.coordinates;
const places = JSON.parse(readFileSync('data/geojson/boundaries/places.geojson', 'utf8')) as {
	features: {
		geometry: { coordinates: [number, number] };
		properties: { name: string; kind: string; rank: number };
	}[];
};
/** El Alto, La Paz and every department capital. */
const CITIES = places.features.filter(
	(f) => f.properties.kind === 'capital' || f.properties.name === 'El Alto'
);

/** The event and basemap features drawn at a map point, topmost first. */
async function renderedAt(page: Page, [lng, lat]: readonly [number, number]) {
	return page.evaluate(
		([x, y]) => {
			const map = window.cabildoMap!;
			const p = map.project([x, y]);
			return map
				.queryRenderedFeatures(p)
				.map((f) => ({ layer: f.layer.id, id: String(f.properties?.id ?? '') }));
		},
		[lng, lat]
	);
}

for (const size of SIZES)
	test.describe(`at ${size.width}x${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		// Spanish, the default, at every size; English at the desktop size only. The panels are laid
		// out alike in both languages, and Spanish, the longer, fills them more.
		for (const lang of size.name === 'desktop' ? LANGS : (['es'] as const)) {
			test(`${lang}: a link to the Senkata massacre centres it, apart from its neighbours${lang === 'es' ? ', and no English shows' : ''}`, async ({
				guarded: page
			}) => {
				await page.goto(`/?lang=${lang}&event=senkata-2019-11-19`);
				await expect(page.getByTestId('details').getByTestId('details-title')).toContainText(
					'Senkata'
				);
				if (size.name === 'desktop')
					// In the list beside the map, scrolled into view. (On a tablet or a phone the list
					// is in the drawer the details replace.)
					await expect(
						page.getByTestId('sidebar').locator('[data-id="senkata-2019-11-19"]')
					).toBeInViewport();
				await waitForMapIdle(page);
				const view = await page.evaluate(() => ({
					zoom: window.cabildoMap!.getZoom(),
					point: window.cabildoMap!.project(window.cabildoMap!.getCenter())
				}));
				expect(view.zoom).toBeGreaterThanOrEqual(9);
				// Drawn inside the part of the map the panels leave visible.
				const drawn = (await renderedAt(page, SENKATA)).map((f) => f.id);
				expect(drawn).toContain('senkata-2019-11-19');
				// Named: no count badge or lesser event takes its label's place.
				const labelled = await page.evaluate(() =>
					window
						.cabildoMap!.queryRenderedFeatures({ layers: ['events:point-label'] })
						.map((f) => String(f.properties.id))
				);
				expect(labelled).toContain('senkata-2019-11-19');
				const at = await screenPoint(page, SENKATA);
				const covering = await page.evaluate(
					({ x, y }) =>
						document.elementFromPoint(x, y)?.closest('[data-testid]')?.getAttribute('data-testid'),
					at
				);
				expect(covering).toBe('map');
				if (lang === 'es') {
					// The same page load serves the language check: the Spanish map page with an
					// event's details open shows no English string, at this screen size.
					await expectNoEnglish(page);
					await page.screenshot({ path: `test-results/firstsight-event-${size.name}-es.png` });
				}
			});
		}

		// Each city is at the centre of its view, where a label's neighbours are the same at any
		// screen size: one screen is walked, the narrowest, where a label has least room.
		if (size.name === 'phone')
			test('the names of El Alto, La Paz and every department capital show at zoom 9 and 10', async ({
				guarded: page
			}) => {
				// Twenty views, each drawn in full by a software renderer: slow on a shared machine.
				test.setTimeout(300_000);
				await openMap(page, '/?lang=es#9/-16.5/-68.15');
				for (const city of CITIES)
					for (const zoom of [9, 10]) {
						const [lng, lat] = city.geometry.coordinates;
						await jumpAndWait(page, { center: [lng, lat], zoom });
						const names = await page.evaluate(() =>
							window
								.cabildoMap!.queryRenderedFeatures({ layers: ['places-label'] })
								.map((f) => String(f.properties?.name))
						);
						expect(names, `${city.properties.name} at zoom ${zoom}`).toContain(
							city.properties.name
						);
						if (city.properties.name === 'El Alto') expect(names).toContain('La Paz');
					}
			});
	});

// What is drawn on top depends on neither the language nor the screen size (the markers' sort
// key decides it, unit-tested): one check, on the default desktop screen, in Spanish.
test('on 19 November the Senkata massacre is drawn on top, ringed', async ({ guarded: page }) => {
	await openMap(page, '/?from=2019-11-19&to=2019-11-19#5/-16.6/-64.5');
	const drawn = (await renderedAt(page, SENKATA)).filter((f) => f.id !== '');
	// Its ring is the topmost event mark there; within the markers' layer violence sorts
	// above every other group (unit-tested on the layer's sort key).
	expect(drawn[0], JSON.stringify(drawn)).toEqual({
		layer: 'events:massacre',
		id: 'senkata-2019-11-19'
	});
	expect(drawn).toContainEqual({ layer: 'events:point', id: 'senkata-2019-11-19' });
	await page.screenshot({ path: 'test-results/firstsight-19nov-desktop-es.png' });
});

test('trunk roads show from zoom 7 with their numbers, and blockaded sections pass their towns', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=es#7.5/-17.2/-67.6');
	const roads = await page.evaluate(() => {
		const map = window.cabildoMap!;
		const refs = (layer: string) =>
			[
				...new Set(
					map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.ref))
				)
			].sort();
		return { lines: refs('roads-line'), labels: refs('roads-label') };
	});
	expect(roads.lines).toEqual(expect.arrayContaining(['1', '4']));
	expect(roads.labels.length).toBeGreaterThan(0);
	await expect(page.getByTestId('roads-key')).toBeVisible();
	// The La Paz–Oruro blockades are drawn through Patacamaya (gazetteer), not straight past it.
	const patacamaya = places.features.find((f) => f.properties.name === 'Patacamaya');
	const at = patacamaya?.geometry.coordinates ?? ([-67.92169, -17.2358] as [number, number]);
	const drawn = await renderedAt(page, at);
	expect(drawn.map((f) => f.id)).toContain('la-paz-oruro-road-blockades-2019-11-19');
	await page.screenshot({ path: 'test-results/firstsight-roads-es.png' });
});

test('events at one point carry a count badge that opens the choice among them', async ({
	guarded: page
}) => {
	// 19–20 November at Senkata: the plant blockade, the massacre and the next day's assembly.
	await openMap(page, `/?lang=es&from=2019-11-19&to=2019-11-20#13/${SENKATA[1]}/${SENKATA[0]}`);
	const badgeAt = () =>
		page.evaluate(([x, y]) => {
			const map = window.cabildoMap!;
			const p = map.project([x, y]);
			const [badge] = map.queryRenderedFeatures(
				[
					[p.x - 20, p.y - 20],
					[p.x + 20, p.y + 20]
				],
				{ layers: ['stacks:count'] }
			);
			const r = map.getContainer().getBoundingClientRect();
			return badge
				? { count: Number(badge.properties.count), x: p.x + r.left + 10, y: p.y + r.top - 10 }
				: null;
		}, SENKATA);
	const badge = await badgeAt();
	expect(badge?.count).toBe(3);
	await page.mouse.click(badge!.x, badge!.y);
	const chooser = page.getByTestId('pick-chooser');
	await expect(chooser).toBeVisible();
	await expect(chooser.locator('li')).toHaveCount(3);
	await expect(chooser).toContainText('Masacre de Senkata');
	await page.keyboard.press('Escape');
	// One day later the massacre is out of the window: the badge says two.
	await openMap(page, `/?lang=es&from=2019-11-20&to=2019-11-20#13/${SENKATA[1]}/${SENKATA[0]}`);
	expect((await badgeAt())?.count).toBe(2);
	await expect(page.getByTestId('stack-key')).toBeVisible();
});

test.describe('on a phone', () => {
	// With the camera's motion (and the sheet's slide): a tapped department is centred after both.
	test.use({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true,
		reducedMotion: 'no-preference'
	});

	test('the chooser of the events at El Alto lies inside the screen, scrolls and can be searched', async ({
		guarded: page
	}) => {
		await openMap(page, '/?lang=es#10/-16.52/-68.17');
		const point = await screenPoint(page, [-68.17, -16.52]);
		// The densest spot: the events drawn at El Alto's centre.
		const hits = (await renderedAt(page, [-68.17, -16.52])).length;
		expect(hits).toBeGreaterThan(0);
		await page.mouse.click(point.x, point.y);
		const chooser = page.getByTestId('pick-chooser');
		await expect(chooser).toBeVisible();
		const box = (await chooser.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		const options = chooser.locator('li');
		const all = await options.count();
		if (all >= 6) {
			await chooser.getByTestId('pick-search').fill('Senkata');
			expect(await options.count()).toBeLessThan(all);
			await expect(options.first()).toContainText('Senkata');
		}
		await page.screenshot({ path: 'test-results/firstsight-chooser-phone-es.png' });
	});

	test('a department tapped on the map is centred above the panel that opens', async ({
		guarded: page
	}) => {
		await openMap(page, '/?lang=es#4.6/-16.6/-64.8');
		const tarija = places.features.find(
			(f) => f.properties.kind === 'department' && f.properties.name === 'Tarija'
		)!.geometry.coordinates;
		const before = await screenPoint(page, tarija);
		await page.mouse.click(before.x, before.y);
		const panel = page.getByTestId('department-panel');
		await expect(panel).toBeVisible();
		await waitForMapIdle(page);
		const after = await screenPoint(page, tarija);
		const sheet = (await panel.boundingBox())!;
		// Tarija lay where the panel now is; it has moved into the part of the map above it.
		expect(before.y).toBeGreaterThan(sheet.y);
		expect(after.y).toBeLessThan(sheet.y);
		expect(after.y).toBeGreaterThan(0);
		expect(after.x).toBeGreaterThan(0);
		expect(after.x).toBeLessThan(390);
		await page.screenshot({ path: 'test-results/firstsight-department-phone-es.png' });
	});

	test('the saved view stays inside Bolivia after panning away and back', async ({
		guarded: page
	}) => {
		await openMap(page, '/?lang=es#5/-16.6/-64.5');
		const hashView = async () => {
			const [zoom, lat, lng] = new URL(page.url()).hash.slice(1).split('/').map(Number);
			return { zoom, lat, lng };
		};
		await page.evaluate(() => void window.cabildoMap!.panBy([0, 500], { duration: 0 }));
		await waitForMapIdle(page);
		await page.evaluate(() => void window.cabildoMap!.panBy([0, -500], { duration: 0 }));
		await waitForMapIdle(page);
		const view = await hashView();
		expect(view.lat).toBeGreaterThan(-23);
		expect(view.lat).toBeLessThan(-9.6);
		expect(view.lng).toBeGreaterThan(-69.7);
		expect(view.lng).toBeLessThan(-57.4);
		await page.reload();
		await waitForMapIdle(page);
		expect(await hashView()).toEqual(view);
	});
});

/** Every English string of the catalogue that is not also Spanish. */
function englishOnly(): Set<string> {
	const strings = new Set<string>();
	const spanish = new Set<string>();
	const collect = (value: unknown, into: Set<string>) => {
		if (typeof value === 'string') into.add(value.trim());
		else if (Array.isArray(value)) value.forEach((v) => collect(v, into));
		else if (value && typeof value === 'object')
			Object.values(value).forEach((v) => collect(v, into));
	};
	collect(messages.en, strings);
	collect(messages.es, spanish);
	for (const s of spanish) strings.delete(s);
	// Placeholders and fragments too short to tell a language by.
	return new Set([...strings].filter((s) => s.length > 3 && !s.includes('{')));
}

const ENGLISH_ONLY = englishOnly();

/**
 * Fails on any English-only string of the catalogue in the page's text or labels (MapLibre's own
 * controls too). The link to the other language is in that language, and says so.
 */
async function expectNoEnglish(page: Page): Promise<void> {
	const shown = await page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (node.parentElement?.closest('[lang]:not(html)')?.getAttribute('lang') === 'en') continue;
			const text = node.textContent?.trim();
			if (text) out.push(text);
		}
		for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
			if (el.closest('[lang]:not(html)')?.getAttribute('lang') === 'en') continue;
			for (const attr of ['aria-label', 'title', 'placeholder'])
				if (el.getAttribute(attr)) out.push(el.getAttribute(attr)!.trim());
		}
		return out;
	});
	expect(shown.filter((s) => ENGLISH_ONLY.has(s))).toEqual([]);
	await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Acercar');
	expect(shown.join(' ')).not.toMatch(/\bcontributors\b|Zoom in|Toggle attribution/);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', '/en/', '/events/senkata-2019-11-19/'])
		test(`${path} shows no button, slider or box that would do nothing`, async ({
			guarded: page
		}) => {
			await page.goto(path);
			const controls = page.locator('button, input, select');
			const visible = [];
			for (const control of await controls.all())
				if (await control.isVisible()) visible.push(await control.evaluate((el) => el.outerHTML));
			expect(visible).toEqual([]);
			// What reads without scripts is still there: the summary, the legend, the totals.
			await expect(page.locator('main, body').first()).toContainText(/\w/);
		});
});
