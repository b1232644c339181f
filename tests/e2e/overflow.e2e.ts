import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// Every panel's content fits its box at four screen sizes and in both languages: nothing clipped
// on the right, nothing reachable only by scrolling sideways. Both languages at the narrowest
// desktop and at the phone, where room is least; one each at the wide desktop and the tablet.
// A state that overflows is kept as a screenshot in test-results/overflow/; CABILDO_SHOTS=1 keeps
// every state, for a review by eye (each screenshot redraws the map in software: about 25 s of
// the suite's CPU for all of them).
const KEEP_EVERY_SHOT = Boolean(process.env.CABILDO_SHOTS);
const CASES = [
	{ viewport: { width: 1280, height: 800 }, langs: ['es', 'en'] },
	{ viewport: { width: 1440, height: 900 }, langs: ['en'] },
	{ viewport: { width: 768, height: 1024 }, langs: ['es'] },
	{ viewport: { width: 390, height: 844 }, langs: ['es', 'en'] }
] as const;
const PANELS = [
	'.masthead',
	'.panel-body',
	'[data-testid="details"]',
	'[data-testid="department-panel"]',
	'main.page',
	'main.story .text'
];
const SHOTS = 'test-results/overflow';

/** Elements wider than their panel, or scrolling sideways inside it. */
function overflowsIn(page: Page): Promise<string[]> {
	return page.evaluate((selectors) => {
		const problems: string[] = [];
		const name = (el: Element) =>
			el.tagName.toLowerCase() +
			(el.id ? `#${el.id}` : '') +
			(el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : '') +
			(el.className && typeof el.className === 'string'
				? `.${el.className.trim().split(/\s+/)[0]}`
				: '');
		for (const selector of selectors) {
			for (const panel of document.querySelectorAll(selector)) {
				const box = panel.getBoundingClientRect();
				if (box.width === 0 || box.height === 0) continue;
				for (const el of [panel, ...panel.querySelectorAll('*')]) {
					if (el.closest('.maplibregl-map')) continue;
					const style = getComputedStyle(el);
					if (style.display === 'none' || style.visibility === 'hidden') continue;
					// Screen-reader-only text is clipped on purpose.
					if (style.clipPath.startsWith('inset') || style.clip.startsWith('rect')) continue;
					if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible')
						problems.push(
							`${selector}: ${name(el)} scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px)`
						);
					const r = el.getBoundingClientRect();
					if (r.width > 0 && r.height > 0 && (r.right > box.right + 1 || r.left < box.left - 1))
						problems.push(
							`${selector}: ${name(el)} sticks out of its panel (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`
						);
				}
			}
		}
		return [...new Set(problems)];
	}, PANELS);
}

for (const { viewport, langs } of CASES) {
	for (const lang of langs) {
		test(`panels fit their boxes at ${viewport.width}x${viewport.height} in ${lang}`, async ({
			guarded: page
		}) => {
			mkdirSync(SHOTS, { recursive: true });
			await page.setViewportSize(viewport);
			const phone = viewport.width <= 900;
			const prefix = lang === 'en' ? '/en' : '';
			const problems: string[] = [];
			const look = async (state: string) => {
				const found = await overflowsIn(page);
				problems.push(...found.map((p) => `${state}: ${p}`));
				if (found.length > 0 || KEEP_EVERY_SHOT)
					await page.screenshot({
						path: `${SHOTS}/${viewport.width}x${viewport.height}-${lang}-${state}.png`
					});
			};

			// What is measured is the panels' layout: each state waits for its panel's content, not
			// for the map's last tile (a software renderer's seconds that change no panel).
			await page.goto(`/?lang=${lang}&event=senkata-2019-11-19`);
			await expect(page.getByTestId('details-title')).toContainText('Senkata');
			await expect(page.getByTestId('details-loading')).toHaveCount(0);
			// On a wide screen the sidebar is measured beside each panel, and the region is opened
			// from its table: one page load for the three states.
			await look(phone ? 'details' : 'details-and-sidebar');
			if (phone) {
				await page.goto(`/?lang=${lang}&department=BO-C`);
			} else {
				await page.locator('[data-testid="region-table"] tr[data-code="BO-C"] button').click();
			}
			await expect(page.getByTestId('department-panel')).toBeVisible();
			await look(phone ? 'department' : 'department-and-sidebar');
			if (phone) {
				// A phone shows the static map until asked: open the panel over it.
				await page.goto(`/?lang=${lang}`);
				await page.getByTestId('panel-toggle').click();
				await look('sidebar');
			}
			await page.goto(`${prefix}/events/senkata-2019-11-19/`);
			await look('event-page');
			await page.goto(`${prefix}/claims/`);
			await look('claims');
			await page.goto(`${prefix}/stories/bolivia-2019-crisis/`);
			// Its layout once scripted (the map beside the text), not the map's drawing.
			await expect(page.locator('main.story.with-map .text h1')).toBeVisible();
			await look('story');
			expect(problems, problems.join('\n')).toEqual([]);
		});
	}
}
