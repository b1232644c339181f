// The link a person copies or shares: the page's URL with the language they see written in, so
// that it opens in that language for whoever receives it (even when the sender's browser chose it).
import type { Lang } from '../i18n/messages.ts';

export function sharedUrl(href: string, lang: Lang): string {
	const url = new URL(href);
	url.searchParams.set('lang', lang);
	return url.toString();
}
