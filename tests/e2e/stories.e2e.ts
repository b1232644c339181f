import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openMap } from './fixtures.ts';

const story = JSON.parse(
	readFileSync('data/geojson/bolivia-2019/stories/bolivia-2019-crisis.json', 'utf8')
) as { steps: { title: { en: string; es: string }; link: string }[] };
const eventOf = (step: number) =>
	new URL(story.steps[step - 1].link, 'http://x').searchParams.get('event');
const PATH = '/en/stories/bolivia-2019-crisis/';

// A story is walked with the camera's flights and smooth scrolling, as most readers see it (most
// other browser tests jump: reduced motion, playwright.config.ts).
test.use({ reducedMotion: 'no-preference' });

/** The event the map rings as selected. */
const selectedOnMap = (page: Page) =>
	page.evaluate(() => JSON.stringify(window.cabildoMap!.getFilter('selected:point')));

test('a story walked with the keyboard: the URL follows the step, the map selects its event', async ({
	guarded: page
}) => {
	await openMap(page, PATH);
	await expect(page.getByTestId('story-step')).toHaveCount(story.steps.length);
	await expect(page.getByTestId('story-step').first()).toHaveAttribute('aria-current', 'step');
	expect(await selectedOnMap(page)).toContain(eventOf(1)!);
	await expectNoAxeViolations(page, 'story');

	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/[?&]step=2$/);
	await expect.poll(() => selectedOnMap(page)).toContain(eventOf(2)!);
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(/[?&]step=3$/);
	await expect(page.locator('#step-3')).toHaveAttribute('aria-current', 'step');
	await expect.poll(() => selectedOnMap(page)).toContain(eventOf(3)!);
	await page.keyboard.press('ArrowUp');
	await expect(page).toHaveURL(/[?&]step=2$/);

	// A link to a step opens there; its free-map link carries the same state.
	await openMap(page, `${PATH}?step=8`);
	await expect(page.locator('#step-8')).toHaveAttribute('aria-current', 'step');
	await expect.poll(() => selectedOnMap(page)).toContain(eventOf(8)!);
	const free = page.locator('#step-8').getByTestId('story-open-map');
	await expect(free).toHaveAttribute('href', `/en${story.steps[7].link}`);
});

test('a story on a phone: one step card, Previous and Next', async ({ guarded: page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openMap(page, '/stories/bolivia-2019-crisis/');
	const visible = page.locator('[data-testid="story-step"]:visible');
	await expect(visible).toHaveCount(1);
	await expect(visible).toContainText(story.steps[0].title.es);
	await visible.getByTestId('story-next').click();
	await expect(page).toHaveURL(/[?&]step=2$/);
	await expect(page.locator('[data-testid="story-step"]:visible')).toContainText(
		story.steps[1].title.es
	);
	await expect.poll(() => selectedOnMap(page)).toContain(eventOf(2)!);
	await expectNoAxeViolations(page, 'story on a phone');
});

test('a story and the claims without JavaScript: every step, its sources and its figure', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PATH);
	await expect(page.getByTestId('story-step')).toHaveCount(story.steps.length);
	for (const [i, step] of story.steps.entries())
		await expect(page.locator(`#step-${i + 1} h2`)).toHaveText(step.title.en);
	await expect(page.locator('.static-map img').first()).toBeVisible();
	await page.goto('/en/claims/');
	await expect(page.getByTestId('claim').first()).toBeVisible();
	await context.close();
});

test('a figure from the source text leads from the details panel to its claim', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en&event=senkata-2019-11-19');
	// The map page lists the story.
	await expect(page.getByTestId('story-link')).toHaveAttribute('href', PATH);
	const mark = page.getByTestId('details').getByTestId('claim-mark').first();
	await expect(mark).toBeVisible();
	await mark.click();
	await expect(page).toHaveURL(/\/en\/claims\/#claim-senkata-dead-9$/);
	const claim = page.locator('#claim-senkata-dead-9');
	await expect(claim).toBeVisible();
	await expect(claim.getByTestId('claim-verdict')).toHaveText('Interim count');
	// The verdict is the figures' own: the source text's 9, the count of the day, beside the others.
	await expect(claim.getByTestId('claim-figures')).toContainText('(this text)');
	// The claims page's axe pass is evidence.e2e.ts's, after its filters are cleared.
});
