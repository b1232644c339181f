// One event record that data:check accepts, for the tests that build their own: each test
// passes only the fields it depends on.
import type { EventFeature, EventGeometry, FeatureProperties } from '../../src/lib/data/schema.ts';
import { FIXTURE_SOURCE } from './fixtureMeta.ts';

/**
 * The massacre at Senkata (id senkata-2019-11-19, on 2019-11-19, a point at [-68.167, -16.517],
 * placed within 5 km and sourced by FIXTURE_SOURCE, without casualties), with `properties` laid
 * over its properties field by field and `geometry` in place of its point.
 */
export function validRecord(
	properties: Partial<FeatureProperties> = {},
	geometry: EventGeometry = { type: 'Point', coordinates: [-68.167, -16.517] }
): EventFeature {
	return {
		type: 'Feature',
		geometry,
		properties: {
			id: 'senkata-2019-11-19',
			kind: 'massacre',
			title: { es: 'Título', en: 'Title' },
			description: { es: 'Descripción.', en: 'Description.' },
			date: { start: '2019-11-19', precision: 'day' },
			place: { name: 'Senkata', alt_names: [] },
			location: { precision: 'approximate', radius_m: 5000, source: FIXTURE_SOURCE },
			sources: [FIXTURE_SOURCE],
			...properties
		}
	};
}
