// The enrich step of the data build: checked features become the page's data (departments
// assigned, geographic context computed with turf, maintainer notes removed, coordinates rounded).
import truncate from '@turf/truncate';
import type { CheckedFeature } from './check.ts';
import type { DatasetMeta, EventFeature } from '../data/schema.ts';
import type { RegionInfo, PublicDataset, PublicFeature } from '../data/publicData.ts';
import { CATEGORY_OF_KIND, LAYER_OF_KIND } from '../domain/layers.ts';
import { isRetracted } from '../domain/kinds.ts';
import { geographicContext, type City } from '../geo/context.ts';

/** Coordinates rounded to 5 decimals (about a metre): enough for any source's precision. */
const roundGeometry = (geometry: EventFeature['geometry']): EventFeature['geometry'] =>
	truncate(geometry, { precision: 5, coordinates: 2, mutate: false });

/** Builds the page's data from checked features. Does not modify its input. */
export function toPublicDataset(
	meta: DatasetMeta,
	checked: readonly CheckedFeature[],
	departments: Record<string, RegionInfo>,
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
	// The record's own columns go to the "as imported" download (data/importedTable.ts), not
	// to the page: only the id its source gave it stays, for the CSV download and the record.
	const recordColumn = meta.imported_columns?.indexOf(meta.record_ids?.field ?? '') ?? -1;
	const features = checked
		.map(({ feature, department }): PublicFeature => {
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { notes, imported, ...properties } = feature.properties;
			const recordId = recordColumn >= 0 ? imported?.[recordColumn] : undefined;
			return {
				type: 'Feature',
				geometry: roundGeometry(feature.geometry),
				properties: {
					...properties,
					...(recordId !== undefined ? { record_id: recordId } : {}),
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
	return {
		meta: publicMeta,
		features: features.filter((f) => !isRetracted(f.properties)),
		retracted: features.filter((f) => isRetracted(f.properties)),
		departments
	};
}
