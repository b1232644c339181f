// An ACLED export of three countries (Bolivia, Chile, Peru; tests/fixtures/site-datasets/acled-andes,
// imported with no edits) gets its regions drawn from Natural Earth's admin-1 polygons: named in
// the totals, coloured by the choropleth, outlined with the regions toggle, a panel on click.
import { readFileSync } from 'node:fs';
import { test, expect, waitForMapIdle, jumpAndWait, screenPoint, openMap } from './fixtures.ts';
import { ACLED_EXPORT_IDS, acledExportRows, MISSPELT_REGION } from '../fixtures/acledExports.ts';

const FOLDER = 'tests/fixtures/site-datasets/acled-andes';
const features = (
	JSON.parse(readFileSync(`${FOLDER}/events.geojson`, 'utf8')) as {
		features: { properties: { admin1: string }; geometry: { coordinates: [number, number] } }[];
	}
).features;
const regions = [...new Set(features.map((f) => f.properties.admin1))].sort();

test('a three-country ACLED import maps its regions: totals, choropleth, outlines and a region panel', async ({
	guarded: page
}) => {
	expect(regions).toEqual(expect.arrayContaining(['Ñuble', 'Región Metropolitana', 'Potosí']));
	await openMap(page, '/en/d/acled-andes/');

	// The totals name every region, under "Region"; densities are offered (regions have areas).
	const table = page.getByTestId('region-table');
	const names = (await table.locator('tbody th').allTextContents()).map((s) => s.trim()).sort();
	expect(names).toEqual(regions);
	await expect(table.locator('thead')).toContainText('Region');
	await expect(table.locator('tfoot th')).toHaveText('Total');
	await expect(page.getByTestId('measure-select').locator('option[value="density"]')).toHaveCount(
		1
	);

	// The choropleth colours each region by its count, as the table gives it.
	await page.getByTestId('measure-select').selectOption('features');
	await expect(page.getByTestId('choropleth-legend')).toBeVisible();
	await waitForMapIdle(page);
	const nuble = await table
		.locator('tr[data-code="nuble"] td[data-column="features"]')
		.textContent();
	const state = await page.evaluate(
		() => window.cabildoMap!.getFeatureState({ source: 'department-areas', id: 'nuble' }).value
	);
	expect(state).toBe(Number(nuble!.trim()));
	const drawnAreas = await page.evaluate(
		() =>
			new Set(
				window
					.cabildoMap!.querySourceFeatures('department-areas')
					.map((f) => f.properties.iso_3166_2)
			).size
	);
	expect(drawnAreas).toBe(regions.length);

	// Their outlines come with the regions toggle, named as regions, not departments; no roads key.
	const toggle = page.getByTestId('toggle-departments');
	await expect(toggle).toHaveText(/Region boundaries/);
	await expect(page.getByTestId('roads-key')).toHaveCount(0);

	// A click inside a region with no event under the pointer opens its panel.
	await page.getByTestId('measure-select').selectOption('none');
	await jumpAndWait(page, { center: [-70.3, -33.9], zoom: 7 });
	const santiago = await screenPoint(page, [-70.3, -33.9]);
	await page.mouse.click(santiago.x, santiago.y);
	const panel = page.getByTestId('department-panel');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('Región Metropolitana');
	await expect(page).toHaveURL(/department=region-metropolitana/);
});

// The seeded 5,000-row export, as CSV with commas, with semicolons and as .xlsx, each imported with
// no edits before the test build (tests/fixtures/acledExports.ts).
const exportRows = acledExportRows();
const exportRegions = [...new Set(exportRows.map((r) => r.admin1))]
	.filter((name) => name !== MISSPELT_REGION)
	.sort();

const [walked, ...others] = ACLED_EXPORT_IDS;

test(`the 5,000-row export (${walked}) draws every region, its misspelt one counted as unknown`, async ({
	guarded: page
}) => {
	await openMap(page, `/en/d/${walked}/`);
	const table = page.getByTestId('region-table');
	// Every region by its name, then "Region unknown" for the rows no polygon answers to.
	const names = (await table.locator('tbody th').allTextContents()).map((s) => s.trim());
	expect(names.at(-1)).toBe('Region unknown');
	expect(names.slice(0, -1).sort()).toEqual(exportRegions);
	const unknownRow = table.locator('tr[data-code="unknown"]');
	await expect(unknownRow.locator('td[data-column="features"]')).toHaveText(
		String(exportRows.filter((r) => r.admin1 === MISSPELT_REGION).length)
	);
	// It has no area, so no density (the named regions have theirs).
	await page.getByTestId('measure-select').selectOption('density');
	await waitForMapIdle(page);
	await expect(unknownRow.locator('td[data-column="density"]')).toHaveText('—');
	await expect(table.locator('tbody td[data-column="density"]').first()).not.toHaveText('—');
	// A polygon drawn for each named region, none for the unknown one.
	const drawn = await page.evaluate(() =>
		[
			...new Set(
				window
					.cabildoMap!.querySourceFeatures('department-areas')
					.map((f) => String(f.properties.iso_3166_2))
			)
		].sort()
	);
	expect(drawn).toHaveLength(exportRegions.length);
	expect(drawn).not.toContain('unknown');
	// Its panel is named in the reader's language.
	await unknownRow.getByRole('button').click();
	await expect(page.getByTestId('department-panel').locator('h2')).toHaveText('Region unknown');
	await expect(page).toHaveURL(/department=unknown/);
});

// The other two copies import to the same features (tests/unit/acled-countries.test.ts): their
// built files are the walked copy's, byte for byte, and their pages list the same regions.
for (const id of others)
	test(`the 5,000-row export (${id}) builds the same map files and regions as ${walked}`, async ({
		request
	}) => {
		for (const file of [
			'rows.bin',
			'titles/es.json',
			'titles/en.json',
			'lines.json',
			'records/0.json'
		]) {
			const [mine, theirs] = await Promise.all(
				[id, walked].map(async (d) => {
					const response = await request.get(`/d/${d}/${file}`);
					expect(response.status(), `/d/${d}/${file}`).toBe(200);
					return response.body();
				})
			);
			expect(mine.equals(theirs), `${id}/${file}`).toBe(true);
		}
		const page = await (await request.get(`/en/d/${id}/`)).text();
		for (const name of [...exportRegions, 'Region unknown'])
			expect(page, name).toContain(`>${name}<`);
	});
