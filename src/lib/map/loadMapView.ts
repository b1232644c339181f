// The map component, loaded after first paint (MapLibre is about 470 KB of script). The server
// build leaves the import out: SvelteKit then does not put the map's stylesheet (11 KB,
// MapLibre's) in the pages' head, where it would block the first paint.
import type MapView from './MapView.svelte';

export function loadMapView(): Promise<typeof MapView> {
	// `if (false)` in the server build: the bundler drops the import with the branch.
	if (!import.meta.env.SSR) return import('./MapView.svelte').then((module) => module.default);
	return Promise.reject(new Error('the map loads in the browser only'));
}
