import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
	TILE_SOURCE,
	clusterFilter,
	pointFilter,
	tileLayers,
	tileSource,
	visibleClusterCount
} from '../../src/lib/map/tileLayers.ts';
import { tiledDataFiles } from '../../src/lib/data/tiledData.ts';
import { LAYER_IDS, type LayerId } from '../../src/lib/domain/layers.ts';

/** Evaluates a filter on one feature's properties, as MapLibre would. */
function evaluate(filter: unknown, properties: Record<string, unknown>): boolean {
	return featureFilter(filter as never, 'layers[0].filter').filter({ zoom: 8 }, {
		type: 1,
		properties
	} as never);
}
/** The visible count of a cluster: the number the count expression gives. */
const countOf = (layers: readonly LayerId[], properties: Record<string, unknown>) =>
	[0, 1, 2, 3, 4, 5, 6, 7, 8].find((n) =>
		evaluate(['==', visibleClusterCount(layers), n], properties)
	);

const cluster = {
	cluster: true,
	point_count: 7,
	dead: 3,
	'n:violence': 2,
	'n:assembly': 0,
	'n:marches': 0,
	'n:political': 1,
	'n:blockade-points': 4,
	'n:blockade-sections': 0
};
const point = { id: 'e-1', layer: 'violence', first: 3, last: 5, dead: 1 };

describe('tile layers', () => {
	it.each([null, { from: 0, to: 3 }])('validate against the style spec (window %j)', (window) => {
		const style = {
			version: 8 as const,
			glyphs: 'http://localhost/{fontstack}/{range}.pbf',
			sources: { [TILE_SOURCE]: tileSource(tiledDataFiles('x', 10)) },
			layers: tileLayers(LAYER_IDS, window, 'e-1')
		};
		expect(validateStyleMin(style as never)).toEqual([]);
	});

	it('count a cluster in the visible layers only, and hide it when none of its events is visible', () => {
		expect(countOf(LAYER_IDS, cluster)).toBe(7);
		expect(countOf(['violence', 'political'], cluster)).toBe(3);
		expect(evaluate(clusterFilter(['blockade-points']), cluster)).toBe(true);
		expect(evaluate(clusterFilter(['assembly', 'marches']), cluster)).toBe(false);
		expect(evaluate(clusterFilter([]), cluster)).toBe(false);
		expect(evaluate(clusterFilter(LAYER_IDS), point)).toBe(false);
	});

	it('show a single point when its layer is on and its days meet the window', () => {
		const shown = (layers: readonly LayerId[], window: { from: number; to: number } | null) =>
			evaluate(pointFilter(layers, window), point);
		expect(shown(LAYER_IDS, null)).toBe(true);
		expect(shown(['assembly'], null)).toBe(false);
		expect(shown(LAYER_IDS, { from: 5, to: 9 })).toBe(true);
		expect(shown(LAYER_IDS, { from: 0, to: 2 })).toBe(false);
		expect(shown(LAYER_IDS, { from: 6, to: 9 })).toBe(false);
		expect(evaluate(pointFilter(LAYER_IDS, null), cluster)).toBe(false);
	});
});
