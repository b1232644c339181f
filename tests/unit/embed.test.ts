import { describe, expect, it } from 'vitest';
import { embedCode, isEmbedded, withEmbed } from '../../src/lib/url/embed.ts';

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
});
