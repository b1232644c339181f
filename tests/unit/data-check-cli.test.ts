import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['scripts/data-check.ts', ...args], { encoding: 'utf8' });

describe('npm run data:check', () => {
	it('passes on the datasets in data/geojson/', () => {
		const result = run();
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/bolivia-2019: ok, \d+ features/);
		expect(result.status).toBe(0);
	});

	it('exits 1 with file, feature, field and reason on bad data', () => {
		const result = run('tests/fixtures/datasets/bad-coordinates');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			"tests/fixtures/datasets/bad-coordinates/events.geojson: feature paris-2019-11-19: geometry.coordinates: [2.35, 48.85] is outside the dataset's area"
		);
	});
});
