import { describe, expect, it } from 'vitest';
import { conservativeFigure, figureLow } from '../../src/lib/data/figures.ts';
import { readDatasetFolder } from '../../src/lib/pipeline/readDataset.ts';
import { CASUALTY_MEASURES, type EventFeature, type Figure } from '../../src/lib/data/schema.ts';

const SRC = 'https://example.org/a';
const LATER = 'https://example.org/b';

describe('conservativeFigure', () => {
	it('is the lowest figure that no later count replaced', () => {
		const figures: Figure[] = [
			{ value: 3, source: SRC, interim: { superseded_by: LATER } },
			{ value: 10, source: LATER },
			{ min: 9, source: 'https://example.org/c' }
		];
		expect(conservativeFigure(figures)).toBe(9);
	});

	it('is null without figures', () => {
		expect(conservativeFigure([])).toBeNull();
		expect(conservativeFigure(undefined)).toBeNull();
	});
});

describe('the Bolivia 2019 data', () => {
	const read = readDatasetFolder('data/geojson/bolivia-2019');
	const features = read.files.flatMap((f) => (f.json as { features: EventFeature[] }).features);

	it('never chooses an interim count as an event’s conservative figure', () => {
		let interim = 0;
		for (const f of features)
			for (const m of CASUALTY_MEASURES) {
				const figures = f.properties.casualties?.[m] ?? [];
				if (figures.length === 0) continue;
				const low = conservativeFigure(figures);
				interim += figures.filter((x) => x.interim).length;
				const chosen = figures.filter((x) => figureLow(x) === low);
				expect(
					chosen.some((x) => !x.interim),
					`${f.properties.id} ${m}: ${low}`
				).toBe(true);
			}
		expect(interim).toBeGreaterThan(5);
	});

	it('sums to a dead count inside the range of the national totals that stand', () => {
		const mapped = features.reduce(
			(n, f) => n + (conservativeFigure(f.properties.casualties?.dead) ?? 0),
			0
		);
		const meta = read.meta as {
			reported_totals: {
				measure: string;
				scope: string;
				value?: number;
				min?: number;
				interim?: unknown;
			}[];
		};
		const national = meta.reported_totals
			.filter((t) => t.measure === 'dead' && t.scope === 'BO' && !t.interim)
			.map((t) => t.value ?? t.min!);
		expect(mapped).toBeGreaterThanOrEqual(Math.min(...national));
		expect(mapped).toBeLessThanOrEqual(Math.max(...national));
	});
});
