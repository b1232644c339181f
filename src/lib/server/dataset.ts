// Loads datasets from disk at prerender time: read → check → assign regions → public data.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, type CheckedFeature } from '../build/check.ts';
import { DATA_ROOT, readDatasetFolder, readDepartments } from '../build/readDataset.ts';
import type { DepartmentInfo, PublicDataset } from '../data/publicData.ts';
import { toPublicDataset } from '../build/publicDataset.ts';
import { citiesFromPlaces } from '../geo/context.ts';
import type { Departments } from '../geo/departments.ts';
import places from '#data/boundaries/places.geojson';

import { DEFAULT_DATASET } from '../data/paths.ts';

/**
 * Folders of datasets, by id: every folder under data/geojson/ with a dataset.json, plus those
 * under the folders listed in CABILDO_EXTRA_DATASETS (the browser tests' fixture datasets).
 */
export function datasetFolderById(): Map<string, string> {
	const roots = [DATA_ROOT, ...(process.env.CABILDO_EXTRA_DATASETS?.split(':') ?? [])].filter(
		(root) => root && existsSync(root)
	);
	const folders = new Map<string, string>();
	for (const root of roots) {
		for (const entry of readdirSync(root, { withFileTypes: true })) {
			const folder = join(root, entry.name);
			if (entry.isDirectory() && existsSync(join(folder, 'dataset.json')))
				folders.set(entry.name, folder);
		}
	}
	return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

/** Region names and areas: the shipped departments, or the admin1 names found in the data. */
function regionsOf(
	boundaries: 'bolivia' | 'admin1',
	departments: Departments,
	features: readonly CheckedFeature[]
): Record<string, DepartmentInfo> {
	if (boundaries === 'bolivia') {
		return Object.fromEntries(
			departments.features.map((d) => [
				d.properties.iso_3166_2,
				{ name: d.properties.name, area_km2: d.properties.area_km2 }
			])
		);
	}
	const regions = new Map<string, DepartmentInfo>();
	for (const { feature, department } of features) {
		if (!regions.has(department))
			regions.set(department, { name: feature.properties.admin1 ?? department, area_km2: null });
	}
	return Object.fromEntries([...regions].sort(([, a], [, b]) => a.name.localeCompare(b.name)));
}

const cache = new Map<string, PublicDataset>();

export function loadDataset(id = DEFAULT_DATASET): PublicDataset {
	const cached = cache.get(id);
	if (cached) return cached;
	const folder = datasetFolderById().get(id);
	if (!folder) throw new Error(`No dataset "${id}" under ${DATA_ROOT}/`);
	const read = readDatasetFolder(folder);
	const departments = readDepartments();
	const result = checkDataset(read, departments);
	const problems = [...read.readProblems, ...result.problems];
	if (problems.length > 0 || !result.meta) {
		throw new Error(`Invalid data in ${folder}:\n${problems.join('\n')}`);
	}
	const boliviaBoundaries = result.meta.boundaries === 'bolivia';
	const cities = boliviaBoundaries
		? citiesFromPlaces(places as unknown as Parameters<typeof citiesFromPlaces>[0])
		: [];
	const dataset = toPublicDataset(
		result.meta,
		result.features,
		regionsOf(result.meta.boundaries, departments, result.features),
		cities
	);
	cache.set(id, dataset);
	return dataset;
}
