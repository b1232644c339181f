import { test, expect, openMap } from './fixtures.ts';
import { REPRESENTATIVE_HOSTILE_LINKS } from '../hostileLinks.ts';
import { APP_URL_KEYS } from '../../src/lib/url/appUrl.ts';

// Every hostile link goes through the codec in tests/unit/url-hostile.test.ts; here one of each
// shape opens the map itself: no script runs, nothing navigates away, the URL is rewritten valid.
const KNOWN_KEYS: ReadonlySet<string> = new Set(APP_URL_KEYS);

test(`${REPRESENTATIVE_HOSTILE_LINKS.length} hostile links open a valid map, with no script run and no navigation away`, async ({
	guarded: page,
	baseURL
}) => {
	expect(REPRESENTATIVE_HOSTILE_LINKS.length).toBe(4);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	for (const link of REPRESENTATIVE_HOSTILE_LINKS) {
		await openMap(page, link);
		const url = new URL(page.url());
		expect(url.origin, link).toBe(new URL(baseURL!).origin);
		expect(url.pathname, link).toBe('/');
		// The URL was rewritten to a valid state: known keys only, a numeric view hash.
		for (const key of url.searchParams.keys())
			expect(KNOWN_KEYS.has(key), `${link} → ${key}`).toBe(true);
		expect(url.hash, link).toMatch(
			/^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(\/-?\d+(\.\d+)?){0,2}$/
		);
		expect(decodeURIComponent(url.search), link).not.toMatch(/<|>|javascript:/);
	}
	expect(dialogs).toEqual([]);
});
