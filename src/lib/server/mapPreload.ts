// The map's script asked for in the head of a map page, on wide screens only (they load the map
// at once; phones wait for the reader to ask): it then downloads while the page hydrates, not
// after. The file names come from the client build's Vite manifest. Pure.

/** An entry of Vite's build manifest (`.vite/manifest.json`), as far as it is read here. */
export interface ManifestEntry {
	file: string;
	imports?: string[];
	css?: string[];
}

export const MAP_MODULE = 'src/lib/map/MapView.svelte';

/** The map chunk, then every chunk it imports (once each), as paths under the site's root. */
export function mapChunkFiles(manifest: Readonly<Record<string, ManifestEntry>>): {
	scripts: string[];
	styles: string[];
} {
	const scripts: string[] = [];
	const styles: string[] = [];
	const seen = new Set<string>();
	const pending = [MAP_MODULE];
	while (pending.length > 0) {
		const key = pending.shift()!;
		const entry = manifest[key];
		if (!entry || seen.has(key)) continue;
		seen.add(key);
		scripts.push(entry.file);
		for (const css of entry.css ?? []) if (!styles.includes(css)) styles.push(css);
		pending.push(...(entry.imports ?? []));
	}
	return { scripts, styles };
}

/**
 * The page with the map's chunks preloaded for screens matching `media`, placed after the
 * page's own start script and written with its path prefix (prerendered pages link relatively).
 * A page without that script, or chunks it already preloads, are left as they are.
 */
export function withMapPreload(
	html: string,
	files: { scripts: string[]; styles: string[] },
	media: string
): string {
	const start =
		/<link href="([^"]*?)_app\/immutable\/entry\/start\.[^"]+" rel="modulepreload">/.exec(html);
	if (!start) return html;
	const prefix = start[1];
	const links = [
		...files.scripts
			.filter((file) => !html.includes(`"${prefix}${file}"`))
			.map((file) => `<link href="${prefix}${file}" rel="modulepreload" media="${media}">`),
		...files.styles
			.filter((file) => !html.includes(`"${prefix}${file}"`))
			// In CORS mode, as Vite's loader then asks for the stylesheet: a preload in another mode
			// is not reused, and the file was downloaded twice.
			.map(
				(file) =>
					`<link href="${prefix}${file}" rel="preload" as="style" crossorigin media="${media}">`
			)
	];
	const at = start.index + start[0].length;
	return html.slice(0, at) + links.join('') + html.slice(at);
}
