// The evidence a reader meets first: the massacres clickable where they happened, the headline's
// dead beside the national counts, and each figure with the sentence of its source.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, openMap, screenPoint } from './fixtures.ts';

interface Feature {
	geometry: { type: string; coordinates: [number, number] };
	properties: { id: string };
}
const events = JSON.parse(readFileSync('data/geojson/bolivia-2019/events.geojson', 'utf8')) as {
	features: Feature[];
};
const at = (id: string) =>
	events.features.find((f) => f.properties.id === id)!.geometry.coordinates;

/** Opens the map at zoom 14 on a site, clicks the site and picks `title` if a chooser opens. */
async function clickSite(page: Page, [lng, lat]: [number, number], title: RegExp) {
	await openMap(page, `/?lang=es#14/${lat}/${lng}`);
	const point = await screenPoint(page, [lng, lat]);
	await page.mouse.click(point.x, point.y);
	const chooser = page.getByTestId('pick-chooser');
	const details = page.getByTestId('details');
	await expect(chooser.or(details)).toBeVisible();
	if (await chooser.isVisible()) await chooser.getByRole('button', { name: title }).click();
	await expect(details.getByTestId('details-title')).toContainText(title);
	return details;
}

test('a click at the Senkata plant at zoom 14 opens the massacre, with interim counts marked and quotes', async ({
	guarded: page
}) => {
	const details = await clickSite(page, at('senkata-2019-11-19'), /Masacre de Senkata/);
	await expect(page).toHaveURL(/event=senkata-2019-11-19/);
	// The Ombudsman's 3 of the first day, the press counts of 20–21 November and the nine of the
	// day (the source text, the IACHR's preliminary observations) are interim: the GIEI counted ten.
	const dead = details.getByTestId('casualties-dead');
	await expect(dead.getByTestId('figure-interim')).toHaveCount(6);
	// Quotes and notes come with the details file, fetched on selection; they sit behind a
	// disclosure on the map, and opening one shows the source's sentence.
	await expect(details.getByTestId('details-loading')).toHaveCount(0);
	const quotes = dead.getByTestId('figure-quote');
	expect(await quotes.count()).toBeGreaterThan(5);
	await dead.locator('summary').first().click();
	await expect(quotes.first()).toBeVisible();
	await expect(details.getByTestId('location-note')).toContainText('5 km al sur');
});

test('a click at the K’ara K’ara landfill at zoom 14 opens that clash', async ({
	guarded: page
}) => {
	const details = await clickSite(
		page,
		at('kara-kara-2019-11-23'),
		/Enfrentamiento en el botadero de K/
	);
	await expect(page).toHaveURL(/event=kara-kara-2019-11-23/);
	// Ahora El Pueblo counts injured soldiers and police apart: each figure says whom it counts.
	const who = details.getByTestId('casualties-injured').getByTestId('figure-who');
	await expect(who).toHaveText(['militares', 'militares', 'policías']);
});

test('the headline gives the mapped dead beside the national counts', async ({ guarded: page }) => {
	await page.goto('/?lang=en');
	await expect(page.getByTestId('map-summary')).toContainText(
		'32 dead (conservative figure, leaving out interim counts)'
	);
	await expect(page.getByTestId('map-summary')).toContainText('National counts: 30–37 dead');
});

test('the about page gives the same figures as the map, computed from the data', async ({
	guarded: page
}) => {
	await page.goto('/?lang=es');
	const summary = (await page.getByTestId('map-summary').textContent()) ?? '';
	const [, events, located, dead] = summary.match(
		/(\d+) hechos, (\d+) bloqueos ubicados y (\d+) muertos/
	)!;
	const [, national] = summary.match(/Recuentos nacionales: ([\d–]+) muertos/)!;
	await page.goto('/about/');
	const main = page.locator('main');
	await expect(main).toContainText(`el mapa cuenta ${dead} muertos en ${events} hechos`);
	await expect(main).toContainText(`recuentos nacionales de ${national} muertos`);
	await expect(main).toContainText(`aquí se ubican ${located},`);
	// The two events whose sources disagree most, each figure with its source.
	const disputed = page.getByTestId('about-disputed').locator(':scope > li');
	await expect(disputed).toHaveCount(2);
	await expect(page.getByTestId('about-disputed')).toContainText('Senkata');
	await expect(page.getByTestId('about-disputed')).toContainText('provisional');
	await page.goto('/en/about/');
	await expect(page.locator('main')).toContainText(
		`the map counts ${dead} dead in ${events} events`
	);
});

test('dates say how precise they are, on the details panel and the timeline', async ({
	guarded: page
}) => {
	// Tiquipaya–El Torno has no dated report: its date is known only to about a week.
	await page.goto('/?lang=en&event=tiquipaya-el-torno-2019-11-18');
	const details = page.getByTestId('details');
	await expect(details.getByTestId('details-date-precision')).toHaveText(
		'(approximate date, about a week)'
	);
	await expect(details.getByTestId('details-date-precision')).toHaveAttribute('data-code', '3');
	await expect(page.getByTestId('timeline-approximate-key')).toBeVisible();
	const approximate = Number(await page.getByTestId('histogram').getAttribute('data-approximate'));
	expect(approximate).toBeGreaterThan(0);
	// A date known to the day says nothing more.
	await page.goto('/?lang=en&event=senkata-2019-11-19');
	await expect(page.getByTestId('details').getByTestId('details-date')).toHaveText(
		'19 November 2019'
	);
	await expect(page.getByTestId('details').getByTestId('details-date-precision')).toHaveCount(0);
});

test('the claims page has contents, anchors and filters by verdict and type kept in its URL', async ({
	guarded: page
}) => {
	await page.goto('/claims/?verdict=contradicted');
	const claims = page.getByTestId('claim');
	const contradicted = page.locator('[data-testid="claim"][data-verdict="contradicted"]');
	const n = await contradicted.count();
	expect(n).toBeGreaterThan(0);
	await expect(page.getByTestId('claims-shown')).toContainText(`${n} de`);
	for (const claim of await claims.all())
		if ((await claim.getAttribute('data-verdict')) === 'contradicted')
			await expect(claim).toBeVisible();
		else await expect(claim).toBeHidden();
	// A second verdict widens the view; a type narrows it.
	await page
		.getByTestId('claims-count')
		.locator('[data-verdict="interim"]')
		.getByRole('button')
		.click();
	await expect(page).toHaveURL(/\?verdict=interim,contradicted$/);
	const both = await page
		.locator(
			'[data-testid="claim"][data-verdict="contradicted"], [data-verdict="interim"][data-testid="claim"]'
		)
		.count();
	await expect(page.locator('[data-testid="claim"]:visible')).toHaveCount(both);
	await page
		.getByTestId('claims-types')
		.locator('[data-type="casualty"]')
		.getByRole('button')
		.click();
	await expect(page).toHaveURL(/\?verdict=interim,contradicted&type=casualty$/);
	const casualtyShown = await page.locator('[data-testid="claim"]:visible').count();
	expect(casualtyShown).toBeLessThan(both);
	expect(casualtyShown).toBeGreaterThan(0);
	await expect(page.getByTestId('claims-section').filter({ visible: true })).toHaveCount(1);
	await page.getByRole('button', { name: 'Quitar filtros' }).click();
	await expect(page).toHaveURL(/\/claims\/$/);
	await expect(claims.filter({ visible: true })).toHaveCount(await claims.count());
	// The contents lead to each type's section; every claim has its own link.
	await page.getByTestId('claims-toc').getByRole('link', { name: 'Fechas' }).click();
	await expect(page).toHaveURL(/#type-date$/);
	await expect(page.locator('#type-date h2')).toBeInViewport();
	const link = page.locator('#claim-anez-took-office-11-nov').getByRole('link', {
		name: 'Enlace a esta afirmación'
	});
	await expect(link).toHaveAttribute('href', '#claim-anez-took-office-11-nov');
	// A link to a claim that its own filter would hide still shows the claim.
	await page.goto('/claims/?verdict=confirmed#claim-anez-took-office-11-nov');
	await expect(page.locator('#claim-anez-took-office-11-nov')).toBeVisible();
	// A bad filter falls back to every claim.
	await page.goto('/claims/?verdict=nonsense&type=%3Cb%3E');
	await expect(claims.filter({ visible: true })).toHaveCount(await claims.count());
	await expectNoAxeViolations(page, 'claims with filters');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, verdict, code] of [
		['/about/', 'Sólo en el texto fuente', 'time_precision'],
		['/en/about/', 'Only in the source text', 'time_precision']
	])
		test(`${path} explains the verdicts and the date precision codes`, async ({
			guarded: page
		}) => {
			await page.goto(path);
			await expect(page.locator('main')).toContainText(verdict);
			await expect(page.locator('main')).toContainText(code);
			expect(await page.locator('h2').allTextContents()).toEqual(
				expect.arrayContaining(
					path.startsWith('/en/')
						? ['How precise the dates are', 'Verdicts on the source text']
						: ['Precisión de las fechas', 'Veredictos sobre el texto fuente']
				)
			);
		});

	test('the timeline draws a bar for every day with events, approximate tops paler', async ({
		guarded: page
	}) => {
		await page.goto('/en/');
		const histogram = page.getByTestId('histogram');
		const bars = async (k: number) =>
			((await histogram.locator('path').nth(k).getAttribute('d')) ?? '').split('z').length - 1;
		const days = Number(await histogram.getAttribute('data-days'));
		expect(days).toBeGreaterThan(30);
		// The whole period is the window: every bar is in it, and some have an approximate top.
		expect(await bars(0)).toBe(0);
		expect(await bars(2)).toBeGreaterThan(20);
		expect(await bars(2)).toBeLessThanOrEqual(days);
		expect(await bars(3)).toBeGreaterThan(0);
		expect((await histogram.boundingBox())?.height).toBe(44);
	});

	test('the claims page counts its claims per verdict and judges the chronology claims', async ({
		guarded: page
	}) => {
		await page.goto('/en/claims/');
		const counts = page.getByTestId('claims-count').locator('li');
		await expect(counts).toHaveCount(7);
		let total = 0;
		for (const item of await counts.all()) {
			const verdict = await item.getAttribute('data-verdict');
			const n = Number(await item.locator('strong').textContent());
			await expect(page.locator(`[data-testid="claim"][data-verdict="${verdict}"]`)).toHaveCount(n);
			total += n;
		}
		await expect(page.getByTestId('claim')).toHaveCount(total);
		const anez = page.locator('#claim-anez-took-office-11-nov');
		await expect(anez.getByTestId('claim-verdict')).toHaveText('Contradicted');
		await expect(anez).toContainText('12 November');
		await expect(
			page.locator('#claim-referendum-2016-51-no').getByTestId('claim-verdict')
		).toHaveText('Confirmed');
		await expect(
			page.locator('#claim-count-resumed-after-15-hours').getByTestId('claim-verdict')
		).toHaveText('Partly supported');
		// A casualty claim says how many independent sources its figures come from.
		await expect(
			page.locator('#claim-senkata-dead-9').getByTestId('claim-independent')
		).toContainText('independent sources');
		// Its event is linked in the page's language.
		await expect(
			page.locator('#claim-senkata-dead-9').locator('a[href*="/events/"]').first()
		).toHaveAttribute('href', '/en/events/senkata-2019-11-19/');
	});

	test('an event page shows every quote under its figure', async ({ guarded: page }) => {
		await page.goto('/en/events/senkata-2019-11-19/');
		const quotes = page.getByTestId('figure-quote');
		expect(await quotes.count()).toBeGreaterThan(10);
		await expect(quotes.first()).toBeVisible();
		await expect(quotes.first()).toContainText('read on');
		await expect(page.getByTestId('figure-interim').first()).toHaveText('interim');
	});

	test('a source read at a mirror links to its publisher first, the mirror and an archived copy', async ({
		guarded: page
	}) => {
		await page.goto('/en/events/senkata-2019-11-19/');
		const wiki = page
			.getByTestId('sources')
			.locator('li')
			.filter({ has: page.locator('a[href="https://en.wikipedia.org/wiki/Senkata_massacre"]') });
		await expect(wiki).toHaveCount(1);
		await expect(wiki.getByTestId('source-read-at')).toHaveText('read at nuuanu.net');
		await expect(wiki.getByTestId('source-archived')).toHaveAttribute(
			'href',
			'https://web.archive.org/web/*/https://en.wikipedia.org/wiki/Senkata_massacre'
		);
		// Every source has an archived copy; only mirrored ones say where they were read.
		const sources = page.getByTestId('sources').locator('li');
		expect(await page.getByTestId('source-archived').count()).toBe(await sources.count());
		expect(await page.getByTestId('source-read-at').count()).toBeLessThan(await sources.count());
	});
});
