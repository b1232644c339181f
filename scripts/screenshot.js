// npm run screenshot -- <url> <out.png> [width] [height]
// Takes a screenshot of a page of the built site in Debian's Chromium once the map is idle.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const [url = 'http://localhost:4173/', out = 'screenshot.png', width = '1280', height = '800'] =
	process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('pageerror', (error) => console.error('page error:', error.message));
await page.goto(url);
await page
	.waitForFunction(() => window.cabildoMap?.loaded() && !window.cabildoMap.isMoving(), undefined, {
		timeout: 20_000
	})
	.catch(() => console.error('the map did not become idle; taking the screenshot anyway'));
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
