import { describe, expect, it } from 'vitest';
import { archivedCopyUrl, hostOf, readAtHost } from '../../src/lib/data/sourceLinks.ts';

describe('source links', () => {
	it.each([
		['https://www.eldeber.com.bo/pais/x', 'eldeber.com.bo'],
		['http://nuuanu.net/info/en/?search=Senkata_massacre', 'nuuanu.net'],
		['http://the-uncensored-wiki.com:20141/a.html', 'the-uncensored-wiki.com'],
		['not a url', 'not a url']
	])('host of %s is %s', (url, host) => {
		expect(hostOf(url)).toBe(host);
	});

	it('keys the archived copy by the page URL and its date', () => {
		expect(archivedCopyUrl({ url: 'https://eldeber.com.bo/pais/x', date: '2019-11-16' })).toBe(
			'https://web.archive.org/web/20191116/https://eldeber.com.bo/pais/x'
		);
		expect(archivedCopyUrl({ url: 'https://example.org/a?b=c', date: null })).toBe(
			'https://web.archive.org/web/*/https://example.org/a?b=c'
		);
	});

	it('names the mirror only when the page was read somewhere else', () => {
		const url = 'https://en.wikipedia.org/wiki/Senkata_massacre';
		expect(readAtHost({ url, read_at: 'http://nuuanu.net/info/en/?search=Senkata_massacre' })).toBe(
			'nuuanu.net'
		);
		expect(readAtHost({ url })).toBeUndefined();
		expect(readAtHost({ url, read_at: url })).toBeUndefined();
	});
});
