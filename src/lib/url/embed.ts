// Embedding a map in another page: the same link with `embed=1`, which the map page reads as a
// compact mode (map, layer toggles, "open in Cabildo", attribution; no site header).
export const EMBED_SIZES = {
	small: { width: '600', height: '400' },
	medium: { width: '800', height: '560' },
	large: { width: '1000', height: '700' },
	responsive: { width: '100%', height: '560' }
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

export const isEmbedded = (url: URL) => url.searchParams.get('embed') === '1';

/** The link with the embed flag on (or off), the rest of it kept byte for byte. */
export function withEmbed(href: string, embedded: boolean): string {
	const url = new URL(href);
	const params = url.search
		.replace(/^\?/, '')
		.split('&')
		.filter((p) => p && !p.startsWith('embed='));
	if (embedded) params.push('embed=1');
	return `${url.origin}${url.pathname}${params.length ? `?${params.join('&')}` : ''}${url.hash}`;
}

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeAttribute = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** The `<iframe>` code of exactly the view at `href`. */
export function embedCode(href: string, size: EmbedSize, title: string): string {
	const { width, height } = EMBED_SIZES[size];
	return (
		`<iframe src="${escapeAttribute(withEmbed(href, true))}" width="${width}" height="${height}" ` +
		`title="${escapeAttribute(title)}" style="border:0" loading="lazy" allowfullscreen></iframe>`
	);
}
