// Hostile links of every class the URL codec must survive: markup, script URLs, broken
// percent-encoding, non-numbers, huge values, repeated keys, control characters, path tricks,
// and view hashes out of range. The unit test runs them all through the codec
// (tests/unit/url-hostile.test.ts); the browser test opens a few of every class on the map.
import { APP_URL_KEYS } from '../src/lib/url/appUrl.ts';

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

/** Four links a value: one key with a hash, a repeated key, every key, a bare hash. */
export const HOSTILE_LINKS: string[] = values.flatMap((value, i) => {
	const key = APP_URL_KEYS[i % APP_URL_KEYS.length];
	return [
		`/?${key}=${encodeURIComponent(value)}${hashes[i % hashes.length]}`,
		`/?${key}=${value}&${key}=${value}`,
		`/?${APP_URL_KEYS.map((k) => `${k}=${encodeURIComponent(value)}`).join('&')}`,
		`/${hashes[(i + 3) % hashes.length]}`
	];
});

/**
 * Four for the browser, one of each link shape, each with another value: markup in a key and an
 * out-of-range view, an attribute injection in a repeated event key, a script URL in every key,
 * and a view hash of 400 digits. The codec's unit test runs every link.
 */
export const REPRESENTATIVE_HOSTILE_LINKS = HOSTILE_LINKS.filter((_, i) => i % 5 === 0).slice(0, 4);
