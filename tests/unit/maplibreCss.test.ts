import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { UNUSED_MAPLIBRE_PARTS, withoutUnusedRules } from '../../scripts/maplibreCss.ts';

const maplibreCss = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const classesOf = (css: string) => new Set(css.match(/\.maplibregl-[a-z-]+/g));

describe("MapLibre's stylesheet, as the page gets it", () => {
	const used = withoutUnusedRules(maplibreCss, UNUSED_MAPLIBRE_PARTS);

	it('keeps every rule of the controls the map adds, forced-colours icons included', () => {
		for (const part of [
			'.maplibregl-map',
			'.maplibregl-canvas-container',
			'.maplibregl-ctrl-zoom-in',
			'.maplibregl-ctrl-zoom-out',
			'.maplibregl-ctrl-compass',
			'.maplibregl-ctrl-attrib-button',
			'.maplibregl-ctrl-scale',
			'.maplibregl-boxzoom'
		])
			expect(classesOf(used)).toContain(part);
		const forcedIcons = (css: string) =>
			[...css.matchAll(/@media\(forced-colors:active\)[^{]*\{([^@]*)\}/g)]
				.map((m) => m[1])
				.join('')
				.match(/\.maplibregl-ctrl-(zoom-in|zoom-out|compass)\b/g)?.length ?? 0;
		expect(forcedIcons(maplibreCss)).toBeGreaterThanOrEqual(3);
		expect(forcedIcons(used)).toBe(forcedIcons(maplibreCss));
		// Every rule that names no unused part is there as MapLibre wrote it.
		expect(used).toContain(
			'.maplibregl-ctrl-group button{width:29px;height:29px;display:block;padding:0;outline:none;border:0;box-sizing:border-box;background-color:transparent;cursor:pointer}'
		);
	});

	it('drops the logo, the unused buttons, popups, markers and their animations', () => {
		for (const part of [
			'.maplibregl-ctrl-logo',
			'.maplibregl-ctrl-geolocate',
			'.maplibregl-ctrl-fullscreen',
			'.maplibregl-ctrl-terrain',
			'.maplibregl-ctrl-globe',
			'.maplibregl-popup',
			'.maplibregl-marker',
			'.maplibregl-user-location-dot'
		]) {
			expect(classesOf(maplibreCss)).toContain(part);
			expect(classesOf(used)).not.toContain(part);
		}
		expect(used).not.toContain('@keyframes maplibregl-spin');
		expect(gzipSync(used).length).toBeLessThan(gzipSync(maplibreCss).length / 3);
	});

	it('keeps the used selectors of a mixed rule, and drops a block left empty', () => {
		const css =
			'.a,.maplibregl-popup-tip,:is(.b,.c){color:red}@media screen{.maplibregl-marker{top:0}}@media print{.d{top:0}}';
		expect(withoutUnusedRules(css, UNUSED_MAPLIBRE_PARTS)).toBe(
			'.a,:is(.b,.c){color:red}@media print{.d{top:0}}'
		);
	});

	it('refuses a stylesheet it cannot read whole', () => {
		expect(() => withoutUnusedRules('.a{color:red', UNUSED_MAPLIBRE_PARTS)).toThrow(
			'unbalanced braces'
		);
	});
});
