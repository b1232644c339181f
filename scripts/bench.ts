// npm run bench — how fast department aggregates recompute at ACLED scale (100,000 events),
// against the naive way (turf pointsWithinPolygon per department on every recompute).
import pointsWithinPolygon from '@turf/points-within-polygon';
import type { FeatureCollection, Point } from 'geojson';
import { readDepartments } from '../src/lib/pipeline/readDataset.ts';
import {
	randomPositionsInside,
	seededRandom,
	syntheticFeatures,
	SYNTHETIC_PERIOD
} from '../src/lib/pipeline/synthetic.ts';
import { departmentOfPoint } from '../src/lib/geo/departments.ts';
import { buildFeatureIndex } from '../src/lib/geo/featureIndex.ts';
import { aggregateByRegion } from '../src/lib/geo/aggregates.ts';
import { boundsOf } from '../src/lib/geo/bounds.ts';
import { dayNumber } from '../src/lib/geo/days.ts';
import { LAYER_IDS } from '../src/lib/domain/layers.ts';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const PERIOD = SYNTHETIC_PERIOD;
const label = `${Math.round(COUNT / 1000)}k`;

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
};
const time = (fn: () => void) => {
	const t = performance.now();
	fn();
	return performance.now() - t;
};

const departments = readDepartments();
const codes = departments.features.map((d) => d.properties.iso_3166_2);
const random = seededRandom(2019);
const positions = randomPositionsInside(COUNT, departments, boundsOf(departments), random);

let assigned: string[] = [];
const assignMs = time(() => {
	assigned = positions.map((p) => departmentOfPoint(p, departments)!);
});
const features = syntheticFeatures(positions, assigned, PERIOD, random);
let index = buildFeatureIndex(features, codes);
const indexMs = time(() => {
	index = buildFeatureIndex(features, codes);
});

// Random time windows, the same for both methods.
const first = dayNumber(PERIOD.start);
const last = dayNumber(PERIOD.end);
const windows = Array.from({ length: 60 }, () => {
	const a = first + Math.floor(random() * (last - first + 1));
	const b = first + Math.floor(random() * (last - first + 1));
	return { from: Math.min(a, b), to: Math.max(a, b), layers: [...LAYER_IDS] };
});

for (let i = 0; i < 5; i++) aggregateByRegion(index, windows[i]); // warm up the JIT
const fast = windows.map((w) => time(() => aggregateByRegion(index, w)));

// The naive way: filter by date, then a point-in-polygon pass per department, every time.
const points: FeatureCollection<Point, { first: number; last: number; dead: number }> = {
	type: 'FeatureCollection',
	features: features.map((f, i) => ({
		type: 'Feature',
		geometry: f.geometry as Point,
		properties: { first: index.first[i], last: index.last[i], dead: Math.max(0, index.low.dead[i]) }
	}))
};
const naive = windows.slice(0, 7).map((w) =>
	time(() => {
		const active: typeof points = {
			type: 'FeatureCollection',
			features: points.features.filter(
				(p) => p.properties.last >= w.from && p.properties.first <= w.to
			)
		};
		for (const d of departments.features) {
			const inside = pointsWithinPolygon(active, d);
			let dead = 0;
			for (const p of inside.features) dead += p.properties.dead;
			void dead;
		}
	})
);

const fastMedian = median(fast);
const naiveMedian = median(naive);
console.log(`synthetic events: ${COUNT} (seed 2019), departments: ${codes.length}`);
console.log(`assign-${label} (one-off, point-in-polygon with turf): ${assignMs.toFixed(0)} ms`);
console.log(`index-${label} (one-off): ${indexMs.toFixed(1)} ms`);
console.log(`aggregate-${label}: median ${fastMedian.toFixed(2)} ms`);
console.log(`naive-turf-${label}: median ${naiveMedian.toFixed(0)} ms`);
console.log(`speedup: ${(naiveMedian / fastMedian).toFixed(0)}x`);
