import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatViewHash, parseViewHash, VIEW_LIMITS } from '../../src/lib/url/view.ts';
import {
	APP_URL_KEYS,
	formatAppUrl,
	parseAppUrl,
	type UrlState
} from '../../src/lib/url/appUrl.ts';
import { MEASURE_IDS } from '../../src/lib/domain/measures.ts';
import { LAYER_IDS } from '../../src/lib/domain/layers.ts';

const context = {
	eventIds: new Set(['senkata-2019-11-19', 'sacaba-huayllani-2019-11-15']),
	departments: new Set(['BO-L', 'BO-C']),
	period: { start: '2019-10-20', end: '2019-11-30' }
};
const parse = (href: string) => parseAppUrl(new URL(href, 'http://localhost/'), context);

describe('parseViewHash', () => {
	it.each([
		['#6/-16.5/-68.15', { zoom: 6, lat: -16.5, lng: -68.15, bearing: 0, pitch: 0 }],
		['#6.25/-16.5/-68.15/30/45', { zoom: 6.25, lat: -16.5, lng: -68.15, bearing: 30, pitch: 45 }],
		[
			'#99/-16.5/-68.15',
			{ zoom: VIEW_LIMITS.maxZoom, lat: -16.5, lng: -68.15, bearing: 0, pitch: 0 }
		],
		[
			'#-4/-16.5/-68.15',
			{ zoom: VIEW_LIMITS.minZoom, lat: -16.5, lng: -68.15, bearing: 0, pitch: 0 }
		],
		['#6/-16.5/-68.15/370/90', { zoom: 6, lat: -16.5, lng: -68.15, bearing: 10, pitch: 60 }],
		['#6/-16.5/-68.15/-180', { zoom: 6, lat: -16.5, lng: -68.15, bearing: 180, pitch: 0 }],
		['#6/89/-68.15', { zoom: 6, lat: VIEW_LIMITS.maxLat, lng: -68.15, bearing: 0, pitch: 0 }]
	])('%s → %j', (hash, view) => {
		expect(parseViewHash(hash)).toEqual(view);
	});

	it.each([
		'',
		'#',
		'#6/-16.5',
		'#6/200/-68',
		'#6/-16.5/-181',
		'#NaN/1/2',
		'#Infinity/1/2',
		'#1e3/1/2',
		'#0x10/1/2',
		'#6/-16.5/-68.15/1/2/3',
		'#abc',
		'#6//-68',
		'#javascript:alert(1)'
	])('%s → default view (null)', (hash) => {
		expect(parseViewHash(hash)).toBeNull();
	});

	it('round-trips what it writes (to the written precision)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: VIEW_LIMITS.minZoom, max: VIEW_LIMITS.maxZoom, noNaN: true }),
				fc.double({ min: -85, max: 85, noNaN: true }),
				fc.double({ min: -180, max: 180, noNaN: true }),
				(zoom, lat, lng) => {
					const hash = formatViewHash({ zoom, lat, lng, bearing: 0, pitch: 0 });
					const back = parseViewHash(hash)!;
					expect(back).not.toBeNull();
					expect(formatViewHash(back)).toBe(hash);
				}
			)
		);
	});
});

describe('parseAppUrl', () => {
	it('reads a full shared link', () => {
		expect(
			parse(
				'/?layers=violence,blockade-points&event=senkata-2019-11-19&department=BO-C&lang=en&from=2019-11-15&to=2019-11-19&measure=dead&rule=high#9/-16.55/-68.2'
			)
		).toEqual({
			view: { zoom: 9, lat: -16.55, lng: -68.2, bearing: 0, pitch: 0 },
			layers: ['violence', 'blockade-points'],
			event: 'senkata-2019-11-19',
			department: 'BO-C',
			lang: 'en',
			from: '2019-11-15',
			to: '2019-11-19',
			measure: 'dead',
			rule: 'high',
			version: null
		});
	});

	it.each([
		['/', { layers: [...LAYER_IDS], event: null, lang: null, view: null }],
		['/?layers=', { layers: [] }],
		['/?layers=nonsense,alsonot', { layers: [...LAYER_IDS] }],
		[
			'/?layers=blockade-sections,unknown,violence,violence',
			{ layers: ['violence', 'blockade-sections'] }
		],
		['/?event=not-an-event', { event: null }],
		['/?event=senkata-2019-11-19&event=other', { event: 'senkata-2019-11-19' }],
		['/?lang=fr', { lang: null }],
		['/?lang=ES', { lang: null }],
		['/?from=2019-01-01&to=2020-01-01', { from: '2019-10-20', to: '2019-11-30' }],
		['/?from=2019-11-19&to=2019-11-15', { from: '2019-11-15', to: '2019-11-19' }],
		['/?from=2019-02-30', { from: null }],
		['/?from=<script>', { from: null }],
		['/?department=BO-Z', { department: null }],
		['/?measure=population', { measure: 'none' }],
		['/?rule=median', { rule: 'low' }],
		['/?v=2026-12-04-5af85ad', { version: '2026-12-04-5af85ad' }],
		['/?v=2026-12-04-5af85ad-modified', { version: '2026-12-04-5af85ad-modified' }],
		['/?v=2026-02-30-5af85ad', { version: null }],
		['/?v=latest', { version: null }],
		['/?v=2026-12-04-<script>', { version: null }]
	])('%s', (href, expected) => {
		expect(parse(href)).toMatchObject(expected);
	});

	const stateArb: fc.Arbitrary<UrlState> = fc.record({
		view: fc.option(
			fc.record({
				zoom: fc.integer({ min: 2, max: 18 }),
				lat: fc.integer({ min: -85, max: 85 }),
				lng: fc.integer({ min: -180, max: 180 }),
				bearing: fc.constant(0),
				pitch: fc.constant(0)
			}),
			{ nil: null }
		),
		layers: fc.subarray([...LAYER_IDS]),
		event: fc.constantFrom(null, ...context.eventIds),
		department: fc.constantFrom(null, ...context.departments),
		measure: fc.constantFrom(...MEASURE_IDS),
		rule: fc.constantFrom('low' as const, 'high' as const),
		lang: fc.constantFrom(null, 'es' as const, 'en' as const),
		from: fc.constantFrom(null, '2019-10-20', '2019-11-15'),
		to: fc.constantFrom(null, '2019-11-19', '2019-11-30'),
		version: fc.constantFrom(null, '2026-12-04-5af85ad', '2024-03-09-0700520-modified')
	});

	it('gives back any valid state it wrote', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				expect(parse(`/${formatAppUrl(state)}`)).toEqual(state);
			})
		);
	});

	it('never throws and always returns a valid state, whatever the URL', () => {
		const hostile = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc
				.webUrl({ withQueryParameters: true, withFragments: true })
				.map((u) => new URL(u).search + new URL(u).hash),
			fc
				.tuple(fc.constantFrom(...APP_URL_KEYS, 'x'), fc.string())
				.map(([k, v]) => `?${k}=${encodeURIComponent(v)}`)
		);
		fc.assert(
			fc.property(hostile, fc.string(), (search, hash) => {
				let url: URL;
				try {
					url = new URL(`/${search}#${hash}`, 'http://localhost/');
				} catch {
					return; // not a URL a browser could open
				}
				const state = parseAppUrl(url, context);
				expect(state.layers.every((l) => LAYER_IDS.includes(l))).toBe(true);
				expect(state.event === null || context.eventIds.has(state.event)).toBe(true);
				expect([null, 'es', 'en']).toContain(state.lang);
				expect(MEASURE_IDS).toContain(state.measure);
				expect(state.department === null || context.departments.has(state.department)).toBe(true);
				if (state.view) {
					expect(Number.isFinite(state.view.zoom + state.view.lat + state.view.lng)).toBe(true);
					expect(state.view.zoom).toBeGreaterThanOrEqual(VIEW_LIMITS.minZoom);
					expect(state.view.zoom).toBeLessThanOrEqual(VIEW_LIMITS.maxZoom);
				}
				// What it returns is stable: written and read again, it is the same state.
				expect(
					parseAppUrl(new URL(`/${formatAppUrl(state)}`, 'http://localhost/'), context)
				).toEqual(
					state.view ? { ...state, view: parseViewHash(formatViewHash(state.view)) } : state
				);
			}),
			{ numRuns: 2000 }
		);
	});
});
