import { readFileSync } from 'node:fs';
import { test, expect, waitForMapIdle, openMap } from './fixtures.ts';

// Both datasets are test fixtures, built in only for the browser tests (see playwright.config.ts).
const FIXTURES = 'tests/fixtures/site-datasets';
interface FixtureFeature {
	properties: {
		id: string;
		title: { es: string; en: string };
		description: { en: string };
		place: { name: string };
		admin1?: string;
		sources: { url: string; publisher: string; reported_by?: string[] }[];
		status?: { value: string };
	};
}
const readMeta = (name: string) =>
	JSON.parse(readFileSync(`${FIXTURES}/${name}/dataset.json`, 'utf8')) as Record<string, unknown>;
const readFeatures = (name: string) =>
	(
		JSON.parse(readFileSync(`${FIXTURES}/${name}/events.geojson`, 'utf8')) as {
			features: FixtureFeature[];
		}
	).features;

test('an imported ACLED dataset is a map of its own: switcher, regions by admin1, sources, shared link', async ({
	guarded: page,
	context
}) => {
	const acled = readFeatures('acled-sample');
	const sacaba = acled.find((f) => f.properties.id === 'xxx0001')!.properties;

	await openMap(page, '/?lang=en');
	await page.getByTestId('dataset-select').selectOption('acled-sample');
	await page.waitForURL('**/en/d/acled-sample/**');
	await waitForMapIdle(page);
	await expect(page.getByTestId('dataset-select')).toHaveValue('acled-sample');
	await expect(page.getByTestId('list-count')).toContainText(String(acled.length));
	// The events are drawn on the map.
	const drawn = await page.evaluate(() => {
		const map = window.cabildoMap!;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.id.endsWith(':point'))
			.map((l) => l.id);
		return new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id)).size;
	});
	expect(drawn).toBe(acled.length);

	// Regions come from the data's admin1 names: no areas, so no density column or choropleth.
	const admin1 = [...new Set(acled.map((f) => f.properties.admin1!))].sort();
	const rows = page.getByTestId('region-table').locator('tbody th');
	expect((await rows.allTextContents()).map((s) => s.trim()).sort()).toEqual(admin1);
	await expect(page.getByTestId('region-table').locator('tfoot th')).toHaveText('Total');
	await expect(
		page.getByTestId('region-table').locator('tfoot td[data-column="features"]')
	).toHaveText(String(acled.length));
	await expect(page.getByTestId('sort-density')).toHaveCount(0);
	await expect(page.getByTestId('measure-select')).toHaveCount(0);
	// No region outlines to toggle, and no clusters to explain at this size.
	await expect(page.getByTestId('toggle-departments')).toHaveCount(0);
	await expect(page.getByTestId('cluster-note')).toHaveCount(0);

	// Details: the ACLED record as the source, with the publishers it cites, and its own page.
	await page.getByTestId('list-item').filter({ hasText: sacaba.title.en }).click();
	await expect(page.getByTestId('details-title')).toHaveText(sacaba.title.en);
	const sources = page.getByTestId('sources');
	await expect(sources).toContainText('ACLED');
	await expect(sources).toContainText(`citing: ${sacaba.sources[0].reported_by!.join(', ')}`);
	await expect(page.getByTestId('event-page-link')).toHaveAttribute(
		'href',
		'/en/d/acled-sample/events/xxx0001/'
	);
	await expect(page.getByTestId('details').locator('dt', { hasText: /^Region$/ })).toHaveCount(1);
	await expect(page.getByTestId('details-department')).toHaveText(sacaba.admin1!);
	await expect(page.getByTestId('untranslated-note')).toHaveCount(0);
	await expect(page).toHaveURL(/event=xxx0001/);

	// The shared link opens the same dataset, event and language; in Spanish the English notes say so.
	const shared = await context.newPage();
	await shared.goto(page.url());
	await expect(shared.getByTestId('details-title')).toHaveText(sacaba.title.en);
	await expect(shared.getByTestId('dataset-select')).toHaveValue('acled-sample');
	await shared.getByTestId('switch-lang').click();
	await expect(shared.getByTestId('details-title')).toHaveText(sacaba.title.es);
	await expect(shared.getByTestId('untranslated-note')).toContainText('inglés');
	await shared.close();
});

test('text that looks like markup or code shows exactly as written, never as HTML', async ({
	guarded: page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const [first] = readFeatures('markup-text');
	const p = first.properties;
	await openMap(page, `/d/markup-text/?event=${p.id}&lang=en`);
	const details = page.getByTestId('details');
	await expect(page.getByTestId('details-title')).toHaveText(p.title.en);
	expect(await details.locator('.description').textContent()).toBe(p.description.en);
	await expect(details).toContainText(p.place.name);
	await expect(details).toContainText(p.sources[0].publisher);
	// The source URL reaches the href attribute unchanged (escaped, not parsed as markup).
	const link = details.getByTestId('sources').locator('a').first();
	expect(await link.getAttribute('href')).toBe(p.sources[0].url);
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	// No element was made from the text.
	for (const tag of ['img', 'script', 'b', 'iframe'])
		await expect(page.locator(`main ${tag}, aside ${tag}`)).toHaveCount(0);
	await expect(page.getByTestId('list-item').filter({ hasText: p.title.en })).toHaveCount(1);
	expect(await page.title()).toContain(p.title.en);
	// Hovering the place name and the title runs nothing.
	await page.getByTestId('details-title').hover();
	await page.waitForTimeout(200);
	expect(dialogs).toEqual([]);
});

test('a My Maps import: its folders are layers, one it could not name is "Other events"', async ({
	guarded: page
}) => {
	// One placemark is retracted: out of the map, the list and the totals.
	const placemarks = readFeatures('mymaps-sample').filter(
		(f) => f.properties.status?.value !== 'retracted'
	);
	expect(placemarks).toHaveLength(3);
	await openMap(page, '/en/d/mymaps-sample/');
	await expect(page.getByTestId('list-count')).toContainText(String(placemarks.length));
	// The legend offers the "other" layer here, where the dataset has such events...
	const other = page.getByTestId('toggle-other');
	await expect(other).toContainText('Other events');
	const drawnIds = () =>
		page.evaluate(() => {
			const map = window.cabildoMap!;
			const layers = map
				.getStyle()
				.layers.filter((l) => l.id.endsWith(':point') || l.id.endsWith(':line'))
				.map((l) => l.id);
			return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id))];
		});
	expect((await drawnIds()).sort()).toEqual(placemarks.map((f) => f.properties.id).sort());
	await expect(
		page.getByTestId('region-table').locator('tfoot td[data-column="features"]')
	).toHaveText('3');
	await other.locator('input').uncheck();
	await waitForMapIdle(page);
	expect(await drawnIds()).not.toContain('encuentro-de-prueba');
	await expect(page).toHaveURL(/layers=/);
	// With the other layer hidden, the totals count the two others.
	await expect(
		page.getByTestId('region-table').locator('tfoot td[data-column="features"]')
	).toHaveText('2');
	// A disputed record says so where it is opened.
	await page.getByTestId('event-list').getByText('Marcha de prueba').click();
	await expect(page.getByTestId('details').getByTestId('record-status')).toContainText(
		'Disputed since 27 November 2019: Fixture: another source gives another route.'
	);
	// ...and not on the Bolivia map, which has none.
	await openMap(page, '/en/');
	await expect(page.getByTestId('toggle-violence')).toBeVisible();
	await expect(page.getByTestId('toggle-other')).toHaveCount(0);
});

test.describe('an imported dataset gets every page, without JavaScript', () => {
	test('a retracted record keeps its page, which says why and leads to no map', async ({
		guarded: page
	}) => {
		await page.goto('/en/d/mymaps-sample/events/bloqueo-de-prueba-2/');
		await expect(page.getByTestId('event-title')).toHaveText('Bloqueo de prueba');
		const status = page.getByTestId('record-status');
		await expect(status).toContainText('Retracted on 26 November 2019');
		await expect(status).toContainText('pinned twice on the map');
		await expect(status).toContainText('no longer shown on the map');
		await expect(page.getByTestId('back-to-map')).toHaveCount(0);
		await page.goto('/d/mymaps-sample/events/bloqueo-de-prueba-2/');
		await expect(page.getByTestId('record-status')).toContainText(
			'Retirado el 26 de noviembre de 2019'
		);
		// Not in the data table either.
		await page.goto('/en/d/mymaps-sample/data/');
		await expect(page.locator('[data-testid=data-table] tbody tr')).toHaveCount(3);
	});

	test.use({ javaScriptEnabled: false });
	const acled = readFeatures('acled-sample');
	const sacaba = acled.find((f) => f.properties.id === 'xxx0001')!.properties;

	test('event page with its static map, data table, downloads and preview map', async ({
		guarded: page,
		request
	}) => {
		// The event's page: title, sources, region and a static figure, in both languages.
		await page.goto('/en/d/acled-sample/events/xxx0001/');
		await expect(page.getByTestId('event-title')).toHaveText(sacaba.title.en);
		await expect(page.getByTestId('sources')).toContainText('ACLED');
		await expect(page.getByTestId('details-department')).toHaveText(sacaba.admin1!);
		const figure = page.locator('figure img');
		await expect(figure).toHaveAttribute('src', '/d/acled-sample/events/xxx0001/map.svg');
		const svg = await request.get('/d/acled-sample/events/xxx0001/map.svg');
		expect(svg.headers()['content-type']).toContain('image/svg+xml');
		expect(await svg.text()).toContain('stroke-width="3"'); // the event is ringed
		await expect(page.getByTestId('back-to-map')).toHaveAttribute(
			'href',
			/^\/en\/d\/acled-sample\/\?event=xxx0001&lang=en#/
		);
		await page.goto('/d/acled-sample/events/xxx0001/');
		await expect(page.getByTestId('event-title')).toHaveText(sacaba.title.es);

		// "Cite this" names the dataset's version: the day and commit of its last data change.
		const citation = await page.getByTestId('citation').textContent();
		const version = /versión (\d{4}-\d{2}-\d{2}-[0-9a-f]{7,}(?:-modified)?)\./.exec(
			citation ?? ''
		)?.[1];
		expect(version, citation ?? '').toBeDefined();
		await expect(page.getByTestId('citation-bibtex')).toContainText(`version = {${version}}`);

		// The data page: every event in the table, each linked to its page; the header leads here.
		await page.getByRole('link', { name: 'Datos' }).first().click();
		await expect(page).toHaveURL(/\/d\/acled-sample\/data\/$/);
		const rows = page.locator('[data-testid=data-table] tbody tr');
		await expect(rows).toHaveCount(acled.length);
		await expect(
			rows.filter({ hasText: sacaba.title.es }).getByRole('link', { name: sacaba.title.es })
		).toHaveAttribute('href', '/d/acled-sample/events/xxx0001/');
		// Under ACLED's terms, not the curated dataset's licence or credit.
		const licence = page.getByTestId('licence-note');
		await expect(licence.getByRole('link', { name: 'ACLED terms of use' })).toHaveAttribute(
			'href',
			'https://acleddata.com/terms-of-use/'
		);
		await expect(licence).not.toContainText('CC BY');
		await expect(licence).not.toContainText('Cabildo');

		// The same version in the dataset's citation and in the downloads' file names.
		await expect(page.getByTestId('citation')).toContainText(`versión ${version}.`);
		await expect(page.getByTestId('download-csv')).toHaveAttribute(
			'download',
			`cabildo-acled-sample-${version}.csv`
		);

		// Both downloads hold every feature.
		await expect(page.getByTestId('download-geojson')).toHaveAttribute(
			'href',
			'/downloads/acled-sample.geojson'
		);
		const geojson = await request.get('/downloads/acled-sample.geojson');
		expect(((await geojson.json()) as { features: unknown[] }).features).toHaveLength(acled.length);
		const csv = await request.get(
			(await page.getByTestId('download-csv').getAttribute('href')) as string
		);
		const csvLines = (await csv.text()).trim().split('\r\n');
		expect(csvLines).toHaveLength(acled.length + 1);
		// Records named by ACLED's ids as written, not the lowercase slugs of their pages.
		expect(csvLines.slice(1).map((line) => line.split(',')[0])).toContain('XXX0001');

		// The third download gives back the columns of the imported file, as written.
		const columns = readMeta('acled-sample').imported_columns as string[];
		const asImported = page.getByTestId('download-imported');
		await expect(asImported).toContainText(`${columns.length} columnas`);
		const imported = await request.get((await asImported.getAttribute('href')) as string);
		expect(imported.headers()['content-type']).toContain('text/csv');
		const importedLines = (await imported.text()).trim().split('\r\n');
		expect(importedLines[0]).toBe(columns.join(','));
		expect(importedLines.filter((line) => line.startsWith('XXX'))).toHaveLength(acled.length);

		// The map page shows a static preview map before (and without) the interactive one.
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/en/d/acled-sample/');
		const preview = page.getByTestId('map-preview').locator('img:visible');
		await expect(preview).toHaveAttribute('src', '/d/acled-sample/map-preview.svg');
		await expect(preview).toBeVisible();
		expect((await request.get('/d/acled-sample/map-preview.svg')).ok()).toBe(true);
	});
});

test('a dataset with events at both edges of the plausible date span draws its map and timeline', async ({
	guarded: page
}) => {
	// 1 January 1900 to 31 December 2027: 46,751 days on the timeline.
	await openMap(page, '/d/date-edges/?lang=en');
	await expect(page.getByTestId('map-summary')).toContainText('2 events');
	await expect(page.getByTestId('map-summary')).toContainText('1900');
	// The last day alone: one event.
	await openMap(page, '/d/date-edges/?lang=en&from=2027-12-31&to=2027-12-31');
	await expect(page.getByTestId('map-summary')).toContainText('1 event');
});
