// The dataset as downloads: GeoJSON, and CSV with one row per feature. CSV column names follow
// ACLED's export where a column means the same (event_date, event_type, admin1, location,
// latitude, longitude, fatalities, source, notes); the rest are Cabildo's own (CSV_COLUMNS).
import Papa from 'papaparse';
import type { PublicDataset, PublicFeature } from './publicData.ts';
import { conservativeFigure, highestFigure } from './figures.ts';
import type { Figure } from './schema.ts';
import { timePrecisionCode } from '../domain/datePrecision.ts';
import type { CountUnit } from '../domain/kinds.ts';
import { UNKNOWN_REGION } from './regionKind.ts';

export const CSV_COLUMNS = [
	[
		'event_id_cnty',
		"the record's id: as its source wrote it where a source assigned it (ACLED), else Cabildo's id of the feature (stable slug)"
	],
	['event_date', 'first day (YYYY-MM-DD)'],
	['end_date', 'last day, when the event spans several days'],
	[
		'time_precision',
		'1 = the day, 2 = within a few days, 3 = about a week or more (ACLED codes: day, week, month)'
	],
	[
		'event_type',
		"Cabildo's kind (massacre, clash, death, cabildo, mobilisation, occupation, march, blockade, blockade-section, political)"
	],
	['admin1', 'department, computed from the coordinates'],
	['location', 'place name as the sources spell it'],
	['latitude', 'WGS 84; for lines, the middle vertex'],
	['longitude', 'WGS 84; for lines, the middle vertex'],
	['geo_precision', '1 = exact, 2 = town centre, 3 = approximate (as in ACLED)'],
	['location_radius_m', 'uncertainty radius in metres'],
	[
		'fatalities',
		'most conservative dead figure across sources, leaving out interim counts that a later count replaced (empty when no source gives one)'
	],
	['dead_min', 'lowest dead figure across sources'],
	['dead_max', 'highest dead figure across sources'],
	['injured_min', 'lowest injured figure across sources'],
	['injured_max', 'highest injured figure across sources'],
	['detained_min', 'lowest detained figure across sources'],
	['detained_max', 'highest detained figure across sources'],
	['held_min', 'lowest figure of people held by protesters or residents (not by the state)'],
	['held_max', 'highest figure of people held by protesters or residents'],
	[
		'blockades_counted',
		'blockades a source counts on a road section without locating them (largest count); not included in any located total'
	],
	['barricades_counted', 'barricades a source counts on a road section (largest count)'],
	['part_of', 'id of the feature this one is part of (counted once, with it)'],
	['active_dates', 'blockades: days reported active, separated by ";"'],
	['title_es', 'title in Spanish'],
	['title_en', 'title in English'],
	['notes', 'description in English (as ACLED notes)'],
	['notes_es', 'description in Spanish'],
	['source', 'publishers, separated by "; " (as ACLED source)'],
	['source_urls', 'source URLs, separated by spaces'],
	['geometry_type', 'Point or LineString (the GeoJSON download has the full line)']
] as const;

const PRECISION_CODES = { exact: 1, locality: 2, approximate: 3 } as const;

const lowOf = (figures: readonly Figure[] | undefined) => conservativeFigure(figures) ?? '';
const highOf = (figures: readonly Figure[] | undefined) => highestFigure(figures) ?? '';

function largestCount(
	counts: PublicFeature['properties']['reported_count'],
	unit: CountUnit
): number | '' {
	const values = (counts ?? []).filter((c) => (c.unit ?? 'blockades') === unit).map((c) => c.value);
	return values.length > 0 ? Math.max(...values) : '';
}

function row(f: PublicFeature, dataset: PublicDataset): (string | number)[] {
	const p = f.properties;
	const g = f.geometry;
	const [lng, lat] =
		g.type === 'Point' ? g.coordinates : g.coordinates[Math.floor(g.coordinates.length / 2)];
	return [
		p.record_id ?? p.id,
		p.date.start,
		p.date.end ?? '',
		timePrecisionCode(p.date.precision),
		p.kind,
		p.department === UNKNOWN_REGION
			? (p.admin1 ?? '')
			: (dataset.departments[p.department]?.name ?? p.department),
		p.place.name,
		lat,
		lng,
		PRECISION_CODES[p.location.precision],
		p.location.radius_m,
		lowOf(p.casualties?.dead),
		lowOf(p.casualties?.dead),
		highOf(p.casualties?.dead),
		lowOf(p.casualties?.injured),
		highOf(p.casualties?.injured),
		lowOf(p.casualties?.detained),
		highOf(p.casualties?.detained),
		lowOf(p.casualties?.held),
		highOf(p.casualties?.held),
		largestCount(p.reported_count, 'blockades'),
		largestCount(p.reported_count, 'barricades'),
		p.part_of ?? '',
		(p.active_dates ?? []).join(';'),
		p.title.es,
		p.title.en,
		p.description.en,
		p.description.es,
		[...new Set(p.sources.map((s) => s.publisher))].join('; '),
		p.sources.map((s) => s.url).join(' '),
		g.type
	];
}

/**
 * The CSV download (RFC 4180, CRLF). Papa.unparse quotes what needs quoting and, with
 * escapeFormulae, defuses text that a spreadsheet would run as a formula (=, +, -, @ first).
 */
export function toCsv(dataset: PublicDataset): string {
	return toCsvPart(dataset, dataset.features, true);
}

/** Some of the CSV's rows (with the header line or not): a large download is written in parts. */
export function toCsvPart(
	dataset: PublicDataset,
	features: readonly PublicFeature[],
	header: boolean
): string {
	const fields = CSV_COLUMNS.map(([name]) => name);
	const data = features.map((f) => row(f, dataset));
	return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n', header }) + '\r\n';
}

/** The GeoJSON download: the public features, with the dataset's metadata as a foreign member. */
export function toGeoJson(dataset: PublicDataset): string {
	return JSON.stringify({
		type: 'FeatureCollection',
		metadata: geoJsonMetadata(dataset),
		features: dataset.features
	});
}

/** The GeoJSON download's foreign member (a large download is written one feature per line). */
export const geoJsonMetadata = (dataset: PublicDataset) => ({
	...dataset.meta,
	departments: dataset.departments
});
