import { test, expect, waitForMapIdle } from './fixtures.ts';

// At least 50 hostile links, of every class the URL codec must survive.
const values = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%E0%A4%A',
	'NaN',
	'Infinity',
	'-1e308',
	'1e400',
	'٣٤',
	'x'.repeat(1500),
	'\u202e\u0000\ufeff',
	'..%2F..%2Fetc%2Fpasswd'
];
const keys = ['layers', 'event', 'department', 'lang', 'from', 'to', 'measure', 'rule', 'v'];
const hashes = [
	'#99/200/-500',
	'#NaN/NaN/NaN',
	'#-1/-91/181/720/-10',
	'#1e3/1e3/1e3',
	'#javascript:alert(1)',
	'#<script>alert(1)</script>',
	'#6/-17/-65/' + '9'.repeat(400),
	'#//evil.example/'
];
const HOSTILE: string[] = [];
for (const [i, value] of values.entries()) {
	const key = keys[i % keys.length];
	HOSTILE.push(`/?${key}=${encodeURIComponent(value)}${hashes[i % hashes.length]}`);
	HOSTILE.push(`/?${key}=${value}&${key}=${value}`);
	HOSTILE.push(`/?${keys.map((k) => `${k}=${encodeURIComponent(value)}`).join('&')}`);
	HOSTILE.push(`/${hashes[(i + 3) % hashes.length]}`);
}

const KNOWN_KEYS = new Set(keys);

test(`${HOSTILE.length} hostile links all open a valid map, with no script run and no navigation away`, async ({
	guarded: page,
	baseURL
}) => {
	test.setTimeout(600_000);
	expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	for (const link of HOSTILE) {
		await page.goto(link);
		await waitForMapIdle(page);
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
