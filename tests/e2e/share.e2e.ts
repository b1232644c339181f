import { test, expect, waitForMapIdle, openMap } from './fixtures.ts';

test('the embed code opens exactly the shared view in a compact mode', async ({
	guarded: page,
	context
}) => {
	await openMap(
		page,
		'/?lang=en&event=senkata-2019-11-19&layers=violence,blockade-points#9/-16.5/-68.2'
	);
	await page.getByTestId('embed-open').click();
	const dialog = page.getByTestId('embed-dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByTestId('embed-size').selectOption('small');
	const code = await dialog.getByTestId('embed-code').inputValue();
	expect(code).toMatch(/^<iframe src="[^"]+" width="600" height="400" title="[^"]+"/);
	const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
	const url = new URL(src);
	expect(url.searchParams.get('embed')).toBe('1');
	expect(url.searchParams.get('event')).toBe('senkata-2019-11-19');
	expect(url.searchParams.get('lang')).toBe('en');
	await page.keyboard.press('Escape');

	const embedded = await context.newPage();
	await embedded.setViewportSize({ width: 600, height: 400 });
	await embedded.goto(src);
	await waitForMapIdle(embedded);
	await expect(embedded.getByTestId('embed-bar')).toBeVisible();
	await expect(embedded.getByTestId('sidebar')).toHaveCount(0);
	await expect(embedded.getByTestId('details-title')).toContainText('Senkata');
	// Layer toggles are one click away; the way out leads to the same view on the full site.
	await embedded.getByTestId('embed-bar').locator('summary').click();
	await expect(embedded.getByTestId('toggle-violence').getByRole('checkbox')).toBeChecked();
	await expect(embedded.getByTestId('toggle-assembly').getByRole('checkbox')).not.toBeChecked();
	const out = new URL(
		(await embedded.getByTestId('open-in-cabildo').getAttribute('href'))!,
		'http://localhost'
	);
	expect(out.searchParams.get('embed')).toBeNull();
	expect(out.searchParams.get('event')).toBe('senkata-2019-11-19');
	// The state written back into the address keeps the embedded mode.
	await embedded.getByTestId('toggle-assembly').getByRole('checkbox').check();
	await expect(embedded).toHaveURL(/embed=1/);
	await expect(embedded).toHaveURL(/layers=violence,assembly,blockade-points/);
});

/** Width and height of a PNG, from its header. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('"Download image" saves the view as a captioned PNG, at the screen’s resolution and twice it', async ({
	guarded: page
}) => {
	await openMap(page, '/?lang=es&event=senkata-2019-11-19');
	const map = await page.evaluate(() => {
		const canvas = window.cabildoMap!.getCanvas();
		return { width: canvas.clientWidth, height: canvas.clientHeight, dpr: devicePixelRatio };
	});
	const { readFile } = await import('node:fs/promises');
	const sizes = [];
	for (const [button, scale] of [
		['image-1x', 1],
		['image-2x', 2]
	] as const) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId(button).click()
		]);
		expect(download.suggestedFilename()).toBe(
			`cabildo-bolivia-2019${scale === 2 ? '@2x' : ''}.png`
		);
		const bytes = await readFile((await download.path())!);
		const size = pngSize(bytes);
		expect(size.width).toBe(Math.round(map.width * map.dpr * scale));
		// The map plus the caption bands above and below it.
		expect(size.height).toBeGreaterThan(Math.round((map.height + 100) * map.dpr * scale));
		// Not a blank image: a drawn map compresses to tens of kilobytes at least.
		expect(bytes.length).toBeGreaterThan(20_000 * scale);
		sizes.push(size);
	}
	expect(sizes[1].height).toBe(sizes[0].height * 2);
	// The map is drawn again at the screen's resolution afterwards.
	expect(await page.evaluate(() => window.cabildoMap!.getPixelRatio())).toBe(map.dpr);
});

test.describe('from a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the embed code shows the area the phone shows', async ({ guarded: page, context }) => {
		await openMap(page, '/?lang=es#5.2/-16.7/-64.7');
		const bounds = () =>
			window.cabildoMap!.getBounds().toArray() as [[number, number], [number, number]];
		const seen = await page.evaluate(bounds);
		// The share controls are in the drawer on a phone.
		await page.getByTestId('panel-toggle').click();
		await page.getByTestId('embed-open').click();
		const dialog = page.getByTestId('embed-dialog');
		await dialog.getByTestId('embed-size').selectOption('small');
		const code = await dialog.getByTestId('embed-code').inputValue();
		const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, '&');
		const embedded = await context.newPage();
		await embedded.setViewportSize({ width: 600, height: 400 });
		await embedded.goto(src);
		await waitForMapIdle(embedded);
		const [[west, south], [east, north]] = await embedded.evaluate(bounds);
		// Everything the phone showed lies inside the embed (to a few per cent of its span).
		const slack = 0.03 * (seen[1][1] - seen[0][1]);
		expect(south).toBeLessThanOrEqual(seen[0][1] + slack);
		expect(north).toBeGreaterThanOrEqual(seen[1][1] - slack);
		expect(west).toBeLessThanOrEqual(seen[0][0] + slack);
		expect(east).toBeGreaterThanOrEqual(seen[1][0] - slack);
	});
});

test('"Cite" gives the citation of exactly this view: the selected event, the version, the link', async ({
	guarded: page
}) => {
	await openMap(page, '/en/?event=senkata-2019-11-19#12/-16.55/-68.2');
	await page.getByTestId('cite-open').click();
	const dialog = page.getByTestId('cite-dialog');
	await expect(dialog).toBeVisible();
	const citation = dialog.getByTestId('citation');
	await expect(citation).toContainText('Cabildo. “Senkata massacre');
	await expect(citation).toContainText('In: Bolivia');
	const text = (await citation.textContent()) ?? '';
	// The version (day and commit of the dataset's last change), the view's own link, the day read.
	expect(text).toMatch(/version \d{4}-\d{2}-\d{2}-[0-9a-f]{7,}(-modified)?\./);
	expect(text).toMatch(/http:\/\/localhost:\d+\/en\/\?event=senkata-2019-11-19[^ ]*#12\//);
	expect(text).toMatch(/accessed \d{1,2} \w+ \d{4}\.$/);
	await dialog.getByText('BibTeX').click();
	await expect(dialog.getByTestId('citation-bibtex')).toContainText(
		'@misc{cabildo-bolivia-2019-senkata-2019-11-19,'
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
