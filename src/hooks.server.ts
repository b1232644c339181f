import { readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit/hooks';
import { WIDE_SCREEN } from '#lib/domain/screens.ts';
import { mapChunkFiles, withMapPreload, type ManifestEntry } from '#lib/server/mapPreload.ts';

/** Pages that open on the map (a dataset's map, in either language). */
const MAP_ROUTES = new Set(['/[[lang=lang]]', '/[[lang=lang]]/d/[dataset]']);

/** The client build's chunk names, read once; none in development (no build to read). */
let mapFiles: ReturnType<typeof mapChunkFiles> | null = null;
function mapChunks() {
	if (!mapFiles) {
		try {
			const manifest = readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8');
			mapFiles = mapChunkFiles(JSON.parse(manifest) as Record<string, ManifestEntry>);
		} catch {
			mapFiles = { scripts: [], styles: [] };
		}
	}
	return mapFiles;
}

/**
 * Prerendered pages carry their language in <html lang>: /en/… is English, the rest Spanish.
 * Map pages ask for the map's script in their head on wide screens.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', event.params.lang === 'en' ? 'en' : 'es');
			// The chunk that holds the page's start script gets the links (withMapPreload).
			return MAP_ROUTES.has(event.route.id ?? '')
				? withMapPreload(page, mapChunks(), WIDE_SCREEN)
				: page;
		}
	});
