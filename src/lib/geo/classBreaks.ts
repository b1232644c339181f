// What the choropleth colours by, as numbers: a region's value of a measure and the class
// breaks over all regions' values. Pure; map/choropleth.ts turns them into colours and layers.
import { ckmeans } from 'simple-statistics';
import {
	measureDefinition,
	type FigureRule,
	type MeasuredTotals,
	type MeasureKey
} from '../domain/measures.ts';

/** How many classes the choropleth draws (map/choropleth.ts has a colour for each). */
export const CHOROPLETH_CLASSES = 5;

/** The value a department shows for a measure (as the totals table shows it). */
export function measureValue(
	t: MeasuredTotals,
	measure: MeasureKey,
	rule: FigureRule,
	areaKm2: number
): number {
	return measureDefinition(measure).value(t, rule, areaKm2);
}

/**
 * Lower bounds of the classes above the first (at most `classes` − 1 of them): natural breaks
 * (Jenks' optimal 1-D clustering, simple-statistics' ckmeans) of the distinct non-zero values,
 * so each break is a value some region has. Few distinct values: one class each.
 */
export function classBreaks(values: readonly number[], classes = CHOROPLETH_CLASSES): number[] {
	const positive = [...new Set(values.filter((v) => v > 0))].sort((a, b) => a - b);
	if (positive.length <= classes - 1) return positive;
	return ckmeans(positive, classes - 1).map((cluster) => cluster[0]);
}
