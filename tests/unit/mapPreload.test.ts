import { describe, expect, it } from 'vitest';
import { MAP_MODULE, mapChunkFiles, withMapPreload } from '../../src/lib/server/mapPreload.ts';

const manifest = {
	[MAP_MODULE]: {
		file: '_app/immutable/chunks/map.js',
		imports: ['_shared.js', '_layers.js'],
		css: ['_app/immutable/assets/map.css']
	},
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'_layers.js': { file: '_app/immutable/chunks/layers.js', imports: ['_shared.js'] },
	'src/other.svelte': { file: '_app/immutable/chunks/other.js' }
};

const page = (prefix: string) =>
	`<html><head><link href="${prefix}_app/immutable/entry/start.abc.js" rel="modulepreload">` +
	`<link href="${prefix}_app/immutable/chunks/shared.js" rel="modulepreload"></head><body></body></html>`;

describe('the map chunk preloaded in a map page’s head', () => {
	it('lists the map chunk and what it imports, once each, and its styles', () => {
		expect(mapChunkFiles(manifest)).toEqual({
			scripts: [
				'_app/immutable/chunks/map.js',
				'_app/immutable/chunks/shared.js',
				'_app/immutable/chunks/layers.js'
			],
			styles: ['_app/immutable/assets/map.css']
		});
		expect(mapChunkFiles({})).toEqual({ scripts: [], styles: [] });
	});

	it('links them with the page’s own path prefix, for wide screens, skipping what it already links', () => {
		const html = withMapPreload(page('../'), mapChunkFiles(manifest), '(min-width: 901px)');
		expect(html).toContain(
			'<link href="../_app/immutable/chunks/map.js" rel="modulepreload" media="(min-width: 901px)">'
		);
		expect(html).toContain(
			'<link href="../_app/immutable/assets/map.css" rel="preload" as="style" crossorigin media="(min-width: 901px)">'
		);
		expect(html.match(/chunks\/shared\.js/g)).toHaveLength(1);
		expect(html.indexOf('map.js')).toBeLessThan(html.indexOf('</head>'));
		expect(withMapPreload(page('./'), mapChunkFiles(manifest), 'x')).toContain(
			'href="./_app/immutable/chunks/layers.js"'
		);
	});

	it('leaves a page without the start script as it is', () => {
		const html = '<html><head></head></html>';
		expect(withMapPreload(html, mapChunkFiles(manifest), 'x')).toBe(html);
	});
});
