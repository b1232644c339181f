// The small datasets the checker's tests build: their dataset.json, valid as it is, each test
// overriding what it tests, and the files data:check reads.
import type { DatasetFiles } from '../../src/lib/pipeline/check.ts';

export const FIXTURE_SOURCE = {
	url: 'https://example.org/news/2019/11/19/report',
	title: 'A dated report',
	publisher: 'Example Daily',
	date: '2019-11-19'
};

export function fixtureMeta(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: 'fixture',
		title: { es: 'Prueba', en: 'Fixture' },
		description: { es: 'Datos de prueba.', en: 'Test data.' },
		period: { start: '2019-10-20', end: '2019-11-30' },
		bbox: [-69.7, -23, -57.4, -9.6],
		regions: { polygons: 'bolivia-departments' },
		licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
		last_reviewed: '2026-11-28',
		files: ['events.geojson'],
		blockades_located: 0,
		reported_totals: [],
		blockades_unlocated: [],
		sources: [FIXTURE_SOURCE],
		...overrides
	};
}

/** A fixture dataset as data:check reads it: `meta` as its dataset.json, `features` as its events. */
export function fixtureDataset(features: unknown[], meta: Record<string, unknown>): DatasetFiles {
	return {
		metaPath: 'fixture/dataset.json',
		meta,
		files: [{ path: 'fixture/events.geojson', json: { type: 'FeatureCollection', features } }]
	};
}
