import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import {
	EVENT_LAYER_GROUPS,
	LAYER_COLORS,
	eventLayers,
	eventSourcesData,
	layerIdsOfGroup,
	pickableLayerIds
} from '../../src/lib/map/eventLayers.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';

const source = { url: 'https://example.org/a', title: 'A', publisher: 'Pub', date: null };

function feature(
	id: string,
	layer: PublicFeature['properties']['layer'],
	geometry: PublicFeature['geometry'],
	extra: Partial<PublicFeature['properties']> = {}
): PublicFeature {
	return {
		type: 'Feature',
		geometry,
		properties: {
			id,
			kind:
				layer === 'violence'
					? 'massacre'
					: layer === 'blockade-sections'
						? 'blockade-section'
						: 'blockade',
			layer,
			category: 'violence',
			department: 'BO-L',
			title: { es: `título ${id}`, en: `title ${id}` },
			description: { es: 'd', en: 'd' },
			date: { start: '2019-11-19', precision: 'day' },
			place: { name: 'X', alt_names: [] },
			location: { precision: 'exact', radius_m: 0, source },
			sources: [source],
			...extra
		}
	};
}

const massacre = feature(
	'm',
	'violence',
	{ type: 'Point', coordinates: [-68.17, -16.52] },
	{
		casualties: {
			dead: [
				{ value: 9, source: source.url },
				{ value: 11, source: source.url }
			],
			injured: [{ min: 30, source: source.url }]
		},
		location: { precision: 'approximate', radius_m: 12000, source }
	}
);
const section = feature('s', 'blockade-sections', {
	type: 'LineString',
	coordinates: [
		[-68.2, -16.6],
		[-67.1, -17.9]
	]
});

describe('eventSourcesData', () => {
	const data = eventSourcesData([massacre, section]);

	it('puts points and lines in their own sources with flat style values', () => {
		expect(data.points.features).toHaveLength(1);
		expect(data.lines.features).toHaveLength(1);
		expect(data.points.features[0].properties).toMatchObject({
			id: 'm',
			layer: 'violence',
			dead: 9, // the most conservative figure
			injured: 30,
			approximate: true,
			title_en: 'title m'
		});
	});

	it('draws an uncertainty circle of the stated radius around approximate points only', () => {
		expect(data.uncertainty.features).toHaveLength(1);
		const ring = data.uncertainty.features[0];
		expect(booleanPointInPolygon([-68.17, -16.52], ring)).toBe(true);
		// 11 km away is inside a 12 km circle, 13 km away is not (1° of latitude ≈ 111 km).
		expect(booleanPointInPolygon([-68.17, -16.52 - 11 / 111], ring)).toBe(true);
		expect(booleanPointInPolygon([-68.17, -16.52 - 13 / 111], ring)).toBe(false);
	});

	it('does not change the features it is given', () => {
		const before = JSON.stringify([massacre, section]);
		eventSourcesData([massacre, section]);
		expect(JSON.stringify([massacre, section])).toBe(before);
	});
});

describe('eventLayers', () => {
	it('gives every group its own layers, coloured from the colour-blind-safe palette', () => {
		const layers = eventLayers('es');
		for (const group of EVENT_LAYER_GROUPS) {
			const ids = layerIdsOfGroup(group);
			expect(ids.length).toBeGreaterThanOrEqual(3);
			const point = layers.find((l) => l.id === `${group}:point`)!;
			expect(JSON.stringify(point)).toContain(LAYER_COLORS[group]);
		}
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
	});

	it('sizes violence by deaths and outlines it by injured', () => {
		const point = eventLayers('es').find((l) => l.id === 'violence:point')!;
		const paint = JSON.stringify((point as { paint: unknown }).paint);
		expect(paint).toContain('"dead"');
		expect(paint).toContain('"injured"');
	});

	it('labels in the requested language, only once zoomed in', () => {
		for (const lang of ['es', 'en'] as const) {
			const labels = eventLayers(lang).filter((l) => l.id.endsWith(':label'));
			for (const label of labels) {
				expect(JSON.stringify(label)).toContain(`title_${lang}`);
				expect(label.minzoom).toBeGreaterThanOrEqual(6);
			}
		}
	});

	it('lets clicks pick points and lines, not rings or labels', () => {
		const ids = pickableLayerIds();
		expect(ids).toContain('violence:point');
		expect(ids).toContain('blockade-sections:line-approximate');
		expect(ids.some((id) => id.includes('uncertainty') || id.includes('label'))).toBe(false);
	});
});
