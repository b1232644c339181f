import { describe, expect, it } from 'vitest';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { groupFeatureIndex } from '../../src/lib/geo/groupedIndex.ts';
import { aggregateByRegion, countsPerDay } from '../../src/lib/geo/aggregates.ts';
import { decodeIndex, encodeIndex, numberedIds } from '../../src/lib/geo/indexFile.ts';
import { gzipSync } from 'node:zlib';
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

	it('round-trips ids that are a prefix and a number, stored as numbers: a smaller file', () => {
		const features = synthetic(2000);
		const index = buildFeatureIndex(features, DEPARTMENTS);
		expect(numberedIds(index.ids)?.prefixes).toEqual(['synthetic-']);
		const asNumbers = encodeIndex(index);
		expect({ ...decodeIndex(asNumbers.slice().buffer) }).toEqual({ ...index });
		// The same ids with one that breaks the pattern are stored as they are.
		const renamed = { ...index, ids: [...index.ids.slice(0, -1), 'synthetic-x'] };
		const asText = encodeIndex(renamed);
		expect({ ...decodeIndex(asText.slice().buffer) }).toEqual({ ...renamed });
		expect(gzipSync(asNumbers).length).toBeLessThan(gzipSync(asText).length - 2000);
	});

	it('stores kind and layer in one byte when both fit, apart when not', () => {
		const index = buildFeatureIndex(synthetic(300), DEPARTMENTS);
		const odd = { ...index, layer: index.layer.map((v, i) => (i === 7 ? 200 : v)) };
		for (const each of [index, odd]) {
			const bytes = encodeIndex(each);
			expect({ ...decodeIndex(bytes.slice().buffer) }).toEqual({ ...each });
		}
		const header = (bytes: Uint8Array) =>
			new TextDecoder().decode(
				bytes.subarray(8, 8 + new DataView(bytes.buffer).getUint32(4, true))
			);
		expect(header(encodeIndex(index))).toContain('"kindLayer"');
		expect(header(encodeIndex(odd))).not.toContain('"kindLayer"');
	});

	it('takes ids for a prefix and a number only when each gives its id back', () => {
		const bol = Array.from({ length: 14 }, (_, i) => `BOL${i + 1}`);
		const cases: [string[], [string, number][] | null][] = [
			[
				[...bol, 'CHL0', 'CHL103'],
				[...bol.map((_, i) => ['BOL', i + 1] as [string, number]), ['CHL', 0], ['CHL', 103]]
			],
			[
				['synthetic-10', 'synthetic-9'],
				[
					['synthetic-', 10],
					['synthetic-', 9]
				]
			],
			[
				['12', '3'],
				[
					['', 12],
					['', 3]
				]
			],
			[[...bol, 'CHL0', 'PER1'], null],
			[['BOL012', 'BOL1'], null],
			[['BOL1', 'BOL'], null],
			[['BOL1', 'BOL1a'], null],
			[['BOL1', 'BOL12345678901'], null],
			[['senkata-2019-11-19', 'sacaba-2019-11-15'], null],
			[[], null]
		];
		for (const [ids, expected] of cases) {
			const found = numberedIds(ids);
			const pairs = found && ids.map((_, i) => [found.prefixes[found.prefix[i]], found.numbers[i]]);
			expect(pairs, ids.slice(0, 4).join()).toEqual(expected);
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
