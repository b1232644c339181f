// The data build's static files (a tiled dataset's tiles, summary, features and downloads, in
// .generated/static/) become part of the site as they are: copied into the client build's output
// (which adapter-static and `vite preview` serve), and served by `vite dev` through sirv (byte
// ranges for PMTiles readers; a range past the end of a file answers 416). They are too many and
// too large to go through the prerender.
import { cpSync, existsSync } from 'node:fs';
import sirv from 'sirv';
import type { Plugin } from 'vite';

export function generatedStatic(dir: string): Plugin {
	return {
		name: 'cabildo-generated-static',
		writeBundle(options) {
			if (this.environment.name === 'client' && options.dir && existsSync(dir))
				cpSync(dir, options.dir, { recursive: true });
		},
		configureServer(server) {
			// dev: files are looked up on each request (the data build may rewrite them meanwhile).
			server.middlewares.use(sirv(dir, { dev: true }));
		}
	};
}
