// After `vite build`: how much "Save for offline use" downloads (the files the service worker
// saves: the whole built site but other datasets, src/service-worker/index.ts), written to
// build/offline-size.json (and beside the files `vite preview` serves) for the page to show.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isOtherDatasetPath } from '../src/lib/offline/savedPaths.ts';

const ROOT = 'build';
const OUT = 'offline-size.json';

let bytes = 0;
let files = 0;
function walk(dir: string) {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		const stat = statSync(full);
		if (stat.isDirectory()) walk(full);
		else {
			const path = `/${relative(ROOT, full).split('\\').join('/')}`;
			if (isOtherDatasetPath(path) || path === '/service-worker.js' || path === `/${OUT}`) continue;
			bytes += stat.size;
			files++;
		}
	}
}
walk(ROOT);
const json = JSON.stringify({ bytes, files }) + '\n';
writeFileSync(join(ROOT, OUT), json);
// `vite preview` serves the build from SvelteKit's output folder, not from build/.
const PREVIEW = '.svelte-kit/output/client';
if (existsSync(PREVIEW)) writeFileSync(join(PREVIEW, OUT), json);
console.log(`offline: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
