import type { Handle } from '@sveltejs/kit/hooks';

/** Prerendered pages carry their language in <html lang>: /en/… is English, the rest Spanish. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', event.params.lang === 'en' ? 'en' : 'es')
	});
