import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import {
	latest,
	normalizePropertyExpression,
	supportsPropertyExpression,
	type StylePropertySpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	perFeature,
	perFeatureAtAnyZoom,
	perFeatureByZoom,
	SOLID_DASHES
} from '../../src/lib/map/sharedPrograms.ts';
import { basemapLayers } from '../../src/lib/map/basemap.ts';
import { clusterLayers, eventLayers } from '../../src/lib/map/eventLayers.ts';
import { stackLayers } from '../../src/lib/map/stackBadges.ts';
import { tileLayers } from '../../src/lib/map/tileLayers.ts';
import { choroplethLayers } from '../../src/lib/map/choropleth.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { EVENT_LAYER_IDS } from '../../src/lib/domain/layers.ts';

type Paint = Record<string, unknown>;
const paintSpec = (type: string) =>
	(latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
		`paint_${type}`
	];

/** How MapLibre binds a paint value: u (one per layer), a (per feature), z (per feature and zoom). */
function binding(type: string, property: string, value: unknown): 'u' | 'a' | 'z' {
	const spec = paintSpec(type)[property];
	const expression = normalizePropertyExpression(
		(value ?? spec.default) as never,
		`paint.${property}`,
		spec
	);
	// A zoom-only value is evaluated at the frame's zoom: one value for the layer.
	if (expression.kind === 'constant' || expression.kind === 'camera') return 'u';
	const crossFaded = String(spec['property-type']).startsWith('cross-faded');
	return expression.kind === 'source' || crossFaded ? 'a' : 'z';
}

/**
 * The shader program MapLibre compiles for a layer (ProgramConfiguration's cache key, with the
 * program MapLibre picks for a line): two layers with one key share one program.
 */
function programKey(layer: LayerSpecification): string {
	const paint = (('paint' in layer ? layer.paint : undefined) ?? {}) as Paint;
	const spec = paintSpec(layer.type);
	const bindings = Object.keys(spec)
		.filter((property) => supportsPropertyExpression(spec[property]))
		.map((property) => `${binding(layer.type, property, paint[property])}_${property}`)
		.sort();
	const program =
		layer.type === 'line' && paint['line-dasharray'] !== undefined ? 'lineSDF' : layer.type;
	return [program, ...bindings].join('/');
}

/** Every layer the map can hold, in every state: what the tests below hold to one program. */
function everyLayer(): LayerSpecification[] {
	const shown = { visible: EVENT_LAYER_IDS, window: { from: 2, to: 9 } };
	return [
		...basemapLayers(messages.es),
		...eventLayers('es', shown, 'e1'),
		...clusterLayers(),
		...stackLayers(),
		...tileLayers(EVENT_LAYER_IDS, { from: 2, to: 9 }, 'e1'),
		...choroplethLayers([1, 5, 10], 'BO-L')
	];
}

describe('one shader program per layer type', () => {
	const layers = everyLayer();
	/** The programs the layers of a type compile, with the layers of each (one, if all is well). */
	const programsOf = (type: string) => {
		const byKey = new Map<string, string[]>();
		for (const layer of layers.filter((l) => l.type === type))
			byKey.set(programKey(layer), [...(byKey.get(programKey(layer)) ?? []), layer.id]);
		return byKey;
	};

	it('binds every circle layer alike: one program for markers, massacres, clusters, badges and places', () => {
		const programs = programsOf('circle');
		expect([...programs.values()].flat().length).toBeGreaterThanOrEqual(8);
		expect(programs.size, JSON.stringify(Object.fromEntries(programs), null, 1)).toBe(1);
	});

	it('draws every line with the dashed lines’ program, bound alike: solid lines are one dash', () => {
		const programs = programsOf('line');
		expect([...programs.values()].flat().length).toBeGreaterThanOrEqual(6);
		expect(programs.size, JSON.stringify(Object.fromEntries(programs), null, 1)).toBe(1);
		expect([...programs.keys()][0]).toMatch(/^lineSDF\//);
	});

	it('tells a layer bound otherwise apart (the check can fail)', () => {
		const point = layers.find((l) => l.id === 'events:point')!;
		const plain = {
			...point,
			paint: { ...(point as { paint: Paint }).paint, 'circle-color': '#000' }
		};
		expect(programKey(plain as LayerSpecification)).not.toBe(programKey(point));
		const line = layers.find((l) => l.id === 'countries-line')!;
		const noDashes = { ...line, paint: { 'line-color': '#000', 'line-width': 1 } };
		expect(programKey(noDashes as LayerSpecification)).toMatch(/^line\//);
	});
});

describe('values bound per feature', () => {
	const evaluate = (type: string, property: string, value: unknown, zoom: number, props = {}) =>
		normalizePropertyExpression(
			value as never,
			`paint.${property}`,
			paintSpec(type)[property]
		).evaluate({ zoom } as never, { type: 1, properties: props } as never);

	it.each([
		['a colour', 'circle', 'circle-color', perFeature('#5a0000'), 'rgba(90,0,0,1)'],
		['a width', 'circle', 'circle-stroke-width', perFeature(2.5), 2.5],
		['a radius at any zoom', 'circle', 'circle-radius', perFeatureAtAnyZoom(7.5), 7.5],
		['solid dashes', 'line', 'line-dasharray', SOLID_DASHES, [64, 0]]
	])(
		'%s is the value for every feature, with an id or none',
		(_, type, property, value, expected) => {
			for (const props of [{}, { id: 'x' }]) {
				for (const zoom of [0, 5, 12, 22]) {
					const result = evaluate(type, property, value, zoom, props);
					expect(String(result)).toBe(String(expected));
				}
			}
		}
	);

	it('interpolates zoom stops as before', () => {
		const width = perFeatureByZoom([4, 0.8], [9, 2]);
		expect(evaluate('line', 'line-width', width, 4)).toBeCloseTo(0.8);
		expect(evaluate('line', 'line-width', width, 6.5)).toBeCloseTo(1.4);
		expect(evaluate('line', 'line-width', width, 12)).toBeCloseTo(2);
	});
});
