// The measures a region can be compared by, stated once: the totals table's columns, the
// choropleth's choices (and the URL's `measure=`), and the value each takes, all derive from
// this list. Adding a measure is adding an entry here (and its names to the message catalogue).
import type { TextKey } from '../i18n/messages.ts';
import type { CasualtyMeasure } from './kinds.ts';

/** Which source's figure is summed: each event's lowest (the default) or highest. */
export type FigureRule = 'low' | 'high';

/** What a measure reads: a region's totals (RegionTotals has these fields). */
export type MeasuredTotals = { blockades: number; features: number } & Record<
	CasualtyMeasure,
	{ low: number; high: number }
>;

export interface MeasureDefinition {
	id: string;
	/** The table's column heading. */
	column: TextKey;
	/** Only where regions have an area (shipped polygons), not for regions named by admin1. */
	needsArea?: boolean;
	/** A casualty measure: the table shows the range between the rules when they differ. */
	casualty?: CasualtyMeasure;
	value: (t: MeasuredTotals, rule: FigureRule, areaKm2: number) => number;
}

/** Blockades per 10,000 km². */
export function blockadeDensity(blockades: number, areaKm2: number): number {
	return areaKm2 > 0 ? (blockades / areaKm2) * 10_000 : 0;
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

export const MEASURES = [
	{ id: 'blockades', column: 'blockadesColumn', value: (t) => t.blockades },
	{
		id: 'density',
		column: 'densityColumn',
		needsArea: true,
		value: (t, _rule, areaKm2) => twoDecimals(blockadeDensity(t.blockades, areaKm2))
	},
	{ id: 'features', column: 'featuresColumn', value: (t) => t.features },
	{ id: 'dead', column: 'dead', casualty: 'dead', value: (t, rule) => t.dead[rule] },
	{ id: 'injured', column: 'injured', casualty: 'injured', value: (t, rule) => t.injured[rule] },
	{
		id: 'detained',
		column: 'detained',
		casualty: 'detained',
		value: (t, rule) => t.detained[rule]
	}
] as const satisfies readonly MeasureDefinition[];

export type Measure = (typeof MEASURES)[number];
export type MeasureKey = Measure['id'];
/** What the choropleth shows: a measure, or nothing. */
export const MEASURE_IDS = ['none', ...MEASURES.map((m) => m.id)] as const;
export type MeasureId = 'none' | MeasureKey;

export const measureDefinition = (id: MeasureKey): MeasureDefinition =>
	MEASURES.find((m) => m.id === id)!;

/** The measures a dataset can show: no densities where regions have no area. */
export const measuresFor = (withAreas: boolean): readonly Measure[] =>
	MEASURES.filter((m) => withAreas || !('needsArea' in m));
