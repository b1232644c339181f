// Embedding a map in another page: the same link with `embed=1`, which the map page reads as a
// compact mode (map, layer toggles, "open in Cabildo", attribution; no site header).
import { VIEW_LIMITS, formatViewHash, parseViewHash } from './view.ts';

export const EMBED_SIZES = {
	small: { width: '600', height: '400' },
	medium: { width: '800', height: '560' },
	large: { width: '1000', height: '700' },
	responsive: { width: '100%', height: '560' }
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

/** The map's size in an embed of each size, in CSS pixels (a responsive one: a typical column). */
const EMBED_MAP_PIXELS: Record<EmbedSize, { width: number; height: number }> = {
	small: { width: 600, height: 400 },
	medium: { width: 800, height: 560 },
	large: { width: 1000, height: 700 },
	responsive: { width: 640, height: 560 }
};

/**
 * The link with its view zoomed out just enough that the area the reader sees on their own
 * screen (`seen`, the map's size there) fits the embed: a view chosen on a tall phone screen is
 * not cut off in a wide, low frame. Never zoomed in; a link without a view is kept as it is.
 */
export function fittedToEmbed(
	href: string,
	size: EmbedSize,
	seen: { width: number; height: number } | null
): string {
	const url = new URL(href);
	const view = parseViewHash(url.hash);
	if (!view || !seen || seen.width <= 0 || seen.height <= 0) return href;
	const frame = EMBED_MAP_PIXELS[size];
	const shrink = Math.min(frame.width / seen.width, frame.height / seen.height, 1);
	if (shrink >= 1) return href;
	const zoom = Math.max(VIEW_LIMITS.minZoom, view.zoom + Math.log2(shrink));
	return `${href.slice(0, href.length - url.hash.length)}${formatViewHash({ ...view, zoom })}`;
}

export const isEmbedded = (url: URL) => url.searchParams.get('embed') === '1';

/** A query and hash (as the codec writes them) with the embed flag on or off, the rest kept. */
export function searchWithEmbed(searchAndHash: string, embedded: boolean): string {
	const hashAt = searchAndHash.indexOf('#');
	const search = hashAt < 0 ? searchAndHash : searchAndHash.slice(0, hashAt);
	const hash = hashAt < 0 ? '' : searchAndHash.slice(hashAt);
	const params = search
		.replace(/^\?/, '')
		.split('&')
		.filter((p) => p && !p.startsWith('embed='));
	if (embedded) params.push('embed=1');
	return `${params.length ? `?${params.join('&')}` : ''}${hash}`;
}

/** The link with the embed flag on (or off), the rest of it kept byte for byte. */
export function withEmbed(href: string, embedded: boolean): string {
	const url = new URL(href);
	return `${url.origin}${url.pathname}${searchWithEmbed(`${url.search}${url.hash}`, embedded)}`;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The `<iframe>` code of the view at `href`, as seen on a map of size `seen` (see fittedToEmbed). */
export function embedCode(
	href: string,
	size: EmbedSize,
	title: string,
	seen: { width: number; height: number } | null = null
): string {
	const { width, height } = EMBED_SIZES[size];
	const src = withEmbed(fittedToEmbed(href, size, seen), true);
	return (
		`<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" ` +
		`title="${escapeAttribute(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`
	);
}
