// The generic importer: a small mapping file says which column of a spreadsheet (CSV) or which
// property of a GeoJSON file holds each field. Documented, with an example, in docs/import.md.
import { z } from 'zod';
import {
	DATE_PRECISIONS,
	KINDS,
	LOCATION_PRECISIONS,
	httpUrl,
	type EventGeometry,
	type FeatureProperties,
	type Kind,
	type Source
} from '../data/schema.ts';
import { casualtiesOf, finishFeature, type FeatureDraft } from './feature.ts';
import type { ImportProblem, RecordPosition } from './problems.ts';
import type { ImportResult } from './result.ts';
import {
	cutText,
	ownEntry,
	parseCoordinate,
	parseCount,
	parseDay,
	plainText,
	roundCoordinate,
	type Parsed
} from './values.ts';
import { slugify } from '../data/slug.ts';
import { appendAll } from '../data/appendAll.ts';

const columnName = z.string().trim().min(1, 'must name a column');
/** The same value for every record. */
const fixed = <T extends z.ZodType>(value: T) => z.strictObject({ value });
/** A column whose values are translated by a table; values not in the table are reported. */
const table = <T extends z.ZodType>(value: T) =>
	z.strictObject({ column: columnName, values: z.record(z.string(), value) });
/** A column name, or a fixed `{ "value": … }`. */
const textField = z.union([columnName, fixed(z.string().trim().min(1))]);
/** Text in both languages from two columns, or from one column in the language it is written in. */
const bilingualField = z.union([
	z.strictObject({ es: columnName, en: columnName }),
	z.strictObject({ column: columnName, lang: z.enum(['es', 'en']) })
]);
const mappedSource = z.strictObject({
	url: textField,
	title: textField,
	publisher: textField,
	date: textField.optional()
});

export const mappingSchema = z
	.strictObject({
		id: columnName,
		kind: z.union([fixed(z.enum(KINDS)), table(z.enum(KINDS))]),
		date: columnName,
		end_date: columnName.optional(),
		/** How to read days written with slashes; without it only unambiguous ones are read. */
		date_order: z.enum(['dmy', 'mdy']).optional(),
		date_precision: z
			.union([fixed(z.enum(DATE_PRECISIONS)), table(z.enum(DATE_PRECISIONS))])
			.optional(),
		/** Blockades: the days a report says they were active, separated by ";" (default: date). */
		active_dates: columnName.optional(),
		/** CSV only: GeoJSON features bring their geometry. */
		latitude: columnName.optional(),
		longitude: columnName.optional(),
		place: columnName,
		/** With it, the dataset groups its regions by these names (`boundaries: "admin1"`). */
		admin1: columnName.optional(),
		title: bilingualField,
		description: bilingualField,
		dead: columnName.optional(),
		injured: columnName.optional(),
		detained: columnName.optional(),
		source: mappedSource,
		location: z.strictObject({
			precision: z.union([fixed(z.enum(LOCATION_PRECISIONS)), table(z.enum(LOCATION_PRECISIONS))]),
			radius_m: z.union([columnName, fixed(z.number().int().min(0).max(200_000))]),
			/** Where the coordinates come from; by default the record's source. */
			source: mappedSource.optional()
		}),
		/** Maintainer notes (not shown on the site). */
		notes: columnName.optional(),
		dataset: z.strictObject({
			licence: z.strictObject({ name: z.string().trim().min(1).max(100), url: httpUrl }),
			title: z.strictObject({ es: z.string().min(1), en: z.string().min(1) }).optional(),
			description: z.strictObject({ es: z.string().min(1), en: z.string().min(1) }).optional(),
			sources: z
				.array(
					z.strictObject({
						url: httpUrl,
						title: z.string().min(1),
						publisher: z.string().min(1),
						date: z.string().nullable()
					})
				)
				.optional()
		})
	})
	.refine((m) => (m.latitude === undefined) === (m.longitude === undefined), {
		message: 'latitude and longitude go together',
		path: ['latitude']
	})
	.refine(
		(m) => !('lang' in m.title && 'lang' in m.description) || m.title.lang === m.description.lang,
		{
			message: 'a single-language title and description must be in the same language',
			path: ['description']
		}
	);
export type ImportMapping = z.infer<typeof mappingSchema>;

type Issue = z.core.$ZodIssue;

/**
 * A union's "Invalid input" says nothing: report instead the issues of the alternative that got
 * furthest (the one with the deepest path), e.g. `kind.values.Bloqueo: Invalid option…`.
 */
function explain(issue: Issue, prefix: readonly PropertyKey[] = []): string[] {
	const path = [...prefix, ...issue.path];
	if (issue.code === 'invalid_union' && issue.errors.length > 0) {
		const depth = (issues: Issue[]) => Math.max(...issues.map((i) => i.path.length));
		const furthest = issue.errors.reduce((best, branch) =>
			depth(branch) > depth(best) ? branch : best
		);
		return furthest.flatMap((inner) => explain(inner, path));
	}
	return [`${path.map(String).join('.') || '(whole)'}: ${issue.message}`];
}

/** The mapping, or one line per problem: `<field>: <reason>`. */
export function parseMapping(
	json: unknown,
	from: 'csv' | 'geojson'
): { mapping: ImportMapping } | { problems: string[] } {
	const parsed = mappingSchema.safeParse(json);
	if (!parsed.success) return { problems: parsed.error.issues.flatMap((issue) => explain(issue)) };
	const mapping = parsed.data;
	if (from === 'csv' && mapping.latitude === undefined)
		return { problems: ['latitude: a CSV mapping needs latitude and longitude columns'] };
	if (from === 'geojson' && mapping.latitude !== undefined)
		return {
			problems: [
				'latitude: GeoJSON features bring their geometry: leave latitude and longitude out'
			]
		};
	return { mapping };
}

/** The columns (CSV) or properties (GeoJSON) that a mapping reads. */
export function mappedColumns(mapping: ImportMapping): string[] {
	const columns: string[] = [];
	const add = (field: unknown) => {
		if (typeof field === 'string') columns.push(field);
		else if (field && typeof field === 'object') {
			const f = field as Record<string, unknown>;
			if (typeof f.column === 'string') columns.push(f.column);
			if (typeof f.es === 'string') columns.push(f.es);
			if (typeof f.en === 'string') columns.push(f.en);
		}
	};
	const { source, location, title, description } = mapping;
	for (const field of [
		mapping.id,
		mapping.kind,
		mapping.date,
		mapping.end_date,
		mapping.date_precision,
		mapping.active_dates,
		mapping.latitude,
		mapping.longitude,
		mapping.place,
		mapping.admin1,
		title,
		description,
		mapping.dead,
		mapping.injured,
		mapping.detained,
		source.url,
		source.title,
		source.publisher,
		source.date,
		location.precision,
		location.radius_m,
		location.source?.url,
		location.source?.title,
		location.source?.publisher,
		location.source?.date,
		mapping.notes
	])
		add(field);
	return [...new Set(columns)];
}

/** One record to import: CSV values are strings; GeoJSON properties may be any JSON. */
export interface MappedRecord {
	at: RecordPosition;
	values: Record<string, unknown>;
	/** GeoJSON only: the feature's geometry as read. */
	geometry?: unknown;
}

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;
const NAME_MAX = 200;

function positionOf(raw: unknown): [number, number] | undefined {
	if (!Array.isArray(raw) || raw.length < 2) return undefined;
	const [lon, lat] = raw;
	if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
	if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
		return undefined;
	return [roundCoordinate(lon), roundCoordinate(lat)];
}

/** A GeoJSON Point or LineString, rounded to the schema's 5 decimals. */
function geometryOf(raw: unknown): Parsed<EventGeometry> {
	const g = raw as { type?: unknown; coordinates?: unknown } | null;
	if (g?.type === 'Point') {
		const p = positionOf(g.coordinates);
		return p
			? { ok: true, value: { type: 'Point', coordinates: p } }
			: { ok: false, reason: 'has no valid [longitude, latitude]' };
	}
	if (g?.type === 'LineString' && Array.isArray(g.coordinates)) {
		const positions = g.coordinates.map(positionOf);
		if (positions.length >= 2 && positions.every((p) => p !== undefined))
			return { ok: true, value: { type: 'LineString', coordinates: positions } };
		return { ok: false, reason: 'needs at least two valid [longitude, latitude] positions' };
	}
	return { ok: false, reason: 'must be a Point or a LineString' };
}

/** Converts records with a mapping; a record with any problem is left out and reported. */
export function importWithMapping(
	records: readonly MappedRecord[],
	mapping: ImportMapping
): ImportResult {
	const seenIds = new Map<string, RecordPosition>();
	const result: ImportResult = { features: [], problems: [] };
	for (const record of records) {
		const { at } = record;
		const problems: ImportProblem[] = [];
		const report = (column: string, value: unknown, reason: string) =>
			problems.push({ at, column, value, reason });

		/** A column's text: strings as they are, numbers written out; anything else is reported. */
		const notText = new Set<string>();
		const text = (column: string): string => {
			const value = record.values[column];
			if (value === undefined || value === null) return '';
			if (typeof value === 'string') return value;
			if (typeof value === 'number' || typeof value === 'boolean') return String(value);
			if (!notText.has(column)) report(column, value, 'must be text or a number');
			notText.add(column);
			return '';
		};
		const fieldText = (field: string | { value: string }) =>
			typeof field === 'string' ? text(field).trim() : field.value;
		const fieldName = (field: string | { value: string }, name: string) =>
			typeof field === 'string' ? field : `(mapping ${name})`;
		function fromTable<T>(
			field: { value: T } | { column: string; values: Record<string, T> },
			what: string
		): T | undefined {
			if ('value' in field) return field.value;
			const raw = text(field.column).trim();
			const value = ownEntry(field.values, raw);
			if (value === undefined) report(field.column, raw, `is not in the mapping's ${what} table`);
			return value;
		}
		// Text longer than the schema takes is refused with its length, never cut without a word.
		const fitted = (column: string, value: string, max: number): string => {
			const cut = cutText(value, max);
			if (cut.cut)
				report(
					column,
					cut.text,
					`is ${value.length} characters long; the limit is ${max}: shorten it in the file`
				);
			return cut.text;
		};
		const required = (column: string, what: string): string => {
			const value = fitted(column, plainText(text(column)).text, NAME_MAX);
			if (value === '') report(column, record.values[column], `is empty (${what})`);
			return value;
		};
		const day = (column: string): string | undefined => {
			const parsed = parseDay(text(column), mapping.date_order);
			if (!parsed.ok) report(column, record.values[column], parsed.reason);
			return parsed.ok ? parsed.value : undefined;
		};
		const count = (column: string | undefined): number | undefined => {
			if (column === undefined) return undefined;
			const parsed = parseCount(text(column));
			if (!parsed.ok) report(column, record.values[column], parsed.reason);
			return parsed.ok ? parsed.value : undefined;
		};
		const sourceOf = (spec: z.infer<typeof mappedSource>, name: string): Source | undefined => {
			const url = fieldText(spec.url);
			const urlOk = httpUrl.safeParse(url).success;
			if (!urlOk)
				report(fieldName(spec.url, `${name}.url`), url, 'must be an absolute http(s) URL');
			const title = fitted(
				fieldName(spec.title, `${name}.title`),
				plainText(fieldText(spec.title)).text,
				400
			);
			if (title === '') report(fieldName(spec.title, `${name}.title`), title, 'is empty');
			const publisher = fitted(
				fieldName(spec.publisher, `${name}.publisher`),
				plainText(fieldText(spec.publisher)).text,
				200
			);
			if (publisher === '')
				report(fieldName(spec.publisher, `${name}.publisher`), publisher, 'is empty');
			let date: string | null = null;
			if (spec.date !== undefined) {
				const raw = fieldText(spec.date);
				if (raw !== '') {
					const parsed = parseDay(raw, mapping.date_order);
					if (parsed.ok) date = parsed.value;
					else report(fieldName(spec.date, `${name}.date`), raw, parsed.reason);
				}
			}
			return urlOk && title && publisher ? { url, title, publisher, date } : undefined;
		};
		const bilingualOf = (spec: ImportMapping['title'], max: number, what: string) => {
			const read = (column: string) => {
				const value = fitted(column, plainText(text(column)).text, max);
				if (value === '') report(column, record.values[column], `is empty (the ${what})`);
				return value;
			};
			if ('lang' in spec) {
				const value = read(spec.column);
				return { value: { es: value, en: value }, untranslated: spec.lang };
			}
			return { value: { es: read(spec.es), en: read(spec.en) }, untranslated: undefined };
		};

		const rawId = text(mapping.id);
		const id = slugify(rawId).slice(0, 120);
		if (id === '') report(mapping.id, rawId, 'is empty (the id comes from it)');
		else if (seenIds.has(id)) {
			const first = seenIds.get(id) as RecordPosition;
			report(
				mapping.id,
				rawId,
				`duplicates the id of ${'line' in first ? `line ${first.line}` : `feature #${first.feature}`}`
			);
		} else seenIds.set(id, at);

		const kind: Kind | undefined = fromTable(mapping.kind, 'kind');
		const start = day(mapping.date);
		const end =
			mapping.end_date && text(mapping.end_date).trim() !== '' ? day(mapping.end_date) : undefined;
		const precision = mapping.date_precision
			? fromTable(mapping.date_precision, 'date_precision')
			: 'day';
		let activeDates: string[] | undefined;
		if (kind === 'blockade' || kind === 'blockade-section') {
			const listed = mapping.active_dates
				? text(mapping.active_dates)
						.split(';')
						.map((d) => d.trim())
						.filter((d) => d)
				: [];
			activeDates = [];
			for (const raw of listed) {
				const parsed = parseDay(raw, mapping.date_order);
				if (parsed.ok) activeDates.push(parsed.value);
				else report(mapping.active_dates as string, raw, parsed.reason);
			}
			// Without a list, the one day the record gives is the day it was reported active.
			if (listed.length === 0 && start) activeDates = [start];
		}

		let geometry: EventGeometry | undefined;
		if (mapping.latitude !== undefined && mapping.longitude !== undefined) {
			const lat = parseCoordinate(text(mapping.latitude), 90);
			if (!lat.ok) report(mapping.latitude, record.values[mapping.latitude], lat.reason);
			const lon = parseCoordinate(text(mapping.longitude), 180);
			if (!lon.ok) report(mapping.longitude, record.values[mapping.longitude], lon.reason);
			if (lat.ok && lon.ok) geometry = { type: 'Point', coordinates: [lon.value, lat.value] };
		} else {
			const parsed = geometryOf(record.geometry);
			if (parsed.ok) geometry = parsed.value;
			else
				report(
					'geometry',
					record.geometry === undefined
						? null
						: ((record.geometry as { type?: unknown })?.type ?? null),
					parsed.reason
				);
		}

		const place = required(mapping.place, 'the place name comes from it');
		const admin1 = mapping.admin1
			? required(mapping.admin1, 'the dataset groups its regions by admin1')
			: undefined;
		const title = bilingualOf(mapping.title, TITLE_MAX, 'title');
		const description = bilingualOf(mapping.description, DESCRIPTION_MAX, 'description');
		const source = sourceOf(mapping.source, 'source');
		const locationSource = mapping.location.source
			? sourceOf(mapping.location.source, 'location.source')
			: source;
		const locationPrecision = fromTable(mapping.location.precision, 'location precision');
		let radius: number | undefined;
		if (typeof mapping.location.radius_m === 'string') {
			const parsed = parseCount(text(mapping.location.radius_m));
			if (!parsed.ok || parsed.value === undefined || parsed.value > 200_000)
				report(
					mapping.location.radius_m,
					record.values[mapping.location.radius_m],
					'must be a whole number of metres up to 200000'
				);
			else radius = parsed.value;
		} else radius = mapping.location.radius_m.value;
		const dead = count(mapping.dead);
		const injured = count(mapping.injured);
		const detained = count(mapping.detained);
		const notes = mapping.notes ? plainText(text(mapping.notes)).text : '';

		// Every failed check above has reported; the rest of this test narrows the types.
		if (
			problems.length > 0 ||
			!kind ||
			!start ||
			!precision ||
			!geometry ||
			!source ||
			!locationSource ||
			!locationPrecision ||
			radius === undefined
		) {
			appendAll(result.problems, problems);
			continue;
		}
		const untranslatedLang = title.untranslated ?? description.untranslated;
		const untranslatedFields = [
			...(title.untranslated ? (['title'] as const) : []),
			...(description.untranslated ? (['description'] as const) : [])
		];
		const draft: FeatureDraft = {
			id,
			kind,
			title: title.value,
			description: description.value,
			date: { start, end, precision } as FeatureProperties['date'],
			active_dates: activeDates,
			place: { name: place, alt_names: [] },
			admin1,
			location: { precision: locationPrecision, radius_m: radius, source: locationSource },
			casualties: casualtiesOf({ dead, injured, detained }, source),
			sources: [source],
			untranslated: untranslatedLang
				? { lang: untranslatedLang, fields: untranslatedFields }
				: undefined,
			notes: notes !== '' ? notes : undefined
		};
		const finished = finishFeature(geometry, draft, at);
		if ('feature' in finished) result.features.push({ at, feature: finished.feature });
		else appendAll(result.problems, finished.problems);
	}
	return result;
}

/** The features of a parsed GeoJSON FeatureCollection as records, or why it is not one. */
export function geojsonRecords(json: unknown): { records: MappedRecord[] } | { problem: string } {
	const collection = json as { type?: unknown; features?: unknown } | null;
	if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features))
		return { problem: 'is not a GeoJSON FeatureCollection' };
	return {
		records: collection.features.map((raw, index) => {
			const f = raw as { properties?: unknown; geometry?: unknown } | null;
			const properties = f?.properties;
			return {
				at: { feature: index },
				values:
					properties && typeof properties === 'object'
						? (properties as Record<string, unknown>)
						: {},
				geometry: f?.geometry
			};
		})
	};
}
