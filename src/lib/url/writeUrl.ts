import { goto } from '$app/navigation';

/**
 * Replaces the current URL's query and hash without navigating, adding to history, moving
 * focus or scrolling (SvelteKit shallow routing: the successor of `replaceState`).
 */
export function replaceUrl(searchAndHash: string): void {
	const target = `${location.pathname}${searchAndHash}`;
	if (target === `${location.pathname}${location.search}${location.hash}`) return;
	// Same page, new query/hash: there is no route to resolve.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	void goto(target, { replace: true, shallow: true, reset: false });
}
