import { describe, expect, it } from 'vitest';
import {
	detailsChunk,
	splitDetails,
	summaryFeatures,
	withDetails
} from '../../src/lib/data/featureDetails.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';

const bolivia = loadDataset().features;

describe('summaries and details', () => {
	it('give every Bolivia feature back whole, without changing the input', () => {
		const before = JSON.stringify(bolivia);
		for (const f of bolivia) {
			const { summary, details } = splitDetails(f.properties, 3);
			expect(summary.details).toBe(3);
			expect(withDetails({ ...f, properties: summary }, details)).toEqual(f);
		}
		expect(JSON.stringify(bolivia)).toBe(before);
	});

	it('leave descriptions, context, notes and quotes out of the summaries, figures in', () => {
		const summaries = JSON.stringify(summaryFeatures(bolivia, 1000));
		for (const left of ['"quote"', '"note"', '"context"', bolivia[0].properties.description.es])
			expect(summaries).not.toContain(left);
		const senkata = summaryFeatures(bolivia, 1000).find(
			(f) => f.properties.id === 'senkata-2019-11-19'
		)!;
		const full = bolivia.find((f) => f.properties.id === 'senkata-2019-11-19')!;
		expect(senkata.properties.casualties?.dead?.map((d) => d.value)).toEqual(
			full.properties.casualties?.dead?.map((d) => d.value)
		);
		// The figures keep their sources' addresses; the list of sources waits with the details.
		expect(senkata.properties.casualties?.dead?.map((d) => d.source)).toEqual(
			full.properties.casualties?.dead?.map((d) => d.source)
		);
		for (const summary of summaryFeatures(bolivia, 1000)) {
			expect(summary.properties.sources).toEqual([]);
			expect(summary.properties.place.alt_names).toEqual([]);
			expect(summary.properties.location.source.url).toBe('');
		}
		expect(splitDetails(full.properties, 0).details.sources).toBe(full.properties.sources);
		expect(senkata.properties.location.radius_m).toBe(full.properties.location.radius_m);
	});

	it('put each feature in the details file its summary names', () => {
		const size = 25;
		const summaries = summaryFeatures(bolivia, size);
		const files = Array.from({ length: Math.ceil(bolivia.length / size) }, (_, k) =>
			detailsChunk(bolivia, k, size)
		);
		summaries.forEach((s, i) => {
			const details = files[s.properties.details!][s.properties.id];
			expect(withDetails(s, details)).toEqual(bolivia[i]);
		});
	});

	it('carry no field in the details that the summary has whole', () => {
		for (const f of bolivia) {
			const { details } = splitDetails(f.properties, 0);
			// The location always (its source), the place only where it has other names.
			expect(details.location).toBe(f.properties.location);
			if (details.place) expect(f.properties.place.alt_names.length).toBeGreaterThan(0);
			if (details.reported_count)
				expect(f.properties.reported_count!.some((c) => c.note || c.quote)).toBe(true);
		}
	});
});
