// Validates a dataset (dataset.json + its .geojson files) and returns every problem at once, as
// issues (checkIssue.ts) and as the lines data:check prints: `file: feature <id>: field: what is
// wrong`. Pure: no I/O.
import { regionsFromAdmin1 } from '../data/regionKind.ts';
import * as gjv from 'geojson-validation';
import {
	datasetMetaSchema,
	featureCollectionSchema,
	featureSchema,
	type DatasetMeta,
	type EventFeature
} from '../data/schema.ts';
import { isLocatedBlockade, isRetracted } from '../domain/kinds.ts';
import { defaultPlausibleSpan, describeSpan, isPlausibleDay } from '../domain/plausibleDates.ts';
import { departmentOfLine, departmentOfPoint, type Departments } from '../geo/departments.ts';
import { regionCode } from '../data/regions.ts';
import type { GazetteerPlace } from '../data/gazetteer.ts';
import {
	checkAgainstGazetteer,
	checkDuplicates,
	checkReferences,
	checkRoadSections
} from './crossChecks.ts';
import type { Route } from '../geo/routes.ts';
import { checkStories, type StoryFiles } from './checkStories.ts';
import { checkQuotes, type QuoteCount } from './checkQuotes.ts';
import { schemaIssues } from './schemaIssues.ts';
import { issueLine, type CheckIssue, type LocatedFeature } from './checkIssue.ts';
import type { ClaimsFile, Story } from '../data/storySchema.ts';
import { appendAll } from '../data/appendAll.ts';
import { recordIdSlug } from '../data/slug.ts';

export interface CheckOptions {
	/** Places to test point coordinates against (see crossChecks.ts); no test without it. */
	gazetteer?: readonly GazetteerPlace[];
	/** Trunk roads through the gazetteer's towns: road sections are held to them (with `gazetteer`). */
	routes?: readonly Route[];
}

export interface DatasetFiles {
	/** Path of dataset.json as shown in messages (e.g. data/geojson/bolivia-2019/dataset.json). */
	metaPath: string;
	meta: unknown;
	/** Each features file: its path as shown in messages, and its parsed JSON. */
	files: { path: string; json: unknown }[];
	/** `stories/*.json` and `claims.json`, when the folder has them. */
	stories?: StoryFiles['stories'];
	claims?: StoryFiles['claims'];
}

export interface CheckedFeature {
	file: string;
	feature: EventFeature;
	/**
	 * The region: an ISO 3166-2 code computed from the geometry (never typed by hand) with the
	 * shipped boundaries, or the code of the feature's admin1 name.
	 */
	department: string;
}

export interface CheckResult {
	/** What stops the dataset, as data. */
	issues: CheckIssue[];
	/** The same, as the lines data:check prints. */
	problems: string[];
	/**
	 * What a maintainer should look at but that does not stop the build: possible duplicates in
	 * a dataset whose records carry their source's ids (dataset.json `record_ids`).
	 */
	warnings: string[];
	meta?: DatasetMeta;
	features: CheckedFeature[];
	stories: Story[];
	claims: ClaimsFile | null;
	/** How many figures carry a quote that states them. */
	quotes: QuoteCount;
}

/** How an issue names a feature: its id, or its place in the file when the id is unusable. */
function featureKey(raw: unknown, index: number): string {
	const id = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
	return typeof id === 'string' && id.length > 0 && id.length <= 120 ? id : `#${index}`;
}

function positionsOf(feature: EventFeature): [number, number][] {
	return feature.geometry.type === 'Point'
		? [feature.geometry.coordinates]
		: feature.geometry.coordinates;
}

function datesOf(feature: EventFeature): { field: string; day: string }[] {
	const p = feature.properties;
	const dates = [{ field: 'date.start', day: p.date.start }];
	if (p.date.end) dates.push({ field: 'date.end', day: p.date.end });
	p.active_dates?.forEach((day, i) => dates.push({ field: `active_dates[${i}]`, day }));
	p.reported_count?.forEach((c, i) =>
		dates.push({ field: `reported_count[${i}].date`, day: c.date })
	);
	return dates;
}

/** Checks a whole dataset against the schema and the rules that span features. */
export function checkDataset(
	input: DatasetFiles,
	departments: Departments,
	options: CheckOptions = {}
): CheckResult {
	const problems: CheckIssue[] = [];
	const features: CheckedFeature[] = [];

	const metaResult = datasetMetaSchema.safeParse(input.meta);
	if (!metaResult.success)
		appendAll(problems, schemaIssues({ file: input.metaPath }, metaResult.error));
	const meta = metaResult.success ? metaResult.data : undefined;
	if (meta?.regions?.polygons === 'file' && meta.files.includes(meta.regions.file))
		problems.push({
			file: input.metaPath,
			field: 'regions.file',
			rule: 'regions-not-events',
			message: `${meta.regions.file} is listed in "files" too: region polygons are not events`
		});

	const seenIds = new Map<string, string>();
	for (const { path, json } of input.files) {
		const collection = featureCollectionSchema.safeParse(json);
		if (!collection.success) {
			appendAll(problems, schemaIssues({ file: path }, collection.error));
			continue;
		}
		collection.data.features.forEach((raw, index) => {
			const where = { file: path, feature: featureKey(raw, index) };
			const report = (field: string, rule: string, message: string) =>
				problems.push({ ...where, field, rule, message });
			let geojsonErrors: string[];
			let parsed: ReturnType<typeof featureSchema.safeParse>;
			try {
				geojsonErrors = gjv.isFeature(raw, true) as string[];
				parsed = featureSchema.safeParse(raw);
			} catch (error) {
				// Arrays within arrays by the thousand (a hostile file): the validators recurse.
				if (!(error instanceof RangeError)) throw error;
				report('geometry', 'nesting', 'is nested too deeply to check');
				return;
			}
			for (const message of geojsonErrors) report('geojson', 'geojson', message);
			if (!parsed.success) {
				appendAll(problems, schemaIssues(where, parsed.error));
				return;
			}
			const feature = parsed.data;
			const id = feature.properties.id;
			// A feature with any problem is reported and left out of the result.
			let ok = true;
			const firstFile = seenIds.get(id);
			if (firstFile) {
				ok = false;
				report('id', 'duplicate-id', `duplicates an id already used in ${firstFile}`);
			} else seenIds.set(id, path);

			let inside = true;
			if (meta) {
				const [west, south, east, north] = meta.bbox;
				positionsOf(feature).forEach(([lon, lat], i) => {
					if (lon < west || lon > east || lat < south || lat > north) {
						inside = false;
						const swapped = lat >= west && lat <= east && lon >= south && lon <= north;
						report(
							`geometry.coordinates${feature.geometry.type === 'Point' ? '' : `[${i}]`}`,
							'outside-area',
							`[${lon}, ${lat}] is outside the dataset's area${swapped ? ' (longitude and latitude look swapped)' : ''}`
						);
					}
				});
				for (const { field, day } of datesOf(feature)) {
					if (day < meta.period.start || day > meta.period.end) {
						ok = false;
						report(
							field,
							'outside-period',
							`${day} is outside the dataset's period (${meta.period.start} to ${meta.period.end})`
						);
					}
				}
			}
			if (meta) {
				const importedProblem = checkImported(feature, meta);
				if (importedProblem) {
					ok = false;
					report('properties.imported', 'imported-columns', importedProblem);
				}
			}
			if (!inside || !ok) return;
			if (meta && regionsFromAdmin1(meta)) {
				const admin1 = feature.properties.admin1;
				if (!admin1) {
					report(
						'properties.admin1',
						'admin1-needed',
						'is needed: the dataset groups its regions by admin1'
					);
					return;
				}
				features.push({ file: path, feature, department: regionCode(admin1) });
				return;
			}
			const department =
				feature.geometry.type === 'Point'
					? departmentOfPoint(feature.geometry.coordinates, departments)
					: departmentOfLine(feature.geometry, departments);
			if (!department) {
				report('geometry', 'outside-regions', 'lies outside every department of the boundaries');
				return;
			}
			features.push({ file: path, feature, department });
		});
	}

	appendAll(problems, checkReferences(features));
	// A retracted record is often the duplicate that was retracted: it is no longer counted.
	const duplicates = checkDuplicates(features.filter((l) => !isRetracted(l.feature.properties)));
	const warnings: string[] = [];
	if (meta?.record_ids) {
		const { assigned_by, field } = meta.record_ids;
		for (const issue of duplicates)
			warnings.push(
				`${issueLine(issue)} (a possible duplicate only: ${assigned_by} gave each record its own ${field})`
			);
	} else appendAll(problems, duplicates);
	if (meta) appendAll(problems, checkPlausibleDates(features, meta, input.metaPath));
	if (options.gazetteer) appendAll(problems, checkAgainstGazetteer(features, options.gazetteer));
	if (options.gazetteer && options.routes)
		appendAll(problems, checkRoadSections(features, options.gazetteer, options.routes));
	const quotes = checkQuotes(features, meta ? { path: input.metaPath, meta } : undefined);
	appendAll(problems, quotes.problems);

	if (meta) {
		// A blockade that is part of another located one is the same blockade, and one inside a
		// count-only section is one of its count: counted once, with it (as the totals do).
		const locatedIds = new Set(
			features
				.filter(
					(f) => isLocatedBlockade(f.feature.properties) && !isRetracted(f.feature.properties)
				)
				.map((f) => f.feature.properties.id)
		);
		const countedIds = new Set(
			features
				.filter((f) => (f.feature.properties.reported_count?.length ?? 0) > 0)
				.map((f) => f.feature.properties.id)
		);
		const located = features.filter(
			({ feature: { properties: p } }) =>
				locatedIds.has(p.id) &&
				!(p.part_of !== undefined && (locatedIds.has(p.part_of) || countedIds.has(p.part_of)))
		).length;
		if (problems.length === 0 && located !== meta.blockades_located) {
			problems.push({
				file: input.metaPath,
				field: 'blockades_located',
				rule: 'blockades-located',
				message: `says ${meta.blockades_located} but the data has ${located} located blockades`
			});
		}
	}
	const told = meta
		? checkStories(
				{ stories: input.stories ?? [], claims: input.claims ?? null },
				meta,
				features.map((f) => f.feature),
				new Set([
					...departments.features.map((d) => d.properties.iso_3166_2),
					...features.map((f) => f.department)
				])
			)
		: { problems: [], stories: [], claims: null };
	appendAll(problems, told.problems);
	return {
		issues: problems,
		problems: problems.map(issueLine),
		warnings,
		meta,
		features,
		stories: told.stories,
		claims: told.claims,
		quotes: quotes.count
	};
}

/**
 * An imported record gives back the columns of its file (the "as imported" download): it has no
 * more values than dataset.json names columns, and in a dataset whose ids a source assigned,
 * the record holds that id, which the feature's id is made from.
 */
function checkImported(feature: EventFeature, meta: DatasetMeta): string | null {
	const { imported, id } = feature.properties;
	if (!imported) return null;
	const columns = meta.imported_columns ?? [];
	if (imported.length > columns.length)
		return `has ${imported.length} values, but dataset.json imported_columns names ${columns.length} columns`;
	const field = meta.record_ids?.field;
	if (field === undefined || !columns.includes(field)) return null;
	const recordId = imported[columns.indexOf(field)] ?? '';
	if (recordId === '') return `has no ${field}, the record's id`;
	if (recordIdSlug(recordId) !== id)
		return `${field} ${JSON.stringify(recordId)} is not the record of id ${id} (its id would be ${recordIdSlug(recordId)})`;
	return null;
}

/**
 * Every day of the dataset within its plausible span: a year mistyped by one character (1019)
 * would stretch the period over a thousand years and break the page that draws it.
 */
function checkPlausibleDates(
	features: readonly LocatedFeature[],
	meta: DatasetMeta,
	metaPath: string
): CheckIssue[] {
	const span = meta.plausible_span ?? defaultPlausibleSpan();
	const outside = (
		where: Pick<CheckIssue, 'file' | 'feature'>,
		field: string,
		day: string | undefined
	): CheckIssue[] =>
		day !== undefined && !isPlausibleDay(day, span)
			? [
					{
						...where,
						field,
						rule: 'plausible-dates',
						message: `${day} is outside the dataset's plausible span ${describeSpan(span)}: a typo in the year? (a dataset of older events sets plausible_span in dataset.json)`
					}
				]
			: [];
	const problems = [
		...outside({ file: metaPath }, 'period.start', meta.period.start),
		...outside({ file: metaPath }, 'period.end', meta.period.end)
	];
	for (const { file, feature } of features) {
		const p = feature.properties;
		const where = { file, feature: p.id };
		problems.push(
			...outside(where, 'date.start', p.date.start),
			...outside(where, 'date.end', p.date.end),
			...(p.active_dates ?? []).flatMap((day, i) => outside(where, `active_dates[${i}]`, day))
		);
	}
	return problems;
}
