// The build checks each dataset once, with every rule data:check applies: a problem only the
// gazetteer finds stops the data build too, and both report the same lines.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetFolder } from '../../src/lib/pipeline/checkFolder.ts';
import { buildDataset } from '../../src/lib/pipeline/buildData.ts';
import { tempFolder } from './tempFolder.ts';

const temp = tempFolder('check-folder');

describe('the one check', () => {
	it('stops the data build on a problem only the gazetteer finds, with data:check’s line', () => {
		const folder = join(temp, 'bolivia');
		cpSync('data/geojson/bolivia-2019', folder, { recursive: true });
		const path = join(folder, 'events.geojson');
		const events = JSON.parse(readFileSync(path, 'utf8'));
		const senkata = events.features.find(
			(f: { properties: { id: string } }) => f.properties.id === 'senkata-2019-11-19'
		);
		// Named after a town 14 km from where it stands: the schema is content, the gazetteer is not.
		senkata.properties.place = { name: 'Montero', alt_names: [] };
		senkata.geometry.coordinates = [-63.38333, -17.33333];
		writeFileSync(path, JSON.stringify(events));

		const checked = checkDatasetFolder(folder);
		const line = checked.problems.find((p) => p.includes('from Montero'));
		expect(line).toMatch(/feature senkata-2019-11-19: location: lies [\d.]+ km from Montero/);
		expect(checked.notes).toEqual([`${folder}: no git history here: deleted records not checked`]);
		expect(() => buildDataset(folder)).toThrow(line!);
	});

	it('passes the default dataset as it is, with nothing left unchecked but what git cannot say', () => {
		const checked = checkDatasetFolder('data/geojson/bolivia-2019');
		expect(checked.problems).toEqual([]);
		expect(checked.regionMatch).toBeNull();
	});
});
