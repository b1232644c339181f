import { describe, expect, it } from 'vitest';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { groupFeatureIndex } from '../../src/lib/geo/groupedIndex.ts';
import { aggregateByRegion, countsPerDay } from '../../src/lib/geo/aggregates.ts';
import { decodeIndex, encodeIndex } from '../../src/lib/geo/indexFile.ts';
import { seededRandom, syntheticFeatures } from '../../src/lib/pipeline/synthetic.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { dayNumber } from '../../src/lib/geo/days.ts';
import { LAYER_IDS } from '../../src/lib/domain/layers.ts';

const PERIOD = { start: '2019-10-20', end: '2019-11-30' };
const DEPARTMENTS = ['BO-L', 'BO-C', 'BO-O'];

function synthetic(n: number) {
	const random = seededRandom(7);
	const positions = Array.from(
		{ length: n },
		() => [-66 + random(), -17 + random()] as [number, number]
	);
	return syntheticFeatures(
		positions,
		positions.map((_, i) => DEPARTMENTS[i % 3]),
		PERIOD,
		random
	);
}

/** Every window of a few lengths and every single-layer and all-layer filter. */
function filters() {
	const first = dayNumber(PERIOD.start);
	const last = dayNumber(PERIOD.end);
	const layerSets = [[...LAYER_IDS], ...LAYER_IDS.map((l) => [l])];
	const out = [];
	for (let from = first; from <= last; from += 5)
		for (const length of [0, 3, 50])
			for (const layers of layerSets) out.push({ from, to: Math.min(last, from + length), layers });
	return out;
}

describe('groupFeatureIndex', () => {
	it('gives the totals and daily counts of the full index, in fewer rows', () => {
		const full = buildFeatureIndex(synthetic(3000), DEPARTMENTS);
		const grouped = groupFeatureIndex(full);
		expect(grouped.size).toBeLessThan(full.size * 0.7);
		for (const filter of filters())
			expect(aggregateByRegion(grouped, filter)).toEqual(aggregateByRegion(full, filter));
		const first = dayNumber(PERIOD.start);
		const last = dayNumber(PERIOD.end);
		expect(countsPerDay(grouped, first, last, LAYER_IDS)).toEqual(
			countsPerDay(full, first, last, LAYER_IDS)
		);
	});

	it('keeps features that relate to others (part_of, section counts) on rows of their own', () => {
		const { features, departments } = loadDataset('bolivia-2019');
		const full = buildFeatureIndex(features, Object.keys(departments));
		const grouped = groupFeatureIndex(full);
		expect(full.parent.some((p) => p >= 0)).toBe(true);
		expect(grouped.parent.filter((p) => p >= 0).length).toBe(
			full.parent.filter((p) => p >= 0).length
		);
		for (const filter of filters())
			expect(aggregateByRegion(grouped, filter)).toEqual(aggregateByRegion(full, filter));
	});

	it('does not modify its input and refuses an index already grouped', () => {
		const full = buildFeatureIndex(synthetic(200), DEPARTMENTS);
		const before = structuredClone(full);
		const grouped = groupFeatureIndex(full);
		expect(full).toEqual(before);
		expect(() => groupFeatureIndex(grouped)).toThrow(/already grouped/);
	});
});

describe('encodeIndex / decodeIndex', () => {
	it('round-trips a grouped and a plain index', () => {
		for (const index of [
			groupFeatureIndex(buildFeatureIndex(synthetic(500), DEPARTMENTS)),
			buildFeatureIndex(
				loadDataset('bolivia-2019').features,
				Object.keys(loadDataset('bolivia-2019').departments)
			)
		]) {
			const bytes = encodeIndex(index);
			const decoded = decodeIndex(bytes.slice().buffer);
			expect({ ...decoded }).toEqual({ ...index });
		}
	});

	it('refuses a file that is not an index, or is cut short', () => {
		expect(() => decodeIndex(new TextEncoder().encode('{"type":"x"}').buffer)).toThrow(
			/not a Cabildo index/
		);
		const bytes = encodeIndex(buildFeatureIndex(synthetic(100), DEPARTMENTS));
		expect(() => decodeIndex(bytes.slice(0, bytes.length - 40).buffer)).toThrow(/cut short/);
	});
});

describe('readIndexFile', () => {
	it('reads the summary gzipped (as the data build writes it) or as it is', async () => {
		const { gzipSync } = await import('node:zlib');
		const { readIndexFile } = await import('../../src/lib/geo/indexFile.ts');
		const index = groupFeatureIndex(buildFeatureIndex(synthetic(300), DEPARTMENTS));
		const bytes = encodeIndex(index);
		const zipped = new Uint8Array(gzipSync(bytes));
		expect(zipped.length).toBeLessThan(bytes.length / 2);
		expect({ ...(await readIndexFile(zipped.buffer)) }).toEqual({ ...index });
		expect({ ...(await readIndexFile(bytes.slice().buffer)) }).toEqual({ ...index });
	});
});
