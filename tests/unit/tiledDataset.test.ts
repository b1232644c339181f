import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { writeGeneratedData } from '../../src/lib/pipeline/buildData.ts';
import { readGeneratedDataset } from '../../src/lib/pipeline/generatedFiles.ts';
import { readFeatureLines } from '../../src/lib/pipeline/readDataset.ts';
import { readIndexFile } from '../../src/lib/geo/indexFile.ts';
import { aggregateByRegion } from '../../src/lib/geo/aggregates.ts';
import { buildFeatureIndex } from '../../src/lib/geo/featureIndex.ts';
import { dayNumber } from '../../src/lib/geo/days.ts';
import { LAYER_IDS } from '../../src/lib/domain/layers.ts';
import { featureFileOf, tiledDataFiles, TILE_MAX_ZOOM } from '../../src/lib/data/tiledData.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import { CSV_COLUMNS } from '../../src/lib/data/downloads.ts';
import { conservativeFigure } from '../../src/lib/data/figures.ts';
import { tempFolder } from './tempFolder.ts';

const COUNT = 1500;
const root = tempFolder('tiled');
const out = tempFolder('tiled-out');
const staticDir = tempFolder('tiled-static');
const id = 'synthetic-tiled';
const dir = join(staticDir, 'd', id);
let extra: string | undefined;

const memorySource = (bytes: Uint8Array): Source => ({
	getKey: () => 'memory',
	getBytes: async (offset, length) => ({
		data: Uint8Array.prototype.slice.call(bytes, offset, offset + length).buffer
	})
});

beforeAll(() => {
	// The generator as a user runs it (it writes one feature per line).
	execFileSync(process.execPath, [
		'scripts/data-synthetic.ts',
		'--count',
		String(COUNT),
		'--out',
		join(root, id),
		'--tiles'
	]);
	extra = process.env.CABILDO_EXTRA_DATASETS;
	process.env.CABILDO_EXTRA_DATASETS = root;
	writeGeneratedData(out, staticDir);
});
afterAll(() => {
	if (extra === undefined) delete process.env.CABILDO_EXTRA_DATASETS;
	else process.env.CABILDO_EXTRA_DATASETS = extra;
});

/** The features as the data build enriched them, read back from the GeoJSON download. */
const published = () =>
	readFeatureLines(join(staticDir, 'downloads', `${id}.geojson`)).features as PublicFeature[];

describe('a tiled dataset (delivery: "tiles")', () => {
	it('keeps no features in the generated JSON the prerender reads', () => {
		const dataset = readGeneratedDataset(id, out);
		expect(dataset.features).toEqual([]);
		expect(dataset.meta.delivery).toBe('tiles');
	});

	it('writes a PMTiles archive whose lowest tiles count every event once, with their dead', async () => {
		const archive = new PMTiles(memorySource(readFileSync(join(dir, 'events.pmtiles'))));
		const header = await archive.getHeader();
		expect(header.maxZoom).toBe(TILE_MAX_ZOOM);
		const features = published();
		const dead = features.reduce(
			(n, f) => n + (conservativeFigure(f.properties.casualties?.dead) ?? 0),
			0
		);
		// Bolivia lies in one tile at zoom 0 and zoom 1.
		for (const [z, x, y] of [
			[0, 0, 0],
			[1, 0, 1]
		]) {
			const tile = await archive.getZxy(z, x, y);
			const layer = new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers.events;
			let count = 0;
			let summedDead = 0;
			for (let i = 0; i < layer.length; i++) {
				const p = layer.feature(i).properties;
				count += p.cluster ? Number(p.point_count) : 1;
				summedDead += Number(p.dead);
			}
			expect(count).toBe(COUNT);
			expect(summedDead).toBe(dead);
		}
	});

	it('writes a gzipped summary whose totals are those of the full features', async () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'summary.bin')));
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
		const summary = await readIndexFile(bytes.buffer);
		const { departments, meta } = readGeneratedDataset(id, out);
		const full = buildFeatureIndex(published(), Object.keys(departments));
		const from = dayNumber(meta.period.start);
		for (const to of [from, from + 10, dayNumber(meta.period.end)])
			expect(aggregateByRegion(summary, { from, to, layers: LAYER_IDS })).toEqual(
				aggregateByRegion(full, { from, to, layers: LAYER_IDS })
			);
	});

	it('puts each record in the features file its id hashes to', () => {
		const { featureFiles } = tiledDataFiles(id, COUNT);
		expect(readdirSync(join(dir, 'features'))).toHaveLength(featureFiles);
		for (const f of published().slice(0, 50)) {
			const k = featureFileOf(f.properties.id, featureFiles);
			const file = JSON.parse(readFileSync(join(dir, 'features', `${k}.json`), 'utf8'));
			expect(file[f.properties.id]).toEqual(f);
		}
	});

	it('writes both downloads whole', () => {
		expect(published()).toHaveLength(COUNT);
		const csv = readFileSync(join(staticDir, 'downloads', `${id}.csv`), 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(csv).toHaveLength(COUNT + 1);
		expect(csv[0]).toBe(CSV_COLUMNS.map(([name]) => name).join(','));
	});
});
