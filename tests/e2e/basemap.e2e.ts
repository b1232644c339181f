import { test, expect, waitForMapIdle, openMap, jumpAndWait } from './fixtures.ts';

const DEPARTMENTS = [
	'El Beni',
	'Cochabamba',
	'Chuquisaca',
	'La Paz',
	'Pando',
	'Oruro',
	'Potosí',
	'Santa Cruz',
	'Tarija'
];

test('the home page shows a drawn map of Bolivia with its departments labelled', async ({
	guarded: page
}) => {
	await openMap(page, '/');
	await expect(page.getByTestId('app-title')).toHaveText('Cabildo');

	// The canvas is not blank: sampled pixels show several distinct colours (land, borders, water).
	const colours = await page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const map = window.cabildoMap!;
				// Read the drawing buffer inside a render callback, before the browser clears it.
				map.once('render', () => {
					const canvas = map.getCanvas();
					const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
					const seen = new Set<string>();
					const pixel = new Uint8Array(4);
					for (let i = 1; i < 20; i++) {
						for (let j = 1; j < 20; j++) {
							const x = Math.floor((gl.drawingBufferWidth * i) / 20);
							const y = Math.floor((gl.drawingBufferHeight * j) / 20);
							gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
							seen.add(pixel.join(','));
						}
					}
					resolve([...seen]);
				});
				map.triggerRepaint();
			})
	);
	expect(colours.length).toBeGreaterThanOrEqual(3);
	expect(colours.some((c) => c !== '0,0,0,0')).toBe(true);

	// Every department's name is rendered as a label at the country view.
	const labels = await page.evaluate(() =>
		window
			.cabildoMap!.queryRenderedFeatures({ layers: ['departments-label'] })
			.map((f) => String(f.properties.name))
	);
	for (const name of DEPARTMENTS) expect(labels).toContain(name);

	// The whole country fits in the window on first load.
	const bounds = await page.evaluate(() => window.cabildoMap!.getBounds().toArray());
	const [[west, south], [east, north]] = bounds;
	expect(west).toBeLessThanOrEqual(-69.6);
	expect(east).toBeGreaterThanOrEqual(-57.5);
	expect(south).toBeLessThanOrEqual(-22.9);
	expect(north).toBeGreaterThanOrEqual(-9.7);
});

test('the whole country fits on a phone-sized screen too', async ({ guarded: page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	// Phones get the static map first; the interactive one loads when asked.
	await expect(page.getByTestId('map-preview')).toBeVisible();
	expect(await page.evaluate(() => window.cabildoMap)).toBeUndefined();
	await page.getByTestId('load-map').click();
	await waitForMapIdle(page);
	await expect(page.getByTestId('map-preview')).toHaveCount(0);
	const [[west, south], [east, north]] = await page.evaluate(() =>
		window.cabildoMap!.getBounds().toArray()
	);
	expect(west).toBeLessThanOrEqual(-69.6);
	expect(east).toBeGreaterThanOrEqual(-57.5);
	expect(south).toBeLessThanOrEqual(-22.9);
	expect(north).toBeGreaterThanOrEqual(-9.7);
});

test('solid lines drawn by the dashed lines’ program are as dark as plain ones', async ({
	guarded: page
}) => {
	/** The canvas's ink: how far below light grey every pixel is, summed. */
	const ink = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const map = window.cabildoMap!;
					map.once('render', () => {
						const gl = map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
						const [w, h] = [gl.drawingBufferWidth, gl.drawingBufferHeight];
						const pixels = new Uint8Array(w * h * 4);
						gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
						let sum = 0;
						for (let i = 0; i < pixels.length; i += 4)
							sum += Math.max(0, 200 - (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3);
						resolve(sum);
					});
					map.triggerRepaint();
				})
		);
	// Each line alone, as drawn, then without dashes (MapLibre's plain line program); the other
	// layers are hidden, and one page load serves both lines, each in its own view.
	await openMap(page, '/?lang=en');
	for (const [camera, layer] of [
		[{ zoom: 5, center: [-64, -16.5] }, 'countries-line'],
		[{ zoom: 7.5, center: [-66.2, -17.4] }, 'roads-line']
	] as const) {
		// The view first: the layers its zoom adds (the roads among them) are in the style then.
		await jumpAndWait(page, { center: [...camera.center], zoom: camera.zoom });
		await page.evaluate((id) => {
			const map = window.cabildoMap!;
			for (const l of map.getStyle().layers)
				if (l.id !== 'background')
					map.setLayoutProperty(l.id, 'visibility', l.id === id ? 'visible' : 'none');
		}, layer);
		await waitForMapIdle(page);
		const dashed = await ink();
		await page.evaluate(
			(id) => void window.cabildoMap!.setPaintProperty(id, 'line-dasharray', undefined),
			layer
		);
		await waitForMapIdle(page);
		const plain = await ink();
		expect(plain, layer).toBeGreaterThan(0);
		expect(Math.abs(dashed - plain) / plain, layer).toBeLessThan(0.005);
	}
});
