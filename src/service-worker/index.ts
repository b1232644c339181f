/// <reference lib="webworker" />
// Cabildo offline: after one visit, the app, the basemap (bundled with it), the default dataset's
// map, event pages, data page, stories, claims and downloads are cached and served with no
// connection. Other datasets and a large dataset's files are cached as they are opened. Only the
// site's own origin is ever handled; range requests (a tiled dataset's archive) go to the network.
import { assets, immutable, prerendered } from '$app/manifest';
import { version } from '$app/env';

const worker = globalThis as unknown as ServiceWorkerGlobalScope;
const PRECACHE = `cabildo-${version}`;
const OPENED = `cabildo-opened-${version}`;

/** Other datasets' pages and files are cached when opened, not at install (they may be large). */
const isOtherDataset = (path: string) =>
	/^\/(en\/)?d\//.test(path) ||
	(path.startsWith('/downloads/') && !/^\/downloads\/bolivia-2019\./.test(path));

const PRECACHED = [
	...immutable.map((f) => `/${f.path.replace(/^\//, '')}`),
	...assets.map((f) => `/${f.path.replace(/^\//, '')}`),
	...prerendered.map((p) => `/${p.path.replace(/^\//, '')}`).filter((p) => !isOtherDataset(p))
];
const precached = new Set(PRECACHED);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(PRECACHE)
			.then((cache) => cache.addAll(PRECACHED))
			.then(() => worker.skipWaiting())
	);
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

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin || request.headers.has('range'))
		return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	// The app's own files never change under the same version: the cache first.
	if (precached.has(url.pathname)) {
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
		const hit =
			(await caches.match(request)) ??
			(request.mode === 'navigate' ? await caches.match('/', { cacheName: PRECACHE }) : undefined);
		if (hit) return hit;
		throw error;
	}
}
