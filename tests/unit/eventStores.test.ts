// One store per delivery mode behind one interface (state/eventStores.svelte.ts): fetched with
// a stub fetch, each store says what it holds, what it preloads, and what a selection fetches.
import { describe, expect, it, vi } from 'vitest';
import { eventStoreFor } from '../../src/lib/state/eventStores.svelte.ts';
import { JsonLoader, type Fetch } from '../../src/lib/data/jsonLoader.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { gzipSync } from 'node:zlib';
import { encodeRows, rowTitles } from '../../src/lib/geo/eventRows.ts';
import { encodeIndex } from '../../src/lib/geo/indexFile.ts';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { deliveryFor, recordsUrl, titlesUrl } from '../../src/lib/data/delivery.ts';
import { featureFileUrl, tiledDataFiles } from '../../src/lib/data/tiledData.ts';

const bolivia = loadDataset();
const departments = Object.keys(bolivia.departments);
const dataset = { id: 'test', departments, features: bolivia.features };

/** A fetch that answers from a table of URLs (anything else: 404), and records the requests. */
function serving(files: Record<string, BodyInit>) {
	const requests: string[] = [];
	const fetch: Fetch = async (url) => {
		requests.push(url);
		return url in files ? new Response(files[url]) : new Response('no', { status: 404 });
	};
	return { requests, loader: new JsonLoader(fetch) };
}

describe('the event stores', () => {
	it('inline: everything is in the page, nothing is fetched to count or list', async () => {
		const { requests, loader } = serving({});
		const store = eventStoreFor({ mode: 'inline', featureCount: 70 }, dataset, 'es', loader);
		await store.load();
		expect(store.loaded).toBe(true);
		expect(store.preloadUrl).toBeNull();
		expect(store.features).toBe(bolivia.features);
		expect(store.index.size).toBe(bolivia.features.length);
		const [first] = bolivia.features;
		expect(store.eventIds.has(first.properties.id)).toBe(true);
		expect(store.eventIds.has('no-such-event')).toBe(false);
		expect(store.record(first.properties.id)).toBe(first);
		expect(requests).toEqual([]);
	});

	it('fetched: the rows arrive after first paint, a selection fetches its records file; a failure is said', async () => {
		const delivery = deliveryFor('test', 3000);
		if (delivery.mode !== 'fetched') throw new Error('3,000 features should be fetched');
		const rows = gzipSync(encodeRows(bolivia.features, departments));
		const records = Object.fromEntries(bolivia.features.map((f) => [f.properties.id, f]));
		const titles = (lang: 'es' | 'en') => JSON.stringify(rowTitles(bolivia.features, lang));
		const { requests, loader } = serving({
			[delivery.rowsUrl]: new Uint8Array(rows).buffer,
			[titlesUrl('test', 'es')]: titles('es'),
			[titlesUrl('test', 'en')]: titles('en'),
			[recordsUrl('test', 0)]: JSON.stringify(records)
		});
		const store = eventStoreFor(delivery, dataset, 'es', loader);
		expect(store.loaded).toBe(false);
		expect(store.linkWaitsForFeatures).toBe(true);
		expect(store.offersChoice).toBe(true);
		expect(store.preloadUrl).toBe(delivery.rowsUrl);
		expect(store.features).toEqual([]);
		expect(store.index.size).toBe(0);
		const [first, second] = bolivia.features;
		const id = second.properties.id;
		// A selection before the rows are read waits for them, then fetches its row's file.
		expect(await store.loadRecord(id)).toBe(true);
		expect(store.loaded).toBe(true);
		expect(store.index.size).toBe(bolivia.features.length);
		expect(store.index.ids).toEqual(bolivia.features.map((f) => f.properties.id));
		// The titles of the page's language only; the other's come when the page switches to it.
		expect(store.rows.title(1, 'es')).toBe(second.properties.title.es);
		expect(store.rows.title(1, 'en')).toBe(second.properties.title.es);
		expect(store.eventIds.has(first.properties.id)).toBe(true);
		expect(store.eventIds.has('no-such-event')).toBe(false);
		expect(store.record(id)).toEqual(second);
		expect(store.summary(first.properties.id)).toEqual(first);
		expect(await store.loadRecord('no-such-event')).toBe(false);
		// The rows are read once, the records file fetched once.
		await store.load();
		expect(requests).toEqual([delivery.rowsUrl, titlesUrl('test', 'es'), recordsUrl('test', 0)]);
		store.showIn('en');
		await vi.waitFor(() => expect(store.rows.title(1, 'en')).toBe(second.properties.title.en));
		expect(store.rows.title(1, 'es')).toBe(second.properties.title.es);
		store.showIn('es');
		store.showIn('en');
		await store.load();
		expect(requests.filter((url) => url.includes('/titles/'))).toHaveLength(2);

		const broken = serving({});
		const failing = eventStoreFor(delivery, dataset, 'es', broken.loader);
		await failing.load();
		expect(failing.loaded).toBe(false);
		expect(failing.loadError).toBe('HTTP 404');

		// Titles that do not match the rows are refused, the page says so.
		const short = serving({
			[delivery.rowsUrl]: new Uint8Array(rows).buffer,
			[titlesUrl('test', 'en')]: JSON.stringify(['only one'])
		});
		const mismatched = eventStoreFor(delivery, dataset, 'en', short.loader);
		await mismatched.load();
		expect(mismatched.loaded).toBe(false);
		expect(mismatched.loadError).toBe(
			`/d/test/titles/en.json: not a title for each of the ${bolivia.features.length} rows`
		);
	});

	it('tiled: the summary counts, a selection fetches the one record file its id hashes to', async () => {
		const delivery = deliveryFor('test', 3000, true);
		if (delivery.mode !== 'tiled') throw new Error('asked for tiles');
		const files = tiledDataFiles('test', 3000);
		const [first] = bolivia.features;
		const id = first.properties.id;
		const index = buildFeatureIndex(bolivia.features, departments);
		const summary = encodeIndex(index);
		const { requests, loader } = serving({
			[files.summaryUrl]: new Uint8Array(summary).buffer,
			[featureFileUrl(files, id)]: JSON.stringify({ [id]: first })
		});
		const store = eventStoreFor(delivery, dataset, 'es', loader);
		expect(store.features).toEqual([]);
		expect(store.offersChoice).toBe(false);
		expect(store.preloadUrl).toBe(files.summaryUrl);
		expect(store.loaded).toBe(false);
		await store.load();
		expect(store.loaded).toBe(true);
		expect(store.index.size).toBe(bolivia.features.length);
		expect(store.index.ids).toEqual(index.ids);

		expect(store.record(id)).toBeNull();
		expect(await store.loadRecord(id)).toBe(true);
		expect(store.record(id)).toEqual(first);
		// An id of the right shape that its file does not hold: the store says there is none.
		const other = bolivia.features.find(
			(f) => featureFileUrl(files, f.properties.id) === featureFileUrl(files, id) && f !== first
		);
		if (!other) throw new Error('71 ids in 3 files: two share one');
		expect(await store.loadRecord(other.properties.id)).toBe(false);
		expect(requests[0]).toBe(files.summaryUrl);
		expect(requests).toContain(featureFileUrl(files, id));
	});
});
