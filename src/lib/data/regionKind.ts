// What a dataset's regions are, from dataset.json `regions`: Bolivia's departments on the shipped
// basemap (with its towns and trunk roads), or regions named by admin1, drawn when `regions` names
// their polygons. The one place that asks.
import type { DatasetMeta } from './schema.ts';
import type { RegionInfo } from './publicData.ts';
import type { Messages } from '../i18n/messages.ts';

type Regions = Pick<DatasetMeta, 'regions'>;

/**
 * Bolivia's nine departments, assigned from each geometry, on the shipped basemap. Also asked of
 * a dataset.json not yet checked (which rules to check it by).
 */
export const regionsAreBoliviaDepartments = (
	meta: Regions | { regions?: { polygons?: unknown } } | undefined
): boolean => meta?.regions?.polygons === 'bolivia-departments';

/** Regions named by each feature's admin1 (with polygons to match them to, or none). */
export const regionsFromAdmin1 = (meta: Regions): boolean => !regionsAreBoliviaDepartments(meta);

/** Where an admin1 dataset's region polygons come from; null: Bolivia's, or none drawn. */
export type RegionPolygonSource = Extract<
	DatasetMeta['regions'],
	{ polygons: 'natural-earth-admin1' | 'file' }
>;
export const regionPolygonSource = (meta: Regions): RegionPolygonSource | null =>
	meta.regions.polygons === 'natural-earth-admin1' || meta.regions.polygons === 'file'
		? meta.regions
		: null;

/** An imported dataset's regions: by admin1 when it names them (polygons if given), else Bolivia's. */
export const importedRegions = (
	hasAdmin1: boolean,
	polygons: RegionPolygonSource | undefined
): DatasetMeta['regions'] =>
	hasAdmin1 ? (polygons ?? { polygons: 'none' }) : { polygons: 'bolivia-departments' };

/**
 * The region of events whose admin1 name no polygon answers to: they are counted together,
 * under "region unknown", and each keeps the name its source wrote.
 */
export const UNKNOWN_REGION = 'unknown';

/** A region's name as the reader sees it ("region unknown" in the reader's language). */
export const regionName = (
	regions: Readonly<Record<string, RegionInfo>>,
	code: string,
	t: Pick<Messages, 'regionUnknown'>
): string => (code === UNKNOWN_REGION ? t.regionUnknown : (regions[code]?.name ?? code));

/** The region of one event: for "region unknown", with the name its source wrote. */
export const eventRegionName = (
	regions: Readonly<Record<string, RegionInfo>>,
	properties: { department: string; admin1?: string },
	t: Pick<Messages, 'regionUnknown'>
): string =>
	properties.department === UNKNOWN_REGION && properties.admin1
		? `${properties.admin1} (${t.regionUnknown.toLowerCase()})`
		: regionName(regions, properties.department, t);
