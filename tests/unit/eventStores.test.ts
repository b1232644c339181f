// One store per delivery mode behind one interface (state/eventStores.svelte.ts): fetched with
// a stub fetch, each store says what it holds, what it preloads, and what a selection fetches.
import { describe, expect, it } from 'vitest';
import { eventStoreFor } from '../../src/lib/state/eventStores.svelte.ts';
import { JsonLoader, type Fetch } from '../../src/lib/data/jsonLoader.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { gzipSync } from 'node:zlib';
import { encodeRows } from '../../src/lib/geo/eventRows.ts';
import { encodeIndex } from '../../src/lib/geo/indexFile.ts';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { deliveryFor, recordsUrl } from '../../src/lib/data/delivery.ts';
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
		const store = eventStoreFor({ mode: 'inline', featureCount: 70 }, dataset, loader);
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
		const { requests, loader } = serving({
			[delivery.rowsUrl]: new Uint8Array(rows).buffer,
			[recordsUrl('test', 0)]: JSON.stringify(records)
		});
		const store = eventStoreFor(delivery, dataset, loader);
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
		expect(store.rows.title(1, 'en')).toBe(second.properties.title.en);
		expect(store.eventIds.has(first.properties.id)).toBe(true);
		expect(store.eventIds.has('no-such-event')).toBe(false);
		expect(store.record(id)).toEqual(second);
		expect(store.summary(first.properties.id)).toEqual(first);
		expect(await store.loadRecord('no-such-event')).toBe(false);
		// The rows are read once, the records file fetched once.
		await store.load();
		expect(requests).toEqual([delivery.rowsUrl, recordsUrl('test', 0)]);

		const broken = serving({});
		const failing = eventStoreFor(delivery, dataset, broken.loader);
		await failing.load();
		expect(failing.loaded).toBe(false);
		expect(failing.loadError).toBe('HTTP 404');
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
		const store = eventStoreFor(delivery, dataset, loader);
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
