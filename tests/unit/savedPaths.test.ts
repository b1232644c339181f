import { describe, expect, it } from 'vitest';
import { isOtherDatasetPath } from '../../src/lib/offline/savedPaths.ts';

describe('what "Save for offline use" keeps', () => {
	it.each([
		['/', false],
		['/en/events/senkata-2019-11-19/', false],
		['/d/bolivia-2019/details/0.json', false],
		['/downloads/bolivia-2019.csv', false],
		['/d/acled-sample/', true],
		['/en/d/acled-sample/data/', true],
		['/d/acled-sample/details/0.json', true],
		['/d/bolivia-2019-extra/details/0.json', true],
		['/downloads/acled-sample.geojson', true]
	])('%s is another dataset’s: %s', (path, other) => {
		expect(isOtherDatasetPath(path)).toBe(other);
	});
});
