import { describe, expect, it } from 'vitest';
import { packFeatures, unpackFeatures } from '../../src/lib/data/packedFeatures.ts';
import { detailsChunk, withDetails } from '../../src/lib/data/featureDetails.ts';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { seededRandom, syntheticFeatures } from '../../src/lib/pipeline/synthetic.ts';

describe('packed features', () => {
	const bolivia = loadDataset().features;

	it('round-trips the Bolivia dataset exactly (figures, counts, every source)', () => {
		const before = JSON.stringify(bolivia);
		const packed = packFeatures(bolivia);
		expect(JSON.stringify(bolivia)).toBe(before);
		const back = unpackFeatures(JSON.parse(JSON.stringify(packed)));
		expect(back).toEqual(bolivia);
		// Shared sources are stored once.
		const distinct = new Set(
			bolivia.flatMap((f) => [
				...f.properties.sources.map((s) => JSON.stringify(s)),
				JSON.stringify(f.properties.location.source)
			])
		);
		expect(packed.sources).toHaveLength(distinct.size);
	});

	it('shrinks a large synthetic set to well under three quarters of its size', () => {
		const random = seededRandom(1);
		const positions = Array.from(
			{ length: 2000 },
			() => [-66 + random(), -17 + random()] as [number, number]
		);
		const features = syntheticFeatures(
			positions,
			positions.map(() => 'BO-C'),
			{ start: '2019-10-20', end: '2019-11-30' },
			random
		);
		const plain = JSON.stringify(features).length;
		const packed = JSON.stringify(packFeatures(features));
		expect(packed.length).toBeLessThan(plain * 0.75);
		expect(unpackFeatures(JSON.parse(packed))).toEqual(features);
	});

	it('refuses malformed payloads with a clear error', () => {
		expect(() => unpackFeatures(null)).toThrow('not a packed list of features');
		expect(() => unpackFeatures([1, 2])).toThrow('not a packed list of features');
		const packed = JSON.parse(JSON.stringify(packFeatures(bolivia.slice(0, 1))));
		packed.features[0].properties.sources = [99];
		expect(() => unpackFeatures(packed)).toThrow('unknown source reference 99');
	});
});

describe('details files', () => {
	const bolivia = loadDataset().features;

	it('leave descriptions, context, notes and quotes out of the download, and give them back by chunk', () => {
		const size = 20;
		const packed = JSON.parse(JSON.stringify(packFeatures(bolivia, { detailsChunkSize: size })));
		const lite = unpackFeatures(packed);
		expect(JSON.stringify(packed)).not.toContain(bolivia[0].properties.description.en);
		lite.forEach((f, i) => {
			expect(f.properties.details).toBe(Math.floor(i / size));
			expect(f.properties.description).toEqual({ es: '', en: '' });
			expect(f.properties.context).toBeUndefined();
			expect(f.properties.location.note).toBeUndefined();
		});
		expect(JSON.stringify(packed)).not.toContain('"quote"');
		const chunks = Array.from({ length: Math.ceil(bolivia.length / size) }, (_, k) =>
			detailsChunk(bolivia, k, size)
		);
		expect(chunks.reduce((n, c) => n + Object.keys(c).length, 0)).toBe(bolivia.length);
		const full = lite.map((f) => withDetails(f, chunks[f.properties.details!][f.properties.id]));
		expect(full).toEqual(bolivia);
	});
});
