// The link a person copies or shares: the page's URL with the language they see written in, so
// that it opens in that language for whoever receives it (even when the sender's browser chose it).
// The rest of the query is kept byte for byte (URLSearchParams would re-encode its commas).
import type { Lang } from '../i18n/messages.ts';

export function sharedUrl(href: string, lang: Lang): string {
	const url = new URL(href);
	const params = url.search.replace(/^\?/, '').split('&').filter(Boolean);
	const others = params.filter((p) => !p.startsWith('lang='));
	const langAt = params.findIndex((p) => p.startsWith('lang='));
	const query = [...others];
	query.splice(langAt >= 0 ? langAt : query.length, 0, `lang=${lang}`);
	return `${url.origin}${url.pathname}?${query.join('&')}${url.hash}`;
}

/** The link pinned to a dataset version (`v`): a citation names the version it quotes. */
export function pinnedUrl(href: string, version: string): string {
	const url = new URL(href);
	const params = url.search.replace(/^\?/, '').split('&').filter(Boolean);
	const query = [...params.filter((p) => !p.startsWith('v=')), `v=${encodeURIComponent(version)}`];
	return `${url.origin}${url.pathname}?${query.join('&')}${url.hash}`;
}
