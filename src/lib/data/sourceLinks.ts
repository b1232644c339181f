// The links a reader gets for a source: the publisher's own page first, then where the page was
// read (a mirror or reprint) and a web-archive copy keyed by the page's URL and date. Pure.
import type { Source } from './schema.ts';

/** The host a reader recognises ("nuuanu.net", not "http://www.nuuanu.net/…"). */
export function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/**
 * The Wayback Machine's copy nearest the source's date (the archive redirects to the closest
 * capture), or its list of captures when the page shows no date.
 */
export function archivedCopyUrl(source: Pick<Source, 'url' | 'date'>): string {
	const stamp = source.date ? source.date.replaceAll('-', '') : '*';
	return `https://web.archive.org/web/${stamp}/${source.url}`;
}

/** Where the page was read, when that is not the publisher's own link. */
export function readAtHost(source: Pick<Source, 'url' | 'read_at'>): string | undefined {
	return source.read_at && source.read_at !== source.url ? hostOf(source.read_at) : undefined;
}
