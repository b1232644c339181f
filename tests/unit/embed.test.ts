import { describe, expect, it } from 'vitest';
import {
	embedCode,
	fittedToEmbed,
	isEmbedded,
	searchWithEmbed,
	withEmbed
} from '../../src/lib/url/embed.ts';

const HREF =
	'https://cabildo.example/?layers=violence&event=senkata-2019-11-19&lang=en#9/-16.5/-68.2';

describe('embedding', () => {
	it('adds and removes the flag without touching the state or the view', () => {
		const embedded = new URL(withEmbed(HREF, true));
		expect(isEmbedded(embedded)).toBe(true);
		expect(embedded.searchParams.get('event')).toBe('senkata-2019-11-19');
		expect(embedded.hash).toBe('#9/-16.5/-68.2');
		expect(withEmbed(embedded.toString(), false)).toBe(HREF);
		expect(isEmbedded(new URL(HREF))).toBe(false);
	});

	it.each([
		['', true, '?embed=1'],
		['', false, ''],
		['#9/-16.5/-68.2', true, '?embed=1#9/-16.5/-68.2'],
		['?lang=en', true, '?lang=en&embed=1'],
		['?lang=en&embed=1#5/-17/-65', true, '?lang=en&embed=1#5/-17/-65'],
		['?embed=1&lang=en#5/-17/-65', false, '?lang=en#5/-17/-65'],
		['?embed=0', true, '?embed=1']
	])('keeps the state written by the codec (%j), with the flag %s: %j', (search, on, expected) => {
		expect(searchWithEmbed(search, on)).toBe(expected);
	});

	it('writes the iframe of exactly this view, at the chosen size, with its title escaped', () => {
		const code = embedCode(HREF, 'medium', 'Senkata "massacre" <map>');
		expect(code).toMatch(
			/^<iframe src="https:\/\/cabildo\.example\/\?[^"]*embed=1#9\/-16\.5\/-68\.2" /
		);
		expect(code).toContain('width="800" height="560"');
		expect(code).toContain('title="Senkata &quot;massacre&quot; &lt;map&gt;"');
		expect(code).toContain('&amp;event=senkata-2019-11-19');
		expect(embedCode(HREF, 'responsive', 't')).toContain('width="100%"');
	});

	it('zooms a view seen on a phone out until it fits the embed, never in', () => {
		const phone = { width: 390, height: 700 };
		// 800 × 560: the phone's 700 px of height must fit in 560, a factor of 0.8.
		const fitted = new URL(fittedToEmbed(HREF, 'medium', phone));
		const [zoom, lat, lng] = fitted.hash.slice(1).split('/').map(Number);
		expect(zoom).toBeCloseTo(9 + Math.log2(560 / 700), 2);
		expect([lat, lng]).toEqual([-16.5, -68.2]);
		expect(fitted.search).toBe(new URL(HREF).search);
		// A small screen inside a large embed: the view is kept.
		expect(fittedToEmbed(HREF, 'large', { width: 400, height: 300 })).toBe(HREF);
		// No view in the link, or no size known: kept as is.
		const noView = HREF.replace(/#.*$/, '');
		expect(fittedToEmbed(noView, 'small', phone)).toBe(noView);
		expect(fittedToEmbed(HREF, 'small', null)).toBe(HREF);
		expect(embedCode(HREF, 'small', 't', phone)).toContain(
			`#${Math.round((9 + Math.log2(400 / 700)) * 100) / 100}/`
		);
	});
});
