import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle, openMap, screenPoint } from './fixtures.ts';

interface Fig {
	value?: number;
	min?: number;
	max?: number;
	source: string;
}
const events = JSON.parse(readFileSync('data/geojson/bolivia-2019/events.geojson', 'utf8')) as {
	features: {
		geometry: { coordinates: [number, number] };
		properties: { id: string; casualties?: { dead?: Fig[] } };
	}[];
};
const senkata = events.features.find((f) => f.properties.id === 'senkata-2019-11-19')!;
const SENKATA_DEAD = senkata.properties.casualties!.dead!;

async function hashView(page: Page) {
	const hash = new URL(page.url()).hash;
	const [zoom, lat, lng] = hash.slice(1).split('/').map(Number);
	return { zoom, lat, lng };
}

test('panning the map updates the view in the URL hash', async ({ guarded: page }) => {
	await openMap(page, '/?lang=es#6/-17/-65');
	const historyLength = await page.evaluate(() => history.length);
	const before = await hashView(page);
	expect(before).toEqual({ zoom: 6, lat: -17, lng: -65 });
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 100, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await hashView(page)).lng).toBeGreaterThan(-65);
	const after = await hashView(page);
	expect(after.lat).toBeGreaterThan(-17);
	expect(after.zoom).toBe(6);
	// Panning replaces the history entry instead of adding one.
	expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('clicking the Senkata point shows its date and every source’s death count', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=es#11/-16.517/-68.167');
	const point = await screenPoint(page, senkata.geometry.coordinates);
	await page.mouse.click(point.x, point.y);

	// Several events share El Alto's approximate point: the click offers a choice.
	const chooser = page.getByTestId('pick-chooser');
	await expect(chooser).toBeVisible();
	expect(await chooser.getByRole('button').count()).toBeGreaterThan(2);
	await chooser.getByRole('button', { name: /Masacre de Senkata/ }).click();

	const details = page.getByTestId('details');
	await expect(details.getByTestId('details-title')).toContainText('Senkata');
	await expect(details.getByTestId('details-date')).toHaveText('19 de noviembre de 2019');
	const rows = details.getByTestId('casualties-dead').getByTestId('figure');
	await expect(rows).toHaveCount(SENKATA_DEAD.length);
	const shown = await rows.allTextContents();
	for (const [i, f] of SENKATA_DEAD.entries()) {
		const n = String(f.value ?? f.min ?? f.max);
		expect(shown[i]).toContain(n);
	}
	// Sources open in a new tab without handing over the opener.
	const link = details.getByTestId('sources').getByRole('link').first();
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', /noopener/);
	await expect(page).toHaveURL(/event=senkata-2019-11-19/);
});

test('toggling the blockade layers hides their symbols and updates the URL', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en');
	const rendered = () =>
		page.evaluate(
			() =>
				window
					.cabildoMap!.queryRenderedFeatures({ layers: ['events:point', 'events:line'] })
					.filter((f) => String(f.properties.layer).startsWith('blockade-')).length
		);
	expect(await rendered()).toBeGreaterThan(5);

	await page.getByTestId('toggle-blockades').getByRole('checkbox').uncheck();
	await expect(page).toHaveURL(/layers=violence,assembly,marches,political,departments/);
	await expect.poll(rendered).toBe(0);
	const listText = await page.getByTestId('event-list').textContent();
	expect(listText).not.toContain('Blockade');

	// Each blockade layer also switches on its own.
	await page.getByTestId('toggle-blockade-points').getByRole('checkbox').check();
	await expect(page).toHaveURL(
		/layers=violence,assembly,marches,political,blockade-points,departments/
	);
	await expect(page.getByTestId('toggle-blockades').getByRole('checkbox')).toHaveJSProperty(
		'indeterminate',
		true
	);
	await expect.poll(rendered).toBeGreaterThan(0);

	// The departments' borders switch alone: the events' sources are left as they are (every
	// event tile was cut again on this toggle, a frame or two of work for nothing).
	await waitForMapIdle(page);
	await page.evaluate(() => {
		const w = window as unknown as { eventSourceLoads: string[] };
		w.eventSourceLoads = [];
		window.cabildoMap!.on('data', (e: { dataType?: string; sourceId?: string }) => {
			if (e.dataType === 'source' && e.sourceId?.startsWith('event-'))
				w.eventSourceLoads.push(e.sourceId);
		});
	});
	await page.getByTestId('toggle-departments').getByRole('checkbox').uncheck();
	await expect
		.poll(() => new URL(page.url()).searchParams.get('layers'))
		.toMatch(/^violence,assembly,marches,political,blockade-points(,other)?$/);
	await waitForMapIdle(page);
	expect(
		await page.evaluate(
			() => (window as unknown as { eventSourceLoads: string[] }).eventSourceLoads
		)
	).toEqual([]);
});

test('a copied link restores view, layers, details and language in a new page', async ({
	guarded: page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openMap(page, '/?lang=en');
	await page.getByTestId('toggle-assembly').getByRole('checkbox').uncheck();
	await page.getByTestId('list-item').filter({ hasText: 'Sacaba massacre' }).first().click();
	await expect(page.getByTestId('details-title')).toContainText('Sacaba');
	await waitForMapIdle(page);
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('copy-status')).toHaveText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(page.url());
	const view = await hashView(page);

	const other = await context.newPage();
	await other.goto(link);
	await waitForMapIdle(other);
	await expect(other.getByTestId('details-title')).toContainText('Sacaba');
	await expect(other.getByTestId('details-date')).toContainText('November 2019');
	await expect(other.getByTestId('toggle-assembly').getByRole('checkbox')).not.toBeChecked();
	await expect(other.getByTestId('toggle-violence').getByRole('checkbox')).toBeChecked();
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	const restored = await other.evaluate(() => {
		const m = window.cabildoMap!;
		return { zoom: m.getZoom(), lat: m.getCenter().lat, lng: m.getCenter().lng };
	});
	expect(restored.zoom).toBeCloseTo(view.zoom, 1);
	expect(restored.lat).toBeCloseTo(view.lat, 2);
	expect(restored.lng).toBeCloseTo(view.lng, 2);
	expect(other.url()).toBe(link);
});

test('a broken or hostile link falls back to a valid view', async ({ guarded: page }) => {
	await openMap(page, '/?layers=nope&event=<script>&lang=xx&from=yesterday#99/200/-500');
	await expect(page.getByTestId('details')).toHaveCount(0);
	const url = new URL(page.url());
	expect(url.searchParams.get('event')).toBeNull();
	expect(url.searchParams.get('lang')).toBeNull();
	expect(url.searchParams.get('layers')).toBeNull();
	const [zoom, lat, lng] = url.hash.slice(1).split('/').map(Number);
	expect(zoom).toBeLessThan(8);
	expect(lat).toBeGreaterThan(-23);
	expect(lat).toBeLessThan(-9);
	expect(lng).toBeGreaterThan(-70);
});

// With the camera's motion: the details open, and Escape closes them, while the map moves.
test.describe('with motion', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the whole path works with the keyboard alone', async ({ guarded: page }) => {
		await openMap(page, '/?lang=en');
		// The focused control's visible name (a checkbox is named by its label).
		const focusedText = () =>
			page.evaluate(() => {
				const el = document.activeElement;
				if (!el || el === document.body) return '';
				return (el.closest('label') ?? el).textContent?.trim() ?? '';
			});
		const tabUntil = async (match: RegExp) => {
			for (let i = 0; i < 250; i++) {
				await page.keyboard.press('Tab');
				if (match.test(await focusedText())) return;
			}
			throw new Error(`never reached ${match}`);
		};

		// Switch the blockade points off with the keyboard.
		await tabUntil(/^Blockade points$/);
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/layers=/);
		expect(new URL(page.url()).searchParams.get('layers')).not.toContain('blockade-points');

		// Open Senkata's details from the list.
		await tabUntil(/^Senkata massacre/);
		const item = page.getByTestId('list-item').filter({ hasText: 'Senkata massacre' });
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('details-title')).toBeFocused();
		await expect(page).toHaveURL(/event=senkata-2019-11-19/);

		// Escape closes it and gives focus back to the list item.
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('details')).toHaveCount(0);
		await expect(item).toBeFocused();
		await expect(page).not.toHaveURL(/event=/);

		// Language switch by keyboard.
		await tabUntil(/^Leer en español$/);
		await page.keyboard.press('Enter');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page).toHaveURL(/lang=es/);
	});
});
