/// <reference lib="webworker" />
// Cabildo offline, by the reader's choice. Installed once the first view is drawn, the worker
// keeps only the app shell (the scripts and styles of every page, which bundle the basemap, and
// the two home pages); pages and files are kept as they are opened. "Save for offline use" (a
// message from the page) keeps the rest of the default dataset: its map, event pages, data page,
// stories, claims and downloads. Only the site's own origin is handled; range requests (a tiled
// dataset's archive) go to the network. Every precache request bypasses the HTTP cache, so that a
// new deployment never mixes with files the browser kept from the old one.
import { assets, immutable, prerendered } from '$app/manifest';
import { version } from '$app/env';
import { isOtherDatasetPath } from '../lib/offline/savedPaths.ts';

const worker = globalThis as unknown as ServiceWorkerGlobalScope;
const PRECACHE = `cabildo-${version}`;
const OPENED = `cabildo-opened-${version}`;
/** Kept in the precache once the reader has saved the site: the saved state survives reloads. */
const SAVED_MARK = '/__cabildo-saved-for-offline';
const OFFLINE_PAGE = '/offline.html';

const path = (p: string) => `/${p.replace(/^\//, '')}`;
const SHELL = [
	...immutable.map((f) => path(f.path)),
	'/',
	'/en/',
	OFFLINE_PAGE,
	'/manifest.webmanifest',
	'/icon.svg'
];
const SAVED = [
	...SHELL,
	...[...assets.map((f) => path(f.path)), ...prerendered.map((p) => path(p.path))].filter(
		(p) => !isOtherDatasetPath(p)
	)
];
const shell = new Set(SHELL);

const fresh = (url: string) => new Request(url, { cache: 'reload' });

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
	if (event.data === 'offline-status') {
		event.waitUntil(
			caches
				.open(PRECACHE)
				.then((cache) => cache.match(SAVED_MARK))
				.then((hit) => port.postMessage({ saved: Boolean(hit) }))
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

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin || request.headers.has('range'))
		return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	// The app's own files never change under the same version: the cache first.
	if (shell.has(url.pathname) && !(request.mode === 'navigate' && url.pathname.endsWith('/'))) {
		const hit = await caches.match(url.pathname, { cacheName: PRECACHE });
		if (hit) return hit;
	}
	// Anything else: the network first (fresh when online), kept for when it is not.
	try {
		const response = await fetch(request);
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
