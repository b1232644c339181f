// The dataset as the page receives it: checked, with departments assigned, maintainer notes
// removed and coordinates rounded. Built once at prerender time.
import truncate from '@turf/truncate';
import type { CheckedFeature } from './check.ts';
import type { DatasetMeta, EventFeature, FeatureProperties } from './schema.ts';
import {
	CATEGORY_OF_KIND,
	LAYER_OF_KIND,
	type Category,
	type EventLayerId
} from '../domain/layers.ts';
import { geographicContext, type City, type FeatureContext } from '../geo/context.ts';

export type PublicProperties = Omit<FeatureProperties, 'notes'> & {
	department: string;
	category: Category;
	layer: EventLayerId;
	/** Computed with turf at build time. */
	context?: FeatureContext;
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

export interface DepartmentInfo {
	name: string;
	/** null where the dataset has no region polygons (regions named by admin1 only). */
	area_km2: number | null;
}

export type PublicMeta = Omit<DatasetMeta, 'notes' | 'files'>;

export interface PublicDataset {
	meta: PublicMeta;
	features: PublicFeature[];
	/** ISO 3166-2 code → department name and area, in the boundaries' order. */
	departments: Record<string, DepartmentInfo>;
}

/** Coordinates rounded to 5 decimals (about a metre): enough for any source's precision. */
const roundGeometry = (geometry: EventFeature['geometry']): EventFeature['geometry'] =>
	truncate(geometry, { precision: 5, coordinates: 2, mutate: false });

/** Builds the page's data from checked features. Does not modify its input. */
export function toPublicDataset(
	meta: DatasetMeta,
	checked: readonly CheckedFeature[],
	departments: Record<string, DepartmentInfo>,
	cities: readonly City[]
): PublicDataset {
	const contexts = geographicContext(
		checked.map(({ feature }) => ({
			id: feature.properties.id,
			isBlockade: CATEGORY_OF_KIND[feature.properties.kind] === 'blockade',
			geometry: feature.geometry
		})),
		cities
	);
	const features = checked
		.map(({ feature, department }): PublicFeature => {
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { notes, ...properties } = feature.properties;
			return {
				type: 'Feature',
				geometry: roundGeometry(feature.geometry),
				properties: {
					...properties,
					department,
					category: CATEGORY_OF_KIND[properties.kind],
					layer: LAYER_OF_KIND[properties.kind],
					context: contexts.get(properties.id)!
				}
			};
		})
		.sort(
			(a, b) =>
				a.properties.date.start.localeCompare(b.properties.date.start) ||
				a.properties.id.localeCompare(b.properties.id)
		);
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { notes, files, ...publicMeta } = meta;
	return { meta: publicMeta, features, departments };
}
