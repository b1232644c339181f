// A fetched dataset's rows file and titles files (geo/eventRows.ts): what the page reads from them
// is what it would read from the features themselves: the same index, titles, first days and
// positions, and the same map points and uncertainty circles (map/eventLayers.ts).
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import {
	checkedTitles,
	compactRows,
	decodeRows,
	encodeRows,
	rowTitles,
	rowsOfColumns,
	rowsOfFeatures,
	type EventRows
} from '../../src/lib/geo/eventRows.ts';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { decodeIndex, encodeIndex } from '../../src/lib/geo/indexFile.ts';
import { eventSourcesData, rowsSourcesData } from '../../src/lib/map/eventLayers.ts';
import { seededRandom, syntheticFeatures } from '../../src/lib/pipeline/synthetic.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';

const bolivia = loadDataset();
const departments = Object.keys(bolivia.departments);

/** The rows as a page holds them after the files' round trip (a copy of their bytes). */
function roundTrip(features: readonly PublicFeature[]): EventRows {
	const bytes = encodeRows(features, departments);
	const titles = (lang: 'es' | 'en') => JSON.parse(JSON.stringify(rowTitles(features, lang)));
	return rowsOfColumns(decodeRows(bytes.slice().buffer), { es: titles('es'), en: titles('en') });
}

function expectSameRows(a: EventRows, b: EventRows, lines: number) {
	const n = a.index.size;
	expect(b.index.size).toBe(n);
	for (let i = 0; i < n; i++) {
		const id = a.index.ids[i];
		expect([b.index.ids[i], b.rowOf(id)]).toEqual([id, i]);
		expect(b.title(i, 'es')).toBe(a.title(i, 'es'));
		expect(b.title(i, 'en')).toBe(a.title(i, 'en'));
		expect(b.start(i)).toBe(a.start(i));
		expect(b.position(i)).toEqual(a.position(i));
		expect(b.isPoint(i)).toBe(a.isPoint(i));
		expect([b.approximate(i), b.radius(i)]).toEqual([a.approximate(i), a.radius(i)]);
	}
	expect(a.index.ids.filter((_, i) => !a.isPoint(i))).toHaveLength(lines);
	expect(b.rowOf('no-such-event')).toBe(-1);
}

describe('the rows file', () => {
	it('gives back every row of the Bolivia dataset: index, titles, days and positions', () => {
		const features = bolivia.features;
		const inline = rowsOfFeatures(features, buildFeatureIndex(features, departments));
		const fetched = roundTrip(features);
		const lines = features.filter((f) => f.geometry.type !== 'Point').length;
		expect(lines).toBeGreaterThan(0);
		expectSameRows(inline, fetched, lines);
		expect({ ...fetched.index, ids: [] }).toEqual({ ...inline.index, ids: [] });
	});

	it('makes the same map points and uncertainty circles as the features do', () => {
		for (const features of [bolivia.features, synthetic(3000)]) {
			const period = bolivia.meta.period;
			const fromFeatures = eventSourcesData(features, period);
			const fromRows = rowsSourcesData(roundTrip(features), period);
			expect(fromRows.points).toEqual(fromFeatures.points);
			expect(fromRows.uncertainty).toEqual(fromFeatures.uncertainty);
			expect(fromRows.lines.features).toEqual([]);
		}
	});

	it('stores positions at the coarsest scale that gives each back exactly', () => {
		const base = synthetic(200);
		for (const [decimals, scale] of [
			[4, 1e5],
			[5, 1e5],
			[6, 1e6],
			[7, 1e7]
		]) {
			const shifted = (f: PublicFeature): [number, number] => {
				const [lon, lat] = f.geometry.coordinates as [number, number];
				return [Number(lon.toFixed(decimals)), Number((lat + 3e-7).toFixed(decimals))];
			};
			const features: PublicFeature[] = base.map((f) => ({
				...f,
				geometry: { type: 'Point', coordinates: shifted(f) }
			}));
			const columns = decodeRows(encodeRows(features, departments).slice().buffer);
			expect(columns.scale, `${decimals} decimals`).toBe(scale);
			const rows = rowsOfColumns(columns, {});
			features.forEach((f, i) => expect(rows.position(i)).toEqual(f.geometry.coordinates));
		}
	});

	it('refuses a file that is not one', () => {
		expect(() => decodeRows(new ArrayBuffer(16))).toThrow(/not a Cabildo index/);
	});

	it('leaves the titles to a file per language; a language not read yet gives the other', () => {
		const features = bolivia.features;
		const text = new TextDecoder().decode(encodeRows(features, departments));
		for (const f of features.slice(0, 10)) {
			expect(text).not.toContain(JSON.stringify(f.properties.title.es));
			expect(text).not.toContain(JSON.stringify(f.properties.title.en));
		}
		const columns = decodeRows(encodeRows(features, departments).slice().buffer);
		const spanishOnly = rowsOfColumns(columns, { es: rowTitles(features, 'es') });
		const both = rowsOfColumns(columns, {
			es: rowTitles(features, 'es'),
			en: rowTitles(features, 'en')
		});
		const differ = features.findIndex((f) => f.properties.title.es !== f.properties.title.en);
		expect(differ).toBeGreaterThanOrEqual(0);
		const { es, en } = features[differ].properties.title;
		expect([spanishOnly.title(differ, 'es'), spanishOnly.title(differ, 'en')]).toEqual([es, es]);
		expect([both.title(differ, 'es'), both.title(differ, 'en')]).toEqual([es, en]);
		expect(rowsOfColumns(columns, {}).title(differ, 'en')).toBe('');
	});

	it('checks a titles file against its rows, naming the file', () => {
		const url = '/d/x/titles/en.json';
		expect(checkedTitles(['a', 'b'], 2, url)).toEqual(['a', 'b']);
		for (const bad of [['a'], ['a', 'b', 'c'], ['a', 2], { 0: 'a', 1: 'b' }, null])
			expect(() => checkedTitles(bad, 2, url), JSON.stringify(bad)).toThrow(
				'/d/x/titles/en.json: not a title for each of the 2 rows'
			);
	});
});

/** Seeded synthetic events with 6-decimal positions across Bolivia's box. */
function synthetic(count: number): PublicFeature[] {
	const random = seededRandom(7);
	const at = (low: number, high: number) => Number((low + random() * (high - low)).toFixed(6));
	const positions = Array.from(
		{ length: count },
		() => [at(-69.6, -57.5), at(-22.9, -9.7)] as [number, number]
	);
	const codes = positions.map((_, i) => departments[i % departments.length]);
	return syntheticFeatures(positions, codes, bolivia.meta.period, random);
}

describe('compactRows', () => {
	/** The values of every column, whatever its type. */
	const values = (value: unknown): unknown =>
		ArrayBuffer.isView(value)
			? Array.from(value as Int32Array)
			: value && typeof value === 'object' && !Array.isArray(value)
				? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, values(v)]))
				: value;
	const bytesOf = (group: object): number =>
		Object.values(group).reduce(
			(sum: number, v) =>
				sum + (ArrayBuffer.isView(v) ? v.byteLength : v && typeof v === 'object' ? bytesOf(v) : 0),
			0
		);

	it('copies every column out of the file, into a buffer of its own, values unchanged', () => {
		const file = encodeRows(bolivia.features, departments).slice().buffer;
		const decoded = decodeRows(file);
		const { rows, buffers } = compactRows(decoded);
		expect(values(rows)).toEqual(values(decoded));
		const columns = [
			rows.start,
			rows.x,
			rows.line,
			rows.index.layer,
			rows.index.activeDays,
			rows.index.low.dead,
			rows.index.high.held
		];
		for (const column of columns) {
			expect(column.buffer).not.toBe(file);
			expect(buffers).toContain(column.buffer);
		}
		expect(new Set(buffers).size).toBe(buffers.length);
	});

	it('holds each integer column in the narrowest type its values fit, bytes as bytes', () => {
		const decoded = decodeRows(encodeRows(bolivia.features, departments).slice().buffer);
		const { rows } = compactRows(decoded);
		// Days since 1970 fit 16 bits; coordinates in 1e-5 degrees do not; no parent is -1.
		expect(rows.start).toBeInstanceOf(Int16Array);
		expect(rows.index.first).toBeInstanceOf(Int16Array);
		expect(rows.x).toBeInstanceOf(Int32Array);
		expect(rows.index.parent).toBeInstanceOf(Int8Array);
		expect(rows.index.layer).toBeInstanceOf(Uint8Array);
		expect(rows.line).toBeInstanceOf(Uint8Array);
		expect(bytesOf(rows)).toBeLessThan(bytesOf(decoded) * 0.6);
		// The data build writes such an index back as it read it.
		expect(values(decodeIndex(encodeIndex(rows.index).slice().buffer))).toEqual(
			values(decoded.index)
		);
	});
});
