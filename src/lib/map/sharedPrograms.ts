// MapLibre compiles a shader program per layer type and per way each paint property is bound:
// as one value for the layer (a uniform), per feature (a vertex attribute), or per feature and
// zoom. Every program is compiled at the first frame that draws it, on the main thread: 150–200
// ms each in a software renderer, tens of ms on a phone's GPU. So every circle layer binds its
// colour, outline and radius alike, and every line layer its colour, dashes and width alike, and
// each type compiles once: the same value for every feature is bound per feature, which costs a
// few bytes per vertex. tests/unit/sharedPrograms.test.ts holds every layer to this. Pure.
import type { ExpressionSpecification } from 'maplibre-gl';

type Value = string | number | readonly number[] | ExpressionSpecification;

const asExpression = (value: Value): Value =>
	Array.isArray(value) && typeof value[0] === 'number' ? ['literal', value] : value;

/**
 * `value` for every feature, bound per feature. The condition reads the feature, so MapLibre
 * cannot fold the expression into a constant; both branches are the value.
 */
export function perFeature(value: Value): ExpressionSpecification {
	const v = asExpression(value);
	return ['case', ['has', 'id'], v, v] as ExpressionSpecification;
}

/** A number that does not change with zoom, bound per feature and zoom (a width, a radius). */
export function perFeatureAtAnyZoom(
	value: number | ExpressionSpecification
): ExpressionSpecification {
	const v = perFeature(value);
	return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];
}

/** A number interpolated between zoom stops, bound per feature and zoom. */
export function perFeatureByZoom(
	...stops: [zoom: number, value: number][]
): ExpressionSpecification {
	return [
		'interpolate',
		['linear'],
		['zoom'],
		...stops.flatMap(([zoom, value]) => [zoom, perFeature(value)])
	] as ExpressionSpecification;
}

/**
 * A solid line's dashes, for the dashed lines' program: one dash with no gap, long. The program
 * softens a dash's edges over a share of its pattern's length, which made a 1-wide pattern draw
 * a thin line up to a fifth fainter; at 64 widths a line draws as dark as without dashes.
 */
export const SOLID_DASH_PATTERN: readonly number[] = [64, 0];

/** A solid line drawn by the dashed lines' program. */
export const SOLID_DASHES = perFeature(SOLID_DASH_PATTERN);
