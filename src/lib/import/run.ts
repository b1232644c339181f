// One import from start to end, without I/O: the text of the input (and mapping) in, the dataset
// and every problem out. scripts/data-import.ts reads the files, checks the result and writes it.
import { checkDataset, type CheckOptions } from '../pipeline/check.ts';
import { issueLine } from '../pipeline/checkIssue.ts';
import type { DatasetMeta } from '../data/schema.ts';
import type { Departments } from '../geo/departments.ts';
import {
	ACLED_EXPORT_URL,
	ACLED_LICENCE,
	ACLED_REQUIRED_COLUMNS,
	acledCountries,
	importAcled
} from './acled.ts';
import { missingColumns, missingColumnsMessage, parseCsv, type ParsedCsv } from './csv.ts';
import { EVENTS_FILE, datasetMetaFor, periodOf, type DatasetOptions } from './dataset.ts';
import {
	geojsonRecords,
	importWithMapping,
	mappedColumns,
	parseMapping,
	type ImportMapping,
	type MappedRecord
} from './mapping.ts';
import { placemarkDefaults, type PlacemarkSource } from './placemarkDefaults.ts';
import { httpUrl } from '../data/schema.ts';
import type { ImportProblem } from './problems.ts';
import { screenCells } from './cells.ts';
import { SLUG } from '../data/slug.ts';
import { gpxRecords, kmlRecords, kmzText } from './kml.ts';
import { readSpreadsheet } from './spreadsheet.ts';
import type { ImportResult } from './result.ts';
import {
	importedRegions,
	regionsAreBoliviaDepartments,
	type RegionPolygonSource
} from '../data/regionKind.ts';

export const IMPORT_FORMATS = [
	'acled',
	'csv',
	'xlsx',
	'ods',
	'geojson',
	'kml',
	'kmz',
	'gpx'
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

type Bilingual = { es: string; en: string };

export interface ImportRequest {
	from: ImportFormat;
	/** The input's path as shown in messages. */
	file: string;
	text: string;
	/** The file's bytes: spreadsheets (.xlsx, .ods) are read from them, not from `text`. */
	bytes?: Uint8Array;
	/** The sheet to read (default: the first). */
	sheet?: string;
	/** The mapping file's parsed JSON (csv and geojson) and its path as shown in messages. */
	mapping?: { file: string; json: unknown };
	/** KML, KMZ or GPX without a mapping: what the file cannot say (see placemarkDefaults.ts). */
	placemarks?: PlacemarkOptions;
	/** The dataset's id (a lowercase slug). */
	id: string;
	title?: Bilingual;
	description?: Bilingual;
	/** YYYY-MM-DD, written as last_reviewed. */
	today: string;
	/** The folder the dataset will be written to, as shown in messages. */
	out: string;
	/** The shipped department boundaries, for datasets without admin1 names. */
	departments: Departments;
	/**
	 * The Bolivian gazetteer and roads (pipeline/checkFolder.ts), read when the dataset is drawn on
	 * Bolivia's departments: data:check holds such a dataset to them, so the import does too.
	 */
	bolivianGazetteer?: () => CheckOptions;
	/** Region polygons the user brings (--regions), for a dataset of admin1 names. */
	regions?: RegionPolygonSource;
	/** A country's ISO alpha-2 code from its name (Natural Earth's), for an ACLED export's regions. */
	countryCode?: (name: string) => string | null;
}

/** The command line's say on a file of placemarks imported without a mapping. */
export interface PlacemarkOptions {
	/** Where the map is published: every event's source (required). */
	sourceUrl?: string;
	sourceTitle?: string;
	publisher?: string;
	/** When the map was published or last edited. */
	sourceDate?: string;
	lang?: 'es' | 'en';
	licence?: { name: string; url: string };
}

/** What an import with no mapping takes from a file of placemarks, or why it cannot. */
function placemarkSourceOf(
	options: PlacemarkOptions | undefined,
	file: string
): PlacemarkSource | { refused: string[] } {
	const url = options?.sourceUrl?.trim();
	if (!url)
		return {
			refused: [
				`--source-url: ${file} names no source: give the address where the map is published (its My Maps link), or a --mapping file`
			]
		};
	if (!httpUrl.safeParse(url).success)
		return { refused: [`--source-url: ${JSON.stringify(url)} is not an absolute http(s) URL`] };
	return {
		url,
		title: options?.sourceTitle?.trim() || baseName(file),
		publisher: options?.publisher?.trim() || new URL(url).host,
		date: options?.sourceDate?.trim() || undefined,
		lang: options?.lang ?? 'es',
		// Nothing in the file says how it may be reused: the licence points at the map itself.
		licence: options?.licence ?? { name: "The map author's terms (ask before reuse)", url }
	};
}

export type ImportOutcome =
	/** Nothing could be read: a missing column, a bad mapping, a file that is not CSV or GeoJSON. */
	| { refused: string[] }
	| {
			result: ImportResult;
			/** How many records (rows or features) were read. */
			records: number;
			/** What the import did by default and the user should know (one line each). */
			warnings?: string[];
			/** dataset.json for the features that converted (absent when none did). */
			meta?: DatasetMeta;
	  };

function baseName(path: string): string {
	return path.split(/[\\/]/).pop() ?? path;
}

function describeAcled(count: number, countries: string[], period: { start: string; end: string }) {
	const where = countries.length > 0 ? countries.join(', ') : 'ACLED';
	return {
		title: {
			es: `Importación de ACLED: ${where}, ${period.start}–${period.end}`,
			en: `ACLED import: ${where}, ${period.start}–${period.end}`
		},
		description: {
			es:
				`${count} eventos convertidos de una exportación de ACLED con npm run data:import. ` +
				'Los títulos dan el tipo de evento y el lugar que registra ACLED; las descripciones son ' +
				'las notas de ACLED, en inglés y sin traducir. Cada evento cita su registro de ACLED y ' +
				'los medios que ACLED nombra como fuentes.',
			en:
				`${count} events converted from an ACLED export by npm run data:import. Titles give ` +
				"the event type and place ACLED records; descriptions are ACLED's notes, in English. " +
				'Each event cites its ACLED record and the publishers ACLED names as its sources.'
		}
	};
}

function describeGeneric(count: number, file: string, period: { start: string; end: string }) {
	return {
		title: {
			es: `Importación: ${file}, ${period.start}–${period.end}`,
			en: `Import: ${file}, ${period.start}–${period.end}`
		},
		description: {
			es: `${count} eventos importados de ${file} con npm run data:import.`,
			en: `${count} events imported from ${file} by npm run data:import.`
		}
	};
}

/** Runs one import: read and convert the records, then keep what the data checker accepts. */
export function runImport(request: ImportRequest): ImportOutcome {
	if (!SLUG.test(request.id))
		return {
			refused: [
				`--id: ${JSON.stringify(request.id)}: must be a lowercase slug such as acled-bolivia-2019`
			]
		};
	const conversion = request.from === 'acled' ? convertAcled(request) : convertMapped(request);
	if ('refused' in conversion) return conversion;
	return keepWhatPassesCheck(request, conversion);
}

/** What a conversion made of the file, before the data checker has its say. */
interface Conversion {
	result: ImportResult;
	/** How many records (rows, features, placemarks) were read. */
	records: number;
	warnings: string[];
	options: Omit<DatasetOptions, 'title' | 'description'>;
	/** The generated title and description, unless the request or the mapping gives them. */
	describe: (
		count: number,
		period: { start: string; end: string }
	) => {
		title: Bilingual;
		description: Bilingual;
	};
}

/** The rows of a table, whatever file held it: CSV text or a spreadsheet's sheet. */
type Table = Omit<ParsedCsv, 'delimiter'>;

/**
 * The rows of the request's CSV text, or of its spreadsheet of `kind`, refused in one line when
 * a column of `required` is missing (`wanted` says whose columns they are).
 */
function readTable(
	request: ImportRequest,
	kind: 'xlsx' | 'ods' | null,
	required: readonly string[],
	wanted: string
): { table: Table } | { refused: string[] } {
	const { file } = request;
	if (!kind) {
		const csv = parseCsv(request.text);
		const missing = missingColumns(csv.header, required);
		return missing.length === 0
			? { table: csv }
			: { refused: [missingColumnsMessage(file, csv, missing, wanted)] };
	}
	const sheet = readSpreadsheet(request.bytes ?? new Uint8Array(), kind, request.sheet);
	if ('problem' in sheet) return { refused: [`${file}: ${sheet.problem}`] };
	const missing = missingColumns(sheet.header, required);
	if (missing.length > 0)
		return {
			refused: [
				`${file}: sheet "${sheet.name}" has no column ${missing.join(', ')} of ${wanted} (its columns are: ${sheet.header.slice(0, 8).join(', ') || 'none'})`
			]
		};
	return { table: { header: sheet.header, records: sheet.records, problems: [] } };
}

/** An ACLED export: its own columns, its countries' regions, one record an event. */
function convertAcled(request: ImportRequest): Conversion | { refused: string[] } {
	const { file } = request;
	// ACLED writes commas; a copy saved again by Excel in a Spanish locale has semicolons; its
	// export tool also gives .xlsx.
	const kind = /\.xlsx$/i.test(file) ? 'xlsx' : /\.ods$/i.test(file) ? 'ods' : null;
	const read = readTable(request, kind, ACLED_REQUIRED_COLUMNS, "ACLED's columns");
	if ('refused' in read) return read;
	const { table } = read;
	const screened = screenCells(table.records.map((r) => ({ ...r, at: { line: r.line } })));
	const converted = importAcled(screened.clean, table.header);
	const warnings: string[] = [];
	const countries = acledCountries(table.records);
	const coded = countries.map((name) => ({ name, code: request.countryCode?.(name) ?? null }));
	const unknown = coded.filter((c) => c.code === null).map((c) => c.name);
	if (request.countryCode && unknown.length > 0)
		warnings.push(
			`country ${unknown.map((n) => JSON.stringify(n)).join(', ')}: not among Natural Earth's countries: its regions are named without outlines (--regions brings polygons)`
		);
	const codes = [...new Set(coded.flatMap((c) => (c.code ? [c.code] : [])))];
	return {
		result: {
			...converted,
			problems: [...table.problems, ...screened.problems, ...converted.problems]
		},
		records: table.records.length,
		warnings,
		options: {
			id: request.id,
			regions: importedRegions(
				true,
				request.regions ??
					(codes.length > 0 ? { polygons: 'natural-earth-admin1', countries: codes } : undefined)
			),
			licence: { ...ACLED_LICENCE },
			// Each ACLED record is one event by ACLED's own coding rules, whatever shares its town
			// and day.
			recordIds: { assigned_by: 'ACLED', field: 'event_id_cnty' },
			importedColumns: table.header,
			sources: [
				{
					url: ACLED_EXPORT_URL,
					title: `ACLED data export (${baseName(file)})`,
					publisher: 'ACLED',
					date: null
				}
			],
			today: request.today
		},
		describe: (count, period) => describeAcled(count, countries, period)
	};
}

const PLACEMARK_FORMATS: readonly ImportFormat[] = ['kml', 'kmz', 'gpx'];
const TABLE_FORMATS: readonly ImportFormat[] = ['csv', 'xlsx', 'ods'];

/** The placemarks of a KML, KMZ or GPX file, or why they cannot be read. */
function readPlacemarks(
	request: ImportRequest
): { records: MappedRecord[] } | { refused: string[] } {
	const { file } = request;
	const kml = request.from === 'kmz' ? kmzText(request.bytes ?? new Uint8Array()) : null;
	if (kml && 'problem' in kml) return { refused: [`${file}: ${kml.problem}`] };
	const read =
		request.from === 'gpx' ? gpxRecords(request.text) : kmlRecords(kml ? kml.text : request.text);
	return 'problem' in read ? { refused: [`${file}: ${read.problem}`] } : read;
}

/** The records a mapping reads from a file, with what reading them found. */
interface MappedInput {
	mapping: ImportMapping;
	records: MappedRecord[];
	/** Rows that could not be read cleanly (a CSV's). */
	problems: ImportProblem[];
	warnings: string[];
}

/** A My Maps export without a mapping: names, descriptions, times and folders say what one would. */
function placemarksWithDefaults(request: ImportRequest): MappedInput | { refused: string[] } {
	const { file } = request;
	const read = readPlacemarks(request);
	if ('refused' in read) return read;
	const source = placemarkSourceOf(request.placemarks, file);
	if ('refused' in source) return source;
	const defaults = placemarkDefaults(read.records, source);
	if (defaults.blockadeFolders.length > 0 && !source.date)
		return {
			refused: [
				`--source-date: the folder(s) ${defaults.blockadeFolders.map((f) => JSON.stringify(f)).join(', ')} hold blockades, and a mapped blockade needs a dated report: give the day the map was published or last edited (My Maps shows it)`
			]
		};
	const warnings =
		defaults.otherFolders.length > 0
			? [
					`${file}: the placemarks of folder(s) ${defaults.otherFolders.map((f) => JSON.stringify(f)).join(', ')} are of kind "other": no kind is named in the folder's name (e.g. Bloqueos, Marchas, Cabildos, Enfrentamientos), and no --mapping says which`
				]
			: [];
	return { mapping: defaults.mapping, records: defaults.records, problems: [], warnings };
}

/** The records of a file read through the request's mapping, with that mapping. */
function recordsByMapping(
	request: ImportRequest,
	given: { file: string; json: unknown }
): MappedInput | { refused: string[] } {
	const { file } = request;
	// KML and GPX records bring their geometry, as GeoJSON features do.
	const tabular = TABLE_FORMATS.includes(request.from);
	const parsed = parseMapping(given.json, tabular ? 'csv' : 'geojson');
	if ('problems' in parsed)
		return { refused: parsed.problems.map((line) => `${given.file}: ${line}`) };
	const { mapping } = parsed;
	if (tabular) {
		const kind = request.from === 'xlsx' || request.from === 'ods' ? request.from : null;
		const read = readTable(request, kind, mappedColumns(mapping), 'the columns the mapping names');
		if ('refused' in read) return read;
		const records = read.table.records.map((r) => ({ at: { line: r.line }, values: r.values }));
		return { mapping, records, problems: read.table.problems, warnings: [] };
	}
	if (PLACEMARK_FORMATS.includes(request.from)) {
		const read = readPlacemarks(request);
		return 'refused' in read
			? read
			: { mapping, records: read.records, problems: [], warnings: [] };
	}
	let json: unknown;
	try {
		json = JSON.parse(request.text);
	} catch (error) {
		return { refused: [`${file}: is not JSON: ${(error as Error).message}`] };
	}
	const read = geojsonRecords(json);
	if ('problem' in read) return { refused: [`${file}: ${read.problem}`] };
	return { mapping, records: read.records, problems: [], warnings: [] };
}

/** A file read through a mapping (or a placemark file's defaults): CSV, spreadsheets, GeoJSON, KML. */
function convertMapped(request: ImportRequest): Conversion | { refused: string[] } {
	const { file } = request;
	if (!request.mapping && !PLACEMARK_FORMATS.includes(request.from))
		return { refused: [`--mapping: is needed with --from ${request.from}`] };
	const read = request.mapping
		? recordsByMapping(request, request.mapping)
		: placemarksWithDefaults(request);
	if ('refused' in read) return read;
	const { mapping, records } = read;
	if (request.regions && !mapping.admin1)
		return {
			refused: [
				`--regions: ${request.mapping?.file ?? file} names no admin1 field: there are no region names to match the polygons to`
			]
		};
	const screened = screenCells(records, mappedColumns(mapping));
	const converted = importWithMapping(screened.clean, mapping);
	const given = mapping.dataset;
	return {
		result: {
			...converted,
			problems: [...read.problems, ...screened.problems, ...converted.problems]
		},
		records: records.length,
		warnings: read.warnings,
		options: {
			id: request.id,
			regions: importedRegions(Boolean(mapping.admin1), request.regions),
			licence: mapping.dataset.licence,
			sources: mapping.dataset.sources ?? [],
			today: request.today,
			// Each row (placemark, feature) is one record under its own id from the file.
			recordIds: { assigned_by: baseName(file), field: mapping.id }
		},
		describe: (count, period) => {
			const generated = describeGeneric(count, baseName(file), period);
			return {
				title: given.title ?? generated.title,
				description: given.description ?? generated.description
			};
		}
	};
}

/**
 * The data checker has the last word, so that what is written passes `npm run data:check`: a
 * feature it refuses (e.g. outside every department) becomes a problem of its record.
 */
function keepWhatPassesCheck(request: ImportRequest, conversion: Conversion): ImportOutcome {
	const { records, warnings, options, describe } = conversion;
	let result = conversion.result;
	const metaFor = (kept: ImportResult['features']) => {
		const features = kept.map((f) => f.feature);
		const generated = describe(features.length, periodOf(features));
		return datasetMetaFor(features, {
			...options,
			title: request.title ?? generated.title,
			description: request.description ?? generated.description
		});
	};
	if (result.features.length === 0) return { result, records, warnings };

	const meta = metaFor(result.features);
	const checked = checkDataset(
		{
			metaPath: join(request.out, 'dataset.json'),
			meta,
			files: [{ path: join(request.out, EVENTS_FILE), json: collectionOf(result.features) }]
		},
		request.departments,
		regionsAreBoliviaDepartments(meta) ? (request.bolivianGazetteer?.() ?? {}) : {}
	);
	// Its issues, by the feature they name; an issue naming none is the dataset's own.
	const reasonsById = new Map<string, string[]>();
	const datasetProblems: string[] = [];
	for (const issue of checked.issues) {
		if (issue.feature === undefined) datasetProblems.push(issueLine(issue));
		else
			reasonsById.set(issue.feature, [
				...(reasonsById.get(issue.feature) ?? []),
				`${issue.field}: ${issue.message}`
			]);
	}
	if (datasetProblems.length > 0) return { refused: datasetProblems };
	// A feature with any problem line is refused, also one the cross-checks (gazetteer, roads,
	// look-alikes) name after it passed on its own.
	const accepted = new Set(
		checked.features.map((f) => f.feature.properties.id).filter((id) => !reasonsById.has(id))
	);
	const refused = result.features.filter((f) => !accepted.has(f.feature.properties.id));
	const checkerProblems: ImportProblem[] = refused.map((f) => ({
		at: f.at,
		column: '(data:check)',
		value: f.feature.properties.id,
		reason: reasonsById.get(f.feature.properties.id)?.join('; ') || 'refused'
	}));
	const kept = result.features.filter((f) => accepted.has(f.feature.properties.id));
	result = { features: kept, problems: [...result.problems, ...checkerProblems] };
	return kept.length > 0
		? { result, records, warnings, meta: metaFor(kept) }
		: { result, records, warnings };
}

function collectionOf(features: ImportResult['features']) {
	return { type: 'FeatureCollection', features: features.map((f) => f.feature) };
}

/** Joins folder and file with a slash, as problem lines show paths. */
function join(folder: string, name: string): string {
	return `${folder.replace(/[\\/]+$/, '')}/${name}`;
}
