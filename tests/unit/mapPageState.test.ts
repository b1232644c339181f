import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/state/appState.svelte.ts';
import { MapPageState } from '../../src/lib/state/mapPage.svelte.ts';
import { JsonLoader, type Fetch } from '../../src/lib/data/jsonLoader.ts';
import { InlineStore } from '../../src/lib/state/eventStores.svelte.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { detailsChunk, summaryFeatures } from '../../src/lib/data/featureDetails.ts';
import { DETAILS_CHUNK_SIZE } from '../../src/lib/data/delivery.ts';

const bolivia = loadDataset();
const stateFor = (features = bolivia.features, fetch?: Fetch) => {
	const app = new AppState();
	app.browserLang = 'en';
	const store = new InlineStore(
		{ id: bolivia.meta.id, departments: Object.keys(bolivia.departments), features },
		new JsonLoader(fetch)
	);
	const page = new MapPageState(
		app,
		{ meta: bolivia.meta, departments: bolivia.departments },
		store
	);
	return { app, page };
};

describe('the map page state', () => {
	it('covers the whole period and every feature until a window is chosen', () => {
		const { page } = stateFor();
		expect(page.dayWindow).toBeNull();
		expect(page.listed).toHaveLength(bolivia.features.length);
		const total = page.totals.reduce((n, t) => n + t.features, 0);
		expect(total).toBe(bolivia.features.length);
		expect(page.summary).toMatch(
			new RegExp(`^The map shows ${bolivia.features.length} events, \\d+ located blockades`)
		);
	});

	it('puts the mapped dead beside the national counts that stand, never an interim one', () => {
		const { app, page } = stateFor();
		// Whole period: 32 dead on the map (interim counts left out: Senkata and Sacaba count the
		// GIEI's ten each, not the nine of the day); national counts from 30 (the source text) to
		// at least 37 (GIEI); the IACHR's 23 of 18 November is interim.
		expect(page.summary).toMatch(
			/ and 32 dead \(conservative figure, leaving out interim counts\)/
		);
		expect(page.summary).toMatch(/National counts: 30–37 dead, according to \d+ sources\.$/);
		app.setWindow('2019-11-18', '2019-11-18');
		expect(page.reportedNational.some((t) => t.value === 23)).toBe(true);
		expect(page.summary).not.toContain('National counts');
		app.selectDepartment('BO-L');
		expect(page.summary).not.toContain('National counts');
	});

	it('follows the window, the measure and the department the app state is given', () => {
		const { app, page } = stateFor();
		app.setWindow('2019-11-19', '2019-11-19');
		expect(page.dayWindow).not.toBeNull();
		expect(page.listed.length).toBeLessThan(bolivia.features.length);
		expect(page.listed.map((row) => page.index.ids[row])).toContain('senkata-2019-11-19');
		expect(page.listed.map((row) => page.index.ids[row])).not.toContain('kara-kara-2019-11-23');
		// The road agency's 71 blockades of 19 November are shown for that day, not the next.
		expect(page.reportedNational.some((t) => t.value === 71)).toBe(true);
		app.setWindow('2019-11-20', '2019-11-20');
		expect(page.reportedNational.some((t) => t.value === 71)).toBe(false);

		expect(page.choropleth).toBeNull();
		app.setMeasure('blockades');
		const laPaz = page.totals.find((t) => t.code === 'BO-L')!;
		expect(page.choropleth!.values['BO-L']).toBe(laPaz.blockades);

		app.selectDepartment('BO-L');
		expect(page.selectedDepartment?.code).toBe('BO-L');
		expect(page.summary).toContain('in La Paz');
	});

	it('selects a feature and gives titles in the page language', () => {
		const { app, page } = stateFor();
		app.select('senkata-2019-11-19');
		expect(page.selected?.properties.id).toBe('senkata-2019-11-19');
		expect(page.titleOf('senkata-2019-11-19')).toBe(page.selected!.properties.title.en);
		app.setLang('es');
		expect(page.titleOf('senkata-2019-11-19')).toBe(page.selected!.properties.title.es);
	});

	it('fetches a details file once for two selections in it, and says when it fails', async () => {
		const [a, b] = bolivia.features;
		const summaries = summaryFeatures([a, b], DETAILS_CHUNK_SIZE);
		const requests: string[] = [];
		const fetch: Fetch = async (url) => {
			requests.push(url);
			return new Response(JSON.stringify(detailsChunk([a, b], 0, DETAILS_CHUNK_SIZE)));
		};
		const { app, page } = stateFor(summaries, fetch);
		app.select(a.properties.id);
		expect(page.selected?.properties.description).toEqual({ es: '', en: '' });
		const first = page.loadSelected();
		app.select(b.properties.id);
		const second = page.loadSelected();
		await Promise.all([first, second]);
		expect(requests).toEqual([`/d/${bolivia.meta.id}/details/0.json`]);
		// The feature as it was: description, notes and quotes back.
		expect(page.selected).toEqual(b);

		const failing = stateFor(summaries, async () => new Response('no', { status: 503 }));
		failing.app.select(a.properties.id);
		await failing.page.loadSelected();
		expect(failing.page.detailsError).toBe('HTTP 503');
	});
});

describe('the JSON loader', () => {
	it('aborts what is on its way when the page goes', async () => {
		const loader = new JsonLoader(
			(_url, init) =>
				new Promise((_resolve, reject) =>
					init?.signal?.addEventListener('abort', () =>
						reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))
					)
				)
		);
		const pending = loader.load('/slow.json');
		loader.abort();
		await expect(pending).rejects.toThrow('aborted');
	});
});
