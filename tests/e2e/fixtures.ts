import AxeBuilder from '@axe-core/playwright';
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
		// Watched, not intercepted: routing every request would turn off the page's HTTP cache,
		// so a test's second page load would fetch and compile the map's script again. The browser
		// resolves no host but localhost (TEST_CHROMIUM_ARGS), so nothing leaves the machine.
		page.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
				return;
			problems.push(`off-origin request: ${url}`);
		});
		// Content Security Policy violations are recorded by the page itself.
		await page.addInitScript(() => {
			const w = window as unknown as { cspViolations: string[] };
			w.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`)
			);
		});
		await use(page);
		if (!page.isClosed()) {
			const csp = await page
				.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
				.catch(() => []);
			for (const v of csp) problems.push(`CSP violation: ${v}`);
		}
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

/** Opens a page of the site and waits until its map has drawn. */
export async function openMap(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForMapIdle(page);
}

// A page.evaluate returns its function's value to the test, serialised: a MapLibre call that
// returns the map (panBy, setPaintProperty, jumpTo) is wrapped in `void`, or the whole map is
// copied out, which took seconds a call.

/**
 * Moves the camera at once and waits for the map to draw the new view. Waiting on `loaded()`
 * alone races the jump: right after `jumpTo` the old tiles count as loaded and the new ones are
 * not yet requested, so the wait listens for the next `idle` instead.
 */
export async function jumpAndWait(
	page: Page,
	camera: { center?: [number, number]; zoom?: number }
): Promise<void> {
	await page.evaluate(
		(to) =>
			new Promise<void>((resolve) => {
				const map = window.cabildoMap!;
				map.once('idle', () => resolve());
				map.jumpTo(to);
				map.triggerRepaint();
			}),
		camera
	);
	await waitForMapIdle(page);
}

/** Where a map point is on the page (for a mouse click there), in CSS pixels. */
export function screenPoint(
	page: Page,
	[lng, lat]: readonly [number, number]
): Promise<{ x: number; y: number }> {
	return page.evaluate(
		([x, y]) => {
			const map = window.cabildoMap!;
			const p = map.project([x, y]);
			const r = map.getContainer().getBoundingClientRect();
			return { x: p.x + r.left, y: p.y + r.top };
		},
		[lng, lat]
	);
}

/**
 * Fails with one line per axe (WCAG 2.1 AA and best practice) violation on the page as it is, or
 * only in the part `within` selects (a panel that opened on a page already checked).
 */
export async function expectNoAxeViolations(
	page: Page,
	what: string,
	within?: string
): Promise<void> {
	const axe = new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		// MapLibre's canvas and controls are third-party; their names and roles are checked by hand.
		.exclude('.maplibregl-canvas')
		// One run in the page, not a run per frame gathered in a blank page of its own (the site
		// frames only its own pages), and only the violations collected: the claims page's check
		// took 1.8 s instead of 6.6 s, the data page's 1.7 s instead of 4.4 s.
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] });
	const results = await (within ? axe.include(within) : axe).analyze();
	const summary = results.violations.map(
		(v) => `${what}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary, summary.join('\n')).toEqual([]);
}
