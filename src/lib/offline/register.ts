// The service worker is registered once the page has loaded and, on a map page, once the map has
// drawn its first view: a first visit fetches what it shows, and only then the app shell, with
// the files this view loaded (named by the page, kept by the worker from the HTTP cache).
import { dev } from '$app/env';

const MAP_WAIT_MS = 15_000;

function mapIdle(): Promise<void> {
	return new Promise((resolve) => {
		const started = Date.now();
		const poll = () => {
			const map = window.cabildoMap;
			if (map?.loaded() && !map.isMoving()) return resolve();
			// Pages without a map (or a map that never loads) register all the same.
			if (Date.now() - started > MAP_WAIT_MS || (!map && Date.now() - started > 3_000))
				return resolve();
			setTimeout(poll, 250);
		};
		poll();
	});
}

/** Settles once the worker has kept this view's files (or could not): questions wait for it. */
let markFirstViewKept = () => {};
const firstViewKept = new Promise<void>((resolve) => (markFirstViewKept = resolve));

/** The site's own files this page has loaded so far, and the page itself. */
export function firstViewPaths(
	origin: string,
	page: string,
	loaded: readonly { name: string }[]
): string[] {
	const paths = new Set([page]);
	for (const { name } of loaded) {
		const url = new URL(name, origin);
		// (A blob: URL's origin is the page's own: its protocol tells it apart.)
		if (
			url.origin === origin &&
			/^https?:$/.test(url.protocol) &&
			url.pathname !== '/service-worker.js'
		)
			paths.add(url.pathname);
	}
	return [...paths];
}

export async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator)) return markFirstViewKept();
	if (document.readyState !== 'complete')
		await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
	await mapIdle();
	const registration = await navigator.serviceWorker
		.register('/service-worker.js', { type: dev ? 'module' : 'classic' })
		.catch((error) => console.warn('Cabildo: offline support unavailable', error));
	if (registration) {
		await activated(registration);
		await keepFirstView();
		// A new deployment's worker, taking over later, keeps them too (the old one's cache goes).
		navigator.serviceWorker.addEventListener('controllerchange', () => void keepFirstView());
	}
	markFirstViewKept();
}

function keepFirstView(): Promise<void> {
	const paths = firstViewPaths(
		location.origin,
		location.pathname,
		performance.getEntriesByType('resource')
	);
	return ask({ firstView: true, paths }, () => true);
}

/** Waits for a worker being installed (an update) to take over or fail. */
async function activated(registration: ServiceWorkerRegistration): Promise<void> {
	const pending = registration.installing ?? registration.waiting;
	if (!pending) return;
	await new Promise<void>((resolve) => {
		const settled = () => {
			if (pending.state !== 'activated' && pending.state !== 'redundant') return;
			pending.removeEventListener('statechange', settled);
			resolve();
		};
		pending.addEventListener('statechange', settled);
		settled();
	});
}

/** Posts one message to the active worker; resolves once `done` says an answer was the last. */
async function ask(message: unknown, done: (answer: WorkerAnswer) => boolean): Promise<void> {
	const registration = await navigator.serviceWorker?.ready;
	const active = registration?.active;
	if (!active) return;
	const channel = new MessageChannel();
	return new Promise((resolve) => {
		channel.port1.onmessage = (event) => {
			if (done(event.data)) resolve();
		};
		active.postMessage(message, [channel.port2]);
	});
}

interface WorkerAnswer {
	saved?: boolean;
	/** What saving would download (with a status that is not saved; null: unknown now). */
	bytes?: number | null;
	done?: number;
	total?: number;
	error?: string;
	kept?: number;
}

/** Asks the active worker one question and waits for its answers (progress, then the end). */
export async function askWorker(
	message: 'offline-status' | 'save-offline',
	onAnswer: (answer: WorkerAnswer) => void
): Promise<void> {
	await firstViewKept;
	await ask(message, (answer) => {
		onAnswer(answer);
		return answer.saved !== undefined || answer.error !== undefined;
	});
}
