import { defineConfig, type Plugin } from 'vitest/config';
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';

/** Lets the app import `.geojson` files as parsed collections, like `.json`. */
function geojson(): Plugin {
	return {
		name: 'cabildo-geojson',
		transform(code, id) {
			if (!id.endsWith('.geojson')) return null;
			return { code: `export default ${code};`, map: null };
		}
	};
}

export default defineConfig({
	envPrefix: ['VITE_', 'PUBLIC_'],
	plugins: [
		geojson(),
		sveltekit({
			compilerOptions: {
				// Force runes mode for the project, except for libraries. Can be removed in svelte 6.
				runes: ({ filename }) =>
					filename.split(/[/\\]/).includes('node_modules') ? undefined : true
			},
			adapter: adapter({ fallback: undefined, strict: true }),
			// Links carry map views in the hash (#zoom/lat/lng), not element ids.
			prerender: { handleMissingId: 'ignore' }
		})
	],
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
