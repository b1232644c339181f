// The pages' palette is declared once, as CSS variables in the root layout: a component's style
// names a colour of the palette by its variable, never by its value, and names no variable the
// layout does not declare.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../sourceFiles.ts';

const LAYOUT = 'src/routes/+layout.svelte';

const ROOT_RULE = /:global\(:root\)\s*\{([^}]*)\}/;

/** The `--name: #colour` declarations of the layout's :root rule. */
function palette(): Map<string, string> {
	const root = ROOT_RULE.exec(readFileSync(LAYOUT, 'utf8'));
	if (!root) throw new Error(`${LAYOUT}: no :global(:root) rule`);
	return new Map(
		[...root[1].matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/g)].map((m) => [m[1], m[2]])
	);
}

/** The <style> text of each component and page, and its whole text. */
function styles(): [string, string, string][] {
	return sourceFiles('src')
		.filter((file) => file.endsWith('.svelte'))
		.map((file) => {
			const text = readFileSync(file, 'utf8');
			// The layout's :root rule is where the palette is declared.
			const style = /<style[^>]*>([\s\S]*)<\/style>/.exec(text)?.[1]?.replace(ROOT_RULE, '');
			return [file, style, text];
		})
		.filter((entry): entry is [string, string, string] => entry[1] !== undefined);
}

/** Where a style writes out a colour of the palette instead of its variable. */
function paletteLiterals(style: string, colours: Map<string, string>): string[] {
	const values = new Map([...colours].map(([name, value]) => [value.toLowerCase(), name]));
	return [...style.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b/g)]
		.filter((m) => values.has(m[0].toLowerCase()))
		.map((m) => `${m[0]} (var(--${values.get(m[0].toLowerCase())}))`);
}

describe('the palette', () => {
	const colours = palette();

	it('is declared in the layout', () => {
		expect(colours.get('ink')).toBe('#1f1d1a');
		expect(colours.size).toBeGreaterThanOrEqual(8);
	});

	it('finds a colour written out (the check can fail)', () => {
		expect(paletteLiterals('a { color: #1F1D1A; border: 1px solid #123456; }', colours)).toEqual([
			'#1F1D1A (var(--ink))'
		]);
	});

	it('no style writes out a colour of the palette', () => {
		const found = styles().flatMap(([file, style]) =>
			paletteLiterals(style, colours).map((hit) => `${file}: ${hit}`)
		);
		expect(found).toEqual([]);
	});

	it('every variable a style uses is declared, in the palette or by its own component', () => {
		const used = styles().flatMap(([file, style, text]) =>
			[...style.matchAll(/var\(--([a-z-]+)\)/g)]
				.filter((m) => !text.includes(`style:--${m[1]}=`) && !text.includes(`--${m[1]}:`))
				.map((m) => `${file}: --${m[1]}`)
		);
		expect(used.length).toBeGreaterThan(50);
		expect(used.filter((hit) => !colours.has(hit.split(': --')[1]))).toEqual([]);
	});
});
