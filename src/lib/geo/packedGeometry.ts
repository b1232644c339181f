// A feature collection with its coordinates packed for shipping in a script: each run of positions
// (a line, a ring, a multipoint) becomes one flat list of whole-number steps from the position
// before it, in units of 1/scale degrees. Neighbouring vertices are close, so the steps are short
// numbers, and the embedded basemap's script is about a third smaller once gzipped. Points stay
// as they are. unpackCollection gives the collection back exactly. Pure.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { coarsestExactScale } from './coordinateScale.ts';

/** A run of positions as steps: x0, y0, x1 − x0, y1 − y0, … (integers of 1/scale degrees). */
type Steps = number[];

type PackedCoordinates = Position | Steps | Steps[] | Steps[][];

interface PackedFeature {
	type: 'Feature';
	properties: Feature['properties'];
	id?: Feature['id'];
	geometry: {
		type: Exclude<Geometry['type'], 'GeometryCollection'>;
		coordinates: PackedCoordinates;
	};
}

export interface PackedCollection {
	/** Positions are integers of 1/scale degrees. */
	scale: number;
	features: PackedFeature[];
}

const SCALES = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7];

/** How deep a geometry's runs of positions sit: 0 for a run, 1 for a list of runs, … */
const RUN_DEPTH = {
	LineString: 0,
	MultiPoint: 0,
	Polygon: 1,
	MultiLineString: 1,
	MultiPolygon: 2
} as const;

type SimpleGeometry = Exclude<Geometry, { type: 'GeometryCollection' | 'Point' }>;

function packRun(run: Position[], scale: number): Steps {
	const steps: Steps = [];
	let [px, py] = [0, 0];
	for (const [lon, lat] of run) {
		const [x, y] = [Math.round(lon * scale), Math.round(lat * scale)];
		steps.push(x - px, y - py);
		[px, py] = [x, y];
	}
	return steps;
}

function unpackRun(steps: Steps, scale: number): Position[] {
	const run: Position[] = [];
	let [x, y] = [0, 0];
	for (let i = 0; i < steps.length; i += 2) {
		x += steps[i];
		y += steps[i + 1];
		run.push([x / scale, y / scale]);
	}
	return run;
}

/** The members a packed feature keeps; a collection keeps only its features. */
const FEATURE_MEMBERS = new Set(['type', 'id', 'properties', 'geometry']);

function* runsOf(coordinates: unknown, depth: number): Generator<Position[]> {
	if (depth === 0) yield coordinates as Position[];
	else for (const part of coordinates as unknown[]) yield* runsOf(part, depth - 1);
}

const mapRuns = <A, B>(value: unknown, depth: number, f: (run: A) => B): unknown =>
	depth === 0 ? f(value as A) : (value as unknown[]).map((part) => mapRuns(part, depth - 1, f));

/** A feature's geometry and every position in it, if packing gives them back exactly. */
function packableGeometry(feature: Feature, at: number) {
	const { geometry } = feature;
	if (!geometry || geometry.type === 'GeometryCollection')
		throw new Error(`feature ${at}: packed collections hold simple geometries only`);
	const positions =
		geometry.type === 'Point'
			? [geometry.coordinates]
			: [...runsOf(geometry.coordinates, RUN_DEPTH[geometry.type])].flat();
	if (positions.some((position) => !position.every(Number.isFinite)))
		throw new Error(`feature ${at}: a coordinate is not a finite number`);
	if (positions.some((position) => position.length !== 2))
		throw new Error(`feature ${at}: packed positions are [longitude, latitude] only`);
	const extra = Object.keys(feature).filter((k) => !FEATURE_MEMBERS.has(k));
	if (extra.length) throw new Error(`feature ${at}: packing would drop its ${extra.join(', ')}`);
	return { geometry, positions };
}

/**
 * Packs a collection at the coarsest scale that gives every position back exactly (1e-7° at
 * most). Throws, naming the feature, on what it would not give back: a geometry collection, a
 * coordinate that is not a finite number, a position with a third value, or a member other than
 * a feature's type, id, properties and geometry (a bounding box, say). Does not modify its input.
 */
export function packCollection(collection: FeatureCollection): PackedCollection {
	const extra = Object.keys(collection).filter((k) => k !== 'type' && k !== 'features');
	if (extra.length) throw new Error(`the collection: packing would drop its ${extra.join(', ')}`);
	const packable = collection.features.map(packableGeometry);
	const scale = coarsestExactScale(
		packable.flatMap(({ positions }) => positions.flat()),
		SCALES
	);
	return {
		scale,
		features: collection.features.map((feature, at) => {
			const { geometry } = packable[at];
			const coordinates =
				geometry.type === 'Point'
					? geometry.coordinates
					: (mapRuns(geometry.coordinates, RUN_DEPTH[geometry.type], (run: Position[]) =>
							packRun(run, scale)
						) as PackedCoordinates);
			return {
				type: 'Feature',
				...(feature.id === undefined ? {} : { id: feature.id }),
				properties: feature.properties,
				geometry: { type: geometry.type, coordinates }
			};
		})
	};
}

/** The collection a packed one was made from. */
export function unpackCollection(packed: PackedCollection): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: packed.features.map(({ geometry, ...feature }) => ({
			...feature,
			geometry: (geometry.type === 'Point'
				? geometry
				: {
						type: geometry.type,
						coordinates: mapRuns(geometry.coordinates, RUN_DEPTH[geometry.type], (steps: Steps) =>
							unpackRun(steps, packed.scale)
						)
					}) as SimpleGeometry
		}))
	};
}
