import { test, expect, openMap } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const meta = JSON.parse(readFileSync('data/geojson/bolivia-2019/dataset.json', 'utf8')) as {
	blockades_located: number;
};

const cell = (page: Page, code: string, column: string) =>
	page.locator(`[data-testid=region-table] tr[data-code="${code}"] td[data-column="${column}"]`);

test('moving the time range changes the table, the list and the URL', async ({ guarded: page }) => {
	await openMap(page, '/?lang=en');
	const before = await cell(page, 'total', 'features').textContent();
	const listBefore = await page.getByTestId('list-item').count();

	// Keyboard on the "from" slider: move it to 7 Nov (period starts 20 Oct: 18 days later), just
	// past the clash of 6 November; each step redraws the map, so the walk is kept short.
	const fromSlider = page.getByTestId('timeline-from');
	await fromSlider.focus();
	for (let i = 0; i < 18; i++) await page.keyboard.press('ArrowRight');
	const toSlider = page.getByTestId('timeline-to');
	await toSlider.focus();
	await page.keyboard.press('ArrowLeft'); // 30 Nov → 29 Nov
	await expect(page).toHaveURL(/from=2019-11-07&to=2019-11-29/);
	await expect(page.getByTestId('timeline-range')).toHaveText(
		'7 November 2019 to 29 November 2019'
	);

	const after = await cell(page, 'total', 'features').textContent();
	expect(Number(after)).toBeLessThan(Number(before));
	expect(await page.getByTestId('list-item').count()).toBeLessThan(listBefore);
	expect(Number(after)).toBe(await page.getByTestId('list-item').count());

	// The map follows: a clash of 6 November is no longer drawn.
	const drawn = () =>
		page.evaluate(() =>
			window
				.cabildoMap!.queryRenderedFeatures({ layers: ['events:point'] })
				.map((f) => String(f.properties.id))
		);
	await expect.poll(drawn).not.toContain('huayculi-quillacollo-2019-11-06');
	await expect.poll(drawn).toContain('sacaba-huayllani-2019-11-15');
});

test('a shared URL with a range, a measure and a department restores them', async ({
	guarded: page
}) => {
	await openMap(
		page,
		'/?lang=en&from=2019-11-15&to=2019-11-19&measure=blockades&department=BO-C&rule=high'
	);
	await expect(page.getByTestId('timeline-range')).toHaveText(
		'15 November 2019 to 19 November 2019'
	);
	await expect(page.getByTestId('measure-select')).toHaveValue('blockades');
	await expect(page.getByTestId('rule-high')).toBeChecked();
	await expect(page.getByTestId('department-panel')).toContainText('Cochabamba');
	await expect(page.getByTestId('choropleth-legend')).toBeVisible();
	// The department's figure in the panel is the table's.
	const deadCell = await cell(page, 'BO-C', 'dead').textContent();
	await expect(page.getByTestId('department-dead')).toHaveText(deadCell!.trim());
	// The choropleth colours Cochabamba (feature state set from the totals).
	const state = await page.evaluate(
		() => window.cabildoMap!.getFeatureState({ source: 'department-areas', id: 'BO-C' }).value
	);
	const blockades = await cell(page, 'BO-C', 'blockades').textContent();
	expect(state).toBe(Number(blockades));
});

test('the table sorts by a column and switches the summed figure', async ({ guarded: page }) => {
	await openMap(page, '/?lang=en');
	await page.getByTestId('sort-dead').click();
	const rows = page.locator('[data-testid=region-table] tbody tr');
	const dead = await rows.locator('td[data-column="dead"]').allTextContents();
	const values = dead.map((d) => Number(d.split(' ')[0].replace(/,/g, '')));
	expect([...values].sort((a, b) => b - a)).toEqual(values);

	const low = await cell(page, 'total', 'dead').textContent();
	await page.getByTestId('rule-high').check();
	await expect(page).toHaveURL(/rule=high/);
	const high = await cell(page, 'total', 'dead').textContent();
	expect(Number(high!.split(' ')[0].replace(/,/g, ''))).toBeGreaterThan(
		Number(low!.split(' ')[0].replace(/,/g, ''))
	);
});

test('a blockade’s details give its road, nearest city and nearest other blockade', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en&event=parotani-2019-11-19');
	await expect(page.getByTestId('context-road')).toHaveText(
		'Road, as the sources name it: Road to the west (Cochabamba–Oruro)'
	);
	await expect(page.getByTestId('context-city')).toContainText('Nearest city: Cochabamba');
	await expect(page.getByTestId('context-blockade')).toContainText('Nearest blockade:');
});

test('blockade totals count located blockades once and show what sources counted beside them', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=en');
	// The whole period, every layer: the total is the number data:check verifies, nothing added.
	await expect(cell(page, 'total', 'blockades')).toHaveText(String(meta.blockades_located));
	// Counts on road sections are listed apart, barricades as barricades.
	const sections = page.locator('.regions [data-testid=section-counts]');
	await expect(sections).toContainText('nearly 100 barricades');
	await expect(sections).toContainText('18 blockades');
	// The road agency's national total, with its source and date.
	const reported = page.locator('.regions [data-testid=reported-totals]');
	await expect(reported).toContainText('71 blockades, 19 November 2019');
	await expect(reported.getByRole('link', { name: 'Los Tiempos' }).first()).toHaveAttribute(
		'href',
		/lostiempos\.com/
	);
	// A window that leaves out 19 November leaves out that total too.
	await openMap(page, '/?lang=en&from=2019-11-20&to=2019-11-25');
	await expect(page.locator('.regions')).not.toContainText('71 blockades');

	// A department shows its own reported total.
	await openMap(page, '/?lang=en&department=BO-L');
	const panel = page.getByTestId('department-panel');
	await expect(panel.getByTestId('reported-totals')).toContainText('25 blockades');
	await expect(panel.getByTestId('department-blockades')).toContainText(
		(await cell(page, 'BO-L', 'blockades').textContent())!.trim()
	);
});
