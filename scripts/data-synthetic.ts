// npm run data:synthetic -- --count 50000 --out data/geojson/synthetic-50k/ [--seed 2019] [--tiles]
// Writes a seeded synthetic dataset (made-up events over Bolivia) for scale tests and benchmarks.
// Such folders are kept out of git (see .gitignore): they are not real data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFeatureLines } from '../src/lib/pipeline/featureLines.ts';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readDepartments, readGazetteer } from '../src/lib/pipeline/readDataset.ts';
import { CENTRE_TOLERANCE_M } from '../src/lib/pipeline/crossChecks.ts';
import {
	nearAnyPlace,
	randomPositionsInside,
	seededRandom,
	syntheticEventFeatures,
	SYNTHETIC_PERIOD,
	SYNTHETIC_SOURCE
} from '../src/lib/pipeline/synthetic.ts';
import { boundsOf } from '../src/lib/geo/bounds.ts';

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '50000' },
		out: { type: 'string' },
		seed: { type: 'string', default: '2019' },
		// Delivered as vector tiles whatever its size (the tiles path, tested on a few thousand).
		tiles: { type: 'boolean', default: false }
	}
});
const count = Number(values.count);
const seed = Number(values.seed);
if (
	!values.out ||
	!Number.isInteger(count) ||
	count < 1 ||
	count > 1_000_000 ||
	!Number.isFinite(seed)
) {
	console.error(
		'usage: npm run data:synthetic -- --count <1..1000000> --out data/geojson/<folder>/ [--seed <n>]'
	);
	process.exit(2);
}

const id = basename(values.out.replace(/\/+$/, ''));
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
	console.error(
		`data:synthetic: the folder name "${id}" must be a lowercase slug (it is the dataset id)`
	);
	process.exit(2);
}

const departments = readDepartments();
const random = seededRandom(seed);
// Clear of every town's centre (with a margin), where data:check wants a site to name the town.
const onATownCentre = nearAnyPlace(readGazetteer(), 2 * CENTRE_TOLERANCE_M);
const positions = randomPositionsInside(
	count,
	departments,
	boundsOf(departments),
	random,
	onATownCentre
);
const features = syntheticEventFeatures(positions, SYNTHETIC_PERIOD, random);
const blockades = features.filter((f) => f.properties.kind === 'blockade').length;
const n = count.toLocaleString('en');
const meta = {
	id,
	title: {
		es: `Datos sintéticos: ${count.toLocaleString('es')} eventos inventados`,
		en: `Synthetic data: ${n} made-up events`
	},
	description: {
		es: `Eventos inventados al azar (semilla ${seed}) sobre Bolivia, para medir la velocidad del mapa. No son hechos reales.`,
		en: `Events made up at random (seed ${seed}) over Bolivia, to measure the map's speed. They are not real events.`
	},
	period: SYNTHETIC_PERIOD,
	bbox: [-69.7, -23.0, -57.4, -9.6],
	regions: { polygons: 'bolivia-departments' },
	...(values.tiles ? { delivery: 'tiles' } : {}),
	licence: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
	last_reviewed: new Date().toISOString().slice(0, 10),
	files: ['events.geojson'],
	blockades_located: blockades,
	reported_totals: [],
	blockades_unlocated: [],
	sources: [SYNTHETIC_SOURCE]
};
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'dataset.json'), JSON.stringify(meta, null, '\t') + '\n');
// One feature per line: compact, still readable in an editor, and written (and read back, see
// readFeatureLines) in pieces: a million features are more text than one string can hold.
writeFeatureLines(join(values.out, 'events.geojson'), features);
console.log(`data:synthetic: wrote ${count} features (${blockades} blockades) to ${values.out}`);
