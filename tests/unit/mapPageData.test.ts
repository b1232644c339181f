import { describe, expect, it } from 'vitest';
import { mapPageData } from '../../src/lib/server/mapPage.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';

describe("the map page's data", () => {
	const full = loadDataset();
	const before = JSON.stringify(full);
	const page = mapPageData(full.meta.id, 'es');

	it('carries the reported totals and every feature, not what only other pages read', () => {
		expect(full.meta.sources.length).toBeGreaterThan(0);
		expect(full.meta.blockades_unlocated.length).toBeGreaterThan(0);
		expect(page.dataset.meta.sources).toEqual([]);
		expect(page.dataset.meta.blockades_unlocated).toEqual([]);
		// The totals whole but for their quotes (the claims and about pages show those).
		expect(full.meta.reported_totals.some((t) => t.quote)).toBe(true);
		expect(page.dataset.meta.reported_totals).toEqual(
			full.meta.reported_totals.map((t) => {
				const copy = { ...t };
				delete copy.quote;
				return copy;
			})
		);
		expect(page.dataset.features.map((f) => f.properties.id)).toEqual(
			full.features.map((f) => f.properties.id)
		);
	});

	it('leaves the loaded dataset (shared by every page) as it was', () => {
		expect(JSON.stringify(loadDataset())).toBe(before);
	});
});
