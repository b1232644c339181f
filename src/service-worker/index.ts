/// <reference lib="webworker" />
// Cabildo offline, by the reader's choice. Installed once the first view is drawn, the worker
// keeps only the app shell: the offline page, the icons, MapLibre's worker, and what the first
// view loaded (the page names its own files: most are already in the HTTP cache, so keeping them
// costs no request). Other pages and files are kept as they are opened.
// "Save for offline use" (a message from the page) keeps the rest of the default dataset: its
// map, event pages, data page, stories, claims and downloads. Only the site's own origin is
// handled; range requests (a tiled dataset's archive) go to the network. Every precache request
// but those of hashed files is checked with the server (`no-cache`), so that a new deployment
// never mixes with files the browser kept from the old one (tests/e2e/deploy.e2e.ts), and a file
// the page has just loaded costs a 304 without its body, not a second download.
import { assets, immutable, prerendered } from '$app/manifest';
import { version } from '$app/env';
import { isOtherDatasetPath } from '../lib/offline/savedPaths.ts';

const worker = globalThis as unknown as ServiceWorkerGlobalScope;
const PRECACHE = `cabildo-${version}`;
const OPENED = `cabildo-opened-${version}`;
/** Kept in the precache once the reader has saved the site: the saved state survives reloads. */
const SAVED_MARK = '/__cabildo-saved-for-offline';
const OFFLINE_PAGE = '/offline.html';
/** What saving downloads, written by scripts/offline-size.ts after the build. */
const OFFLINE_SIZE = '/offline-size.json';

const path = (p: string) => `/${p.replace(/^\//, '')}`;
const IMMUTABLE = immutable.map((f) => path(f.path));
const SHELL = [
	// (The static preview map is kept by the pages that show it, with their first view: a wide
	// screen goes straight to the interactive map. An event's details are kept as they are
	// opened, or with everything else when the reader saves the site.)
	// Every map needs MapLibre's worker, which the page's own timeline may not list.
	...IMMUTABLE.filter((p) => p.startsWith('/_app/immutable/workers/maplibre-gl-worker')),
	OFFLINE_PAGE,
	'/manifest.webmanifest',
	'/icon.svg'
];
const SAVED = [
	...SHELL,
	...IMMUTABLE,
	...[...assets.map((f) => path(f.path)), ...prerendered.map((p) => path(p.path))].filter(
		(p) => !isOtherDatasetPath(p)
	)
];
const shell = new Set(SHELL);
/** What a page may ask to keep as its first view: the site's own files, nothing else. */
const known = new Set([...SAVED, ...prerendered.map((p) => path(p.path))]);
/** The first view's files, being kept: a status answer waits for them. */
let firstView: Promise<void> = Promise.resolve();

/** Hashed files never change under their name: the copy the page already loaded will do. */
const isImmutable = (url: string) => url.startsWith('/_app/immutable/');
const fresh = (url: string) =>
	isImmutable(url) ? new Request(url) : new Request(url, { cache: 'no-cache' });

async function keep(cacheName: string, urls: readonly string[], onProgress?: (n: number) => void) {
	const cache = await caches.open(cacheName);
	let done = 0;
	// A few at a time: the reader's connection stays usable while it saves.
	const queue = [...new Set(urls)];
	const next = async (): Promise<void> => {
		const url = queue.shift();
		if (url === undefined) return;
		if (!(await cache.match(url))) {
			const response = await fetch(fresh(url));
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			await cache.put(url, response);
		}
		onProgress?.(++done);
		return next();
	};
	await Promise.all([next(), next(), next(), next()]);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(keep(PRECACHE, SHELL).then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
	// A new deployment: drop the old caches, and take over the open pages (they say so).
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((k) => k !== PRECACHE && k !== OPENED).map((k) => caches.delete(k)))
			)
			.then(() => worker.clients.claim())
	);
});

/** Messages from the page: whether the site is saved, and saving it (with progress). */
worker.addEventListener('message', (event) => {
	const port = event.ports[0];
	if (!port) return;
	if (isFirstView(event.data)) {
		const paths = event.data.paths.filter((p) => known.has(p));
		firstView = firstView.then(() => keep(PRECACHE, paths)).catch(() => {});
		event.waitUntil(firstView.then(() => port.postMessage({ kept: paths.length })));
	} else if (event.data === 'offline-status') {
		event.waitUntil(
			firstView
				.then(() => caches.open(PRECACHE))
				.then((cache) => cache.match(SAVED_MARK))
				.then(async (hit) =>
					port.postMessage({ saved: Boolean(hit), bytes: hit ? null : await savedSize() })
				)
		);
	} else if (event.data === 'save-offline') {
		const total = new Set(SAVED).size;
		event.waitUntil(
			keep(PRECACHE, SAVED, (done) => port.postMessage({ done, total }))
				.then(async () => {
					await (await caches.open(PRECACHE)).put(SAVED_MARK, new Response('saved'));
					port.postMessage({ saved: true });
				})
				.catch((error: Error) => port.postMessage({ error: error.message }))
		);
	}
});

/**
 * How many bytes saving would download (scripts/offline-size.ts), asked by the worker so that
 * the page makes no request that fails offline; null when it cannot be known now.
 */
async function savedSize(): Promise<number | null> {
	if (!navigator.onLine) return null;
	try {
		const response = await fetch(OFFLINE_SIZE, { cache: 'no-cache' });
		const size = response.ok ? ((await response.json()) as { bytes?: unknown }) : null;
		return typeof size?.bytes === 'number' ? size.bytes : null;
	} catch {
		return null;
	}
}

function isFirstView(data: unknown): data is { firstView: true; paths: string[] } {
	const d = data as { firstView?: unknown; paths?: unknown } | null;
	return (
		d?.firstView === true && Array.isArray(d.paths) && d.paths.every((p) => typeof p === 'string')
	);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin || request.headers.has('range'))
		return;
	event.respondWith(respond(request, url));
});

function revalidated(request: Request, url: URL): Request {
	if (isImmutable(url.pathname)) return request;
	// A navigation cannot be copied with new options: asked again by its address; a redirect is
	// handed back to the browser as it is.
	if (request.mode === 'navigate')
		return new Request(url.href, {
			cache: 'no-cache',
			redirect: 'manual',
			credentials: 'same-origin'
		});
	return new Request(request, { cache: 'no-cache' });
}

async function respond(request: Request, url: URL): Promise<Response> {
	// The app's own files never change under the same version: the cache first.
	if (shell.has(url.pathname) || isImmutable(url.pathname)) {
		const hit = await caches.match(url.pathname, { cacheName: PRECACHE });
		if (hit) return hit;
	}
	// Anything else: the network first (fresh when online), kept for when it is not. Fresh means
	// checked with the server: a page the HTTP cache kept from the previous deployment would ask
	// for scripts the new one no longer has. (Hashed files never change: the HTTP cache is fine.)
	try {
		const response = await fetch(revalidated(request, url));
		if (response.ok && response.type === 'basic') {
			const cache = await caches.open(OPENED);
			await cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		const hit = await caches.match(request, { ignoreSearch: request.mode === 'navigate' });
		if (hit) return hit;
		// A page that was never saved: say so, rather than a page whose scripts are missing.
		if (request.mode === 'navigate') {
			const offline = await caches.match(OFFLINE_PAGE, { cacheName: PRECACHE });
			if (offline) return offline;
		}
		throw error;
	}
}
