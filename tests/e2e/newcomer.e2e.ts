import type { Page } from '@playwright/test';
import { test, expect, openMap } from './fixtures.ts';

/** Where the selected event is drawn, and the box of the panel that covers part of the map. */
async function eventAndPanel(page: Page, id: string) {
	return page.evaluate((id) => {
		const map = window.cabildoMap!;
		const [feature] = map.querySourceFeatures('event-points', {
			filter: ['==', ['get', 'id'], id]
		});
		const coords = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
		const canvas = map.getCanvas().getBoundingClientRect();
		const point = map.project(coords);
		const panel = document.querySelector('.details-wrap')!.getBoundingClientRect();
		return {
			x: canvas.left + point.x,
			y: canvas.top + point.y,
			panel: { left: panel.left, top: panel.top },
			canvas: { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom }
		};
	}, id);
}

test('a link to an event on a phone centres it above the sheet', async ({ guarded: page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '/?lang=en&event=senkata-2019-11-19');
	await expect(page.getByTestId('details')).toBeVisible();
	await expect
		.poll(async () => {
			const { y, panel, canvas } = await eventAndPanel(page, 'senkata-2019-11-19');
			// In the middle of the visible part, give or take a few pixels.
			return Math.abs(y - (canvas.top + panel.top) / 2) < 12 && y < panel.top;
		})
		.toBe(true);
});

test('an event chosen in the list on a wide screen is centred beside the details panel', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en');
	await page.getByTestId('list-item').filter({ hasText: 'Senkata massacre' }).first().click();
	await expect(page.getByTestId('details')).toBeVisible();
	await expect
		.poll(async () => {
			const { x, panel, canvas } = await eventAndPanel(page, 'senkata-2019-11-19');
			return Math.abs(x - (canvas.left + panel.left) / 2) < 12;
		})
		.toBe(true);
});

test('a Spanish link stays Spanish for an English browser, which is offered English, and a copied link keeps the language', async ({
	browser
}) => {
	const sender = await browser.newContext({ locale: 'en-US' });
	await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await sender.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	const offer = page.getByTestId('lang-offer');
	await expect(offer).toHaveAttribute('lang', 'en');
	await offer.getByRole('link').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(offer).toHaveCount(0);
	await page.getByTestId('copy-link').click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).searchParams.get('lang')).toBe('en');
	await sender.close();

	const reader = await browser.newContext({ locale: 'es-BO' });
	const other = await reader.newPage();
	await other.goto(link);
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	// A Spanish-speaking reader of the Spanish page is offered nothing.
	await other.goto('/');
	await expect(other.locator('html')).toHaveAttribute('lang', 'es');
	await expect(other.getByTestId('lang-offer')).toHaveCount(0);
	await reader.close();
});

test('each event offers a way to report a correction', async ({ guarded: page }) => {
	// The panel's layout settles once the map has centred the event (its quotes add height).
	await openMap(page, '/?lang=en&event=senkata-2019-11-19');
	const report = page.getByTestId('details').getByTestId('report-correction');
	await expect(report).toHaveText('Report a correction');
	// Without a corrections address set at build time: the about page's corrections section.
	await expect(report).toHaveAttribute('href', '/en/about/#corrections');
	await report.click();
	await expect(page.locator('#corrections')).toBeVisible();
	// There: the data's history, and (the default dataset naming no contact, this build no form
	// and no tracker) a plain word that there is no way to send one.
	await expect(page.getByTestId('about-changes')).toHaveAttribute('href', '/en/changes/');
	await expect(page.getByTestId('about-no-contact')).toContainText('no way to send a correction');
	await page.goto('/events/senkata-2019-11-19/');
	await expect(page.getByTestId('report-correction')).toHaveAttribute(
		'href',
		'/about/#corrections'
	);
});
