// MapLibre's stylesheet without the rules of the parts Cabildo never adds: the logo, the
// geolocate, fullscreen, terrain and globe buttons, popups, markers, the user's location and the
// cooperative-gestures screen. Their icons (each twice more, for forced-colours modes) are
// two thirds of the file. The rules of every control the map does add stay as MapLibre wrote
// them (BSD-3-Clause, © MapLibre contributors), forced-colours variants included.
import type { Plugin } from 'vite';

/** Class names of the parts the map never adds (mapLifecycle.ts adds its controls). */
export const UNUSED_MAPLIBRE_PARTS =
	/\.maplibregl-(ctrl-(logo|geolocate|fullscreen|shrink|terrain|globe)|popup|marker|user-location|cooperative-gesture|mobile-message|desktop-message|pseudo-fullscreen|spin)\b|@keyframes maplibregl-(spin|user-location)/;

/** Splits at `separator` where no bracket or parenthesis is open. */
function splitTopLevel(text: string, separator: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === separator && depth === 0) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/** The top-level blocks of a stylesheet: `prelude { body }`, in order. */
function blocksOf(css: string): { prelude: string; body: string }[] {
	const blocks: { prelude: string; body: string }[] = [];
	let depth = 0;
	let start = 0;
	let open = -1;
	for (let i = 0; i < css.length; i++) {
		if (css[i] === '{') {
			if (depth === 0) open = i;
			depth++;
		} else if (css[i] === '}') {
			depth--;
			if (depth === 0) {
				blocks.push({ prelude: css.slice(start, open).trim(), body: css.slice(open + 1, i) });
				start = i + 1;
			}
		}
	}
	if (depth !== 0 || css.slice(start).trim() !== '')
		throw new Error('maplibre-gl.css: unbalanced braces; cannot drop its unused rules');
	return blocks;
}

/** The stylesheet without the selectors (and the rules left with none) that `unused` matches. */
export function withoutUnusedRules(css: string, unused: RegExp): string {
	return blocksOf(css)
		.map(({ prelude, body }) => {
			if (prelude.startsWith('@keyframes'))
				return unused.test(prelude) ? '' : `${prelude}{${body}}`;
			if (prelude.startsWith('@')) {
				const inner = withoutUnusedRules(body, unused);
				return inner ? `${prelude}{${inner}}` : '';
			}
			const kept = splitTopLevel(prelude, ',').filter((selector) => !unused.test(selector));
			return kept.length ? `${kept.join(',')}{${body}}` : '';
		})
		.join('');
}

/** The Vite plugin: MapLibre's stylesheet reaches the page without its unused rules. */
export function usedMaplibreCss(): Plugin {
	return {
		name: 'cabildo-used-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!/[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/.test(id.split('?')[0])) return null;
			return { code: withoutUnusedRules(code, UNUSED_MAPLIBRE_PARTS), map: null };
		}
	};
}
