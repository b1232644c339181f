import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAppUrl, parseAppUrl } from '../../src/lib/url/appUrl.ts';
import { MEASURE_IDS } from '../../src/lib/domain/measures.ts';
import { VIEW_LIMITS } from '../../src/lib/url/view.ts';
import { LAYER_IDS } from '../../src/lib/domain/layers.ts';
import { APP_URL_KEYS, parseVersion } from '../../src/lib/url/appUrl.ts';
import { HOSTILE_LINKS } from '../hostileLinks.ts';

const context = {
	eventIds: new Set(['senkata-2019-11-19']),
	departments: new Set(['BO-L']),
	period: { start: '2019-10-20', end: '2019-11-30' }
};

/** Values of the hostile classes a tampered link may carry. */
const hostileValue = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.double().map(String),
	fc.integer().map((n) => String(n * 1e6)),
	fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '-1e-308', '0x1F', '1_000', '٣', '１２'),
	fc.constantFrom(
		'<script>alert(1)</script>',
		'javascript:alert(1)',
		'"><img src=x onerror=alert(1)>'
	),
	fc.string({ minLength: 2000, maxLength: 5000 }),
	fc.string().map((s) => encodeURIComponent(s)),
	fc.string().map((s) => `%${s}`)
);
const key = fc.constantFrom(...APP_URL_KEYS, 'zzz');
const hostileSearch = fc
	.array(fc.tuple(key, hostileValue), { maxLength: 8 })
	.map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
const hostileHash = fc.oneof(
	hostileValue,
	fc
		.array(fc.oneof(hostileValue, fc.double().map(String)), { maxLength: 7 })
		.map((parts) => parts.join('/')),
	fc.constantFrom('javascript:alert(1)', '//evil.example', '#', '%00')
);

describe('the URL codec against hostile links', () => {
	it('never throws and always returns a valid state (10,000 generated URLs)', () => {
		let tried = 0;
		fc.assert(
			fc.property(hostileSearch, hostileHash, (search, hash) => {
				let url: URL;
				try {
					url = new URL(`/?${search}#${hash}`, 'http://localhost/');
				} catch {
					return;
				}
				tried++;
				const state = parseAppUrl(url, context);
				expect(state.layers.every((l) => LAYER_IDS.includes(l))).toBe(true);
				expect(state.event === null || context.eventIds.has(state.event)).toBe(true);
				expect(state.department === null || context.departments.has(state.department)).toBe(true);
				expect([null, 'es', 'en']).toContain(state.lang);
				expect(MEASURE_IDS).toContain(state.measure);
				for (const day of [state.from, state.to]) {
					if (day !== null) expect(day >= '2019-10-20' && day <= '2019-11-30').toBe(true);
				}
				if (state.view) {
					for (const v of Object.values(state.view)) expect(Number.isFinite(v)).toBe(true);
					expect(state.view.zoom).toBeGreaterThanOrEqual(VIEW_LIMITS.minZoom);
					expect(state.view.zoom).toBeLessThanOrEqual(VIEW_LIMITS.maxZoom);
					expect(Math.abs(state.view.lat)).toBeLessThanOrEqual(90);
				}
				// What is written back contains nothing of the hostile input but valid values.
				const written = formatAppUrl(state);
				expect(written).not.toMatch(/[<>"']|javascript:/);
			}),
			{ numRuns: 10_000 }
		);
		expect(tried).toBeGreaterThan(9000);
	}, 60_000);

	it(`reads each of the ${HOSTILE_LINKS.length} listed hostile links into a state it writes back clean`, () => {
		expect(HOSTILE_LINKS.length).toBeGreaterThanOrEqual(50);
		for (const link of HOSTILE_LINKS) {
			const state = parseAppUrl(new URL(link, 'http://localhost/'), context);
			const written = new URL(formatAppUrl(state), 'http://localhost/');
			// Known keys only, nothing of the markup, a numeric view or none, a version or none.
			for (const k of written.searchParams.keys()) expect(APP_URL_KEYS, link).toContain(k);
			expect(decodeURIComponent(written.search), link).not.toMatch(/<|>|javascript:/);
			expect(written.hash, link).toMatch(/^(#\d+(\.\d+)?(\/-?\d+(\.\d+)?){2,4})?$/);
			expect(state.version === null || parseVersion(state.version) !== null, link).toBe(true);
			// Read again, what was written is the same state.
			expect(parseAppUrl(written, context), link).toEqual(state);
		}
	});
});
