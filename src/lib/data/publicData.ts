// The dataset as the page receives it: checked, with departments assigned, maintainer notes
// removed and coordinates rounded. Built by the data build stage (pipeline/publicDataset.ts).
import type { DatasetMeta, EventFeature, FeatureProperties } from './schema.ts';
import type { Category, EventLayerId } from '../domain/layers.ts';
import type { ClaimsFile, Story } from './storySchema.ts';
import type { DatasetVersion } from './citation.ts';
import type { FeatureCollection } from 'geojson';
import type { RecordHistory } from './recordHistory.ts';

/** Where a feature stands relative to cities and other blockades (computed with turf at build time). */
export interface FeatureContext {
	/** The nearest city (department capital or El Alto), straight-line km to the feature. */
	nearest_city?: { name: string; km: number };
	/** Blockades: the nearest other blockade and its straight-line distance. */
	nearest_blockade?: { id: string; km: number };
}

export type PublicProperties = Omit<FeatureProperties, 'notes' | 'imported'> & {
	/**
	 * The id its source gave the record, as written (ACLED's event_id_cnty), in a dataset whose
	 * ids a source assigned (dataset.json `record_ids`); the feature's own id is made from it.
	 */
	record_id?: string;
	department: string;
	category: Category;
	layer: EventLayerId;
	/** Computed with turf at build time. */
	context?: FeatureContext;
	/** What changed in the record, commit by commit, from git (none: no history here). */
	history?: RecordHistory;
	/**
	 * Large datasets only: the details file (`details/<n>.json`) that holds this feature's
	 * description and context, not yet fetched.
	 */
	details?: number;
};

export interface PublicFeature {
	type: 'Feature';
	geometry: EventFeature['geometry'];
	properties: PublicProperties;
}

export interface RegionInfo {
	name: string;
	/** null where the dataset has no region polygons (regions named by admin1 only). */
	area_km2: number | null;
}

export type PublicMeta = Omit<DatasetMeta, 'notes' | 'files'> & {
	/** The day and commit of the data's last change (data build, from git); null without history. */
	version?: DatasetVersion | null;
};

/** What the map draws of an imported dataset's region polygons (dataset.json `regions`). */
export interface RegionMap {
	/** A polygon per matched region: `iso_3166_2` holds the region's code, `name` its name. */
	areas: FeatureCollection;
	/** Their outlines, drawn with the regions toggle (kind "department", as Bolivia's). */
	outlines: FeatureCollection;
	/** A label point per region (kind "department"). */
	labels: FeatureCollection;
}

export interface PublicDataset {
	meta: PublicMeta;
	/** The records the map, the totals and the downloads show (none retracted). */
	features: PublicFeature[];
	/** Retracted records: out of the map and the totals, each keeping its page that says why. */
	retracted?: PublicFeature[];
	/** Guided stories over the map (stories/<id>.json), checked by data:check. */
	stories?: Story[];
	/** The source text's claims set against the evidence (claims.json), when there is one. */
	claims?: ClaimsFile | null;
	/** Region code → name and area, in name order with "region unknown" last (the build sorts it). */
	departments: Record<string, RegionInfo>;
	/** The region polygons the map draws (an imported dataset with `regions`); else absent. */
	region_map?: RegionMap | null;
}
