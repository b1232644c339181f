// The department choropleth: class breaks, colours and layer specs (pure).
import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LineLayerSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { SOLID_DASHES, perFeature, perFeatureAtAnyZoom } from './sharedPrograms.ts';

export const DEPARTMENT_AREAS = 'department-areas';
export const CHOROPLETH_LAYER = 'department-areas:choropleth';
export const DEPARTMENT_SELECTED_LAYER = 'department-areas:selected';

/** ColorBrewer "Purples": sequential, readable by colour-blind people, distinct from event colours. */
// One for each of the CHOROPLETH_CLASSES classes the breaks make (geo/classBreaks.ts).
export const CHOROPLETH_COLORS = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;

/** Zero is the lightest class; each break starts the next darker one. */
export function choroplethColor(
	breaks: readonly number[]
): DataDrivenPropertyValueSpecification<string> {
	const value: ExpressionSpecification = ['to-number', ['feature-state', 'value'], -1];
	if (breaks.length === 0) return ['case', ['<', value, 0], 'rgba(0,0,0,0)', CHOROPLETH_COLORS[0]];
	const steps: (string | number)[] = [CHOROPLETH_COLORS[0]];
	breaks.forEach((b, i) => steps.push(b, CHOROPLETH_COLORS[i + 1]));
	return [
		'case',
		['<', value, 0],
		'rgba(0,0,0,0)',
		['step', value, ...steps] as unknown as ExpressionSpecification
	];
}

export function departmentAreasSource(departments: FeatureCollection): GeoJSONSourceSpecification {
	return { type: 'geojson', data: departments, promoteId: 'iso_3166_2' };
}

/** The choropleth's fill and the chosen department's outline (each added when first needed). */
export function choroplethLayers(breaks: readonly number[], department: string | null = null) {
	return [
		{
			id: CHOROPLETH_LAYER,
			type: 'fill',
			source: DEPARTMENT_AREAS,
			paint: { 'fill-color': choroplethColor(breaks), 'fill-opacity': 0.8 }
		} satisfies FillLayerSpecification,
		{
			id: DEPARTMENT_SELECTED_LAYER,
			type: 'line',
			source: DEPARTMENT_AREAS,
			filter: departmentFilter(department),
			paint: {
				'line-color': perFeature('#1f1d1a'),
				'line-width': perFeatureAtAnyZoom(3),
				'line-dasharray': SOLID_DASHES
			}
		} satisfies LineLayerSpecification
	];
}

export function departmentFilter(code: string | null): FilterSpecification {
	return ['==', ['get', 'iso_3166_2'], code ?? ''];
}

/**
 * The choropleth's key as legend entries (what the table shows beside the map), for an exported
 * image: the lowest class, then one entry per break ("≥ n"), each prefixed with the measure.
 */
export function choroplethKey(
	breaks: readonly number[],
	measure: string,
	zero: string,
	formatValue: (n: number) => string
): { color: string; label: string }[] {
	return [
		{ color: CHOROPLETH_COLORS[0], label: `${measure}: ${zero}` },
		...breaks.map((b, i) => ({
			color: CHOROPLETH_COLORS[i + 1],
			label: `${measure}: ≥ ${formatValue(b)}`
		}))
	];
}
