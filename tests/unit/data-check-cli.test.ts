import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

	it('prints every warning down a pipe, and the count after them', () => {
		// 60 ACLED blockades at one place on one day: 1,770 look-alike pairs, far more than a
		// pipe holds. process.exit() used to cut them short (709 of 8,232 at 50,000 rows).
		const folder = mkdtempSync(join(tmpdir(), 'cabildo-warnings-'));
		try {
			const sample = 'tests/fixtures/site-datasets/acled-sample';
			const meta = JSON.parse(readFileSync(`${sample}/dataset.json`, 'utf8'));
			const [blockade] = JSON.parse(
				readFileSync(`${sample}/events.geojson`, 'utf8')
			).features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'blockade');
			const features = Array.from({ length: 60 }, (_, i) => {
				const properties = { ...blockade.properties, id: `xxx${9000 + i}` };
				delete properties.imported;
				return { ...blockade, properties };
			});
			delete meta.imported_columns;
			writeFileSync(
				join(folder, 'dataset.json'),
				JSON.stringify({ ...meta, blockades_located: 60 })
			);
			writeFileSync(
				join(folder, 'events.geojson'),
				JSON.stringify({ type: 'FeatureCollection', features })
			);
			const result = run(folder);
			expect(result.status, result.stderr.slice(-500)).toBe(0);
			const warnings = result.stderr.split('\n').filter((l) => l.startsWith('warning: '));
			expect(warnings).toHaveLength((60 * 59) / 2);
			expect(result.stderr).toContain(`${folder}: 1770 warning(s): possible duplicates to review`);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
