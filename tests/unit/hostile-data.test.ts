import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDatasetFolder, readDepartments } from '../../src/lib/pipeline/readDataset.ts';

describe('a hostile dataset', () => {
	const read = readDatasetFolder('tests/fixtures/datasets/hostile');
	const { problems, features } = checkDataset(read, readDepartments());
	const file = 'tests/fixtures/datasets/hostile/events.geojson';

	it.each([
		['html-in-title', 'properties.title.es: must be plain text (no < or >)'],
		['javascript-url', 'properties.sources[0].url: must be an absolute http(s) URL'],
		['data-url', 'properties.sources[0].url: must be an absolute http(s) URL'],
		['outside-bolivia', "geometry.coordinates: [-77.04, -12.05] is outside the dataset's area"],
		['swapped-lat-lng', '(longitude and latitude look swapped)'],
		['date-outside', "date.start: 2020-01-15 is outside the dataset's period"],
		['duplicate-id', 'id: duplicates an id already used in'],
		['gigantic-string', 'properties.description.es: is longer than 2000 characters'],
		['deep-nesting', 'properties: Unrecognized key: "extra"']
	])('%s is refused with a clear line', (id, message) => {
		const lines = problems.filter((l) => l.startsWith(`${file}: feature ${id}: `));
		expect(
			lines.some((l) => l.includes(message)),
			problems.join('\n')
		).toBe(true);
	});

	it('gives one line per problem, keeps every line short, and accepts none of the bad features', () => {
		for (const line of problems) expect(line.length).toBeLessThan(400);
		expect(features.map((f) => f.feature.properties.id)).toEqual(['duplicate-id']);
	});
});
