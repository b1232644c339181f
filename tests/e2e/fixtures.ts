import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test fails on an uncaught page error, a console error, or a request
 * that leaves the site's own origin (the site must work with no other network).
 */
export const test = base.extend<{ guarded: Page }>({
	guarded: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		});
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
				return route.continue();
			}
			problems.push(`off-origin request: ${url}`);
			return route.abort();
		});
		await use(page);
		expect(problems, problems.join('\n')).toEqual([]);
	}
});

export { expect };

/** Waits until the map has loaded its style and finished drawing. */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-status', 'ready', {
		timeout: 30_000
	});
	await page.waitForFunction(
		() => {
			const map = window.cabildoMap;
			return Boolean(map && map.loaded() && map.areTilesLoaded() && !map.isMoving());
		},
		undefined,
		{ timeout: 30_000 }
	);
}
