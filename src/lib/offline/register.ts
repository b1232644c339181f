// The service worker is registered once the page has loaded and, on a map page, once the map has
// drawn its first view: a first visit fetches what it shows, and only then the app shell.
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

export async function registerServiceWorker(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	if (document.readyState !== 'complete')
		await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
	await mapIdle();
	await navigator.serviceWorker
		.register('/service-worker.js', { type: dev ? 'module' : 'classic' })
		.catch((error) => console.warn('Cabildo: offline support unavailable', error));
}

/** Asks the active worker one question and waits for its answers (progress, then the end). */
export async function askWorker(
	message: 'offline-status' | 'save-offline',
	onAnswer: (answer: { saved?: boolean; done?: number; total?: number; error?: string }) => void
): Promise<void> {
	const registration = await navigator.serviceWorker?.ready;
	const active = registration?.active;
	if (!active) return;
	const channel = new MessageChannel();
	channel.port1.onmessage = (event) => onAnswer(event.data);
	active.postMessage(message, [channel.port2]);
}
