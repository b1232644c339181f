// Loads a dataset from disk at prerender time: read → check → assign departments → public data.
import { checkDataset } from '../data/check.ts';
import { readDatasetFolder, readDepartments } from '../data/readDataset.ts';
import { toPublicDataset, type PublicDataset } from '../data/publicData.ts';
import { citiesFromPlaces } from '../geo/context.ts';
import places from '#data/boundaries/places.geojson';

const cache = new Map<string, PublicDataset>();

export function loadDataset(folder = 'data/geojson/bolivia-2019'): PublicDataset {
	const cached = cache.get(folder);
	if (cached) return cached;
	const departments = readDepartments();
	const read = readDatasetFolder(folder);
	const result = checkDataset(read, departments);
	const problems = [...read.readProblems, ...result.problems];
	if (problems.length > 0 || !result.meta) {
		throw new Error(`Invalid data in ${folder}:\n${problems.join('\n')}`);
	}
	const info = Object.fromEntries(
		departments.features.map((d) => [
			d.properties.iso_3166_2,
			{ name: d.properties.name, area_km2: d.properties.area_km2 }
		])
	);
	const cities = citiesFromPlaces(places as unknown as Parameters<typeof citiesFromPlaces>[0]);
	const dataset = toPublicDataset(result.meta, result.features, info, cities);
	cache.set(folder, dataset);
	return dataset;
}
