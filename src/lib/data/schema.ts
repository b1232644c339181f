// The one definition of Cabildo's data schema: the checker (`npm run data:check`), the build
// and the TypeScript types all come from here. Described in words in data/README.md.
import { DATE_PRECISIONS } from '../domain/datePrecision.ts';
import { z } from 'zod';
import { SLUG } from './slug.ts';

import {
	KINDS,
	CASUALTY_MEASURES,
	COUNT_QUALIFIERS,
	COUNT_UNITS,
	isLocatedBlockade
} from '../domain/kinds.ts';

export {
	KINDS,
	CASUALTY_MEASURES,
	COUNT_UNITS,
	COUNT_QUALIFIERS,
	type CountUnit,
	type Kind,
	type CasualtyMeasure
} from '../domain/kinds.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDay = z
	.string()
	.regex(ISO_DAY, 'must be a date written YYYY-MM-DD')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'is not a real calendar date');

/** Only http(s) links: never javascript:, data: or relative URLs. */
export const httpUrl = z
	.string()
	.max(2000, 'is longer than 2000 characters')
	.refine((s) => {
		try {
			const u = new URL(s);
			return u.protocol === 'http:' || u.protocol === 'https:';
		} catch {
			return false;
		}
	}, 'must be an absolute http(s) URL');

/** An imported record's limits: columns, and the length of a column's name and value. */
export const IMPORTED_COLUMNS_MAX = 200;
const IMPORTED_NAME_MAX = 200;
const IMPORTED_VALUE_MAX = 100_000;

const text = (max: number) =>
	z
		.string()
		.trim()
		.min(1, 'must not be empty')
		.max(max, `is longer than ${max} characters`)
		.refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)');

/** What review says of a record; every value but verified says why, and since when. */
export const RECORD_STATUSES = ['verified', 'unverified', 'disputed', 'retracted'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const bilingual = (max: number) => z.strictObject({ es: text(max), en: text(max) });

export const sourceSchema = z.strictObject({
	/** The publisher's own link to the page. */
	url: httpUrl,
	title: text(400),
	/**
	 * How sure the title is: 'from-address' when it was pieced together from the page's address or
	 * an excerpt (the exact wording not seen); 'not-seen' when no headline was seen at all, and
	 * `title` only says, for maintainers, what the page is. Readers see a note in their language.
	 */
	title_note: z.enum(['from-address', 'not-seen']).optional(),
	publisher: text(200),
	/** Publication date when known; null when the page shows none. */
	date: isoDay.nullable(),
	/** Where the page was read when that is not `url` (a mirror, a reprint, an archive). */
	read_at: httpUrl.optional(),
	/**
	 * The agency whose dispatch the page carries (EFE, AFP, ABI…): pages carrying one dispatch are
	 * one source when figures are compared.
	 */
	via: text(100).optional(),
	/**
	 * For a secondary source (a database such as ACLED): the publishers it cites, by name,
	 * as it gives them (it gives no links).
	 */
	reported_by: z.array(text(200)).max(50).optional()
});
export type Source = z.infer<typeof sourceSchema>;

const count = z.number().int('must be a whole number').nonnegative('must not be negative');

/** The sentence of a source that gives a figure, in the source's language, and when it was read. */
export const quoteSchema = z.strictObject({
	text: z
		.string()
		.trim()
		.min(1, 'must not be empty')
		.max(300, 'is longer than 300 characters')
		.refine((s) => !/[<>]/.test(s), 'must be plain text (no < or >)'),
	lang: z.enum(['es', 'en']),
	/** The day the quote was read at the source. */
	read: isoDay
});
export type Quote = z.infer<typeof quoteSchema>;

/**
 * A count that a later count replaced (a first-day toll, a preliminary report): `superseded_by`
 * is the source of the figure that replaced it. Interim counts are shown but never chosen as an
 * event's conservative figure.
 */
export const interimSchema = z.strictObject({
	superseded_by: httpUrl,
	note: bilingual(400).optional()
});

/** Whether n named people make up a figure: its exact value, or a count within its bounds. */
export function namedMatchesCount(
	n: number,
	f: { value?: number; min?: number; max?: number }
): boolean {
	if (f.value !== undefined) return n === f.value;
	return (f.min === undefined || n >= f.min) && (f.max === undefined || n <= f.max);
}

/**
 * One source's figure: an exact `value`, a range `min`–`max`, "at least `min`" or "up to `max`".
 * `source` is the URL of one of the feature's sources.
 */
export const figureSchema = z
	.strictObject({
		value: count.optional(),
		min: count.optional(),
		max: count.optional(),
		source: httpUrl,
		note: bilingual(600).optional(),
		quote: quoteSchema.optional(),
		interim: interimSchema.optional(),
		/**
		 * The people the source names for this count, as it spells them: a quote that names them
		 * all states the count even without a number ("X and Y died").
		 */
		named: z.array(text(200)).min(1, 'must name at least one person').max(100).optional(),
		/**
		 * Who the figure counts when a source counts groups apart ("soldiers", "police"): the
		 * figures of one event are then not the same count told twice.
		 */
		who: bilingual(80).optional()
	})
	.superRefine((f, ctx) => {
		const exact = f.value !== undefined;
		const range = f.min !== undefined || f.max !== undefined;
		if (exact === range) {
			ctx.addIssue({ code: 'custom', message: 'needs either value, or min and/or max' });
		} else if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
			ctx.addIssue({ code: 'custom', message: `min (${f.min}) is greater than max (${f.max})` });
		}
		if (f.named && !namedMatchesCount(f.named.length, f)) {
			ctx.addIssue({
				code: 'custom',
				path: ['named'],
				message: `names ${f.named.length} people, which is not the figure`
			});
		}
	});
export type Figure = z.infer<typeof figureSchema>;

export const casualtiesSchema = z.strictObject({
	dead: z.array(figureSchema).optional(),
	injured: z.array(figureSchema).optional(),
	detained: z.array(figureSchema).optional(),
	held: z.array(figureSchema).optional()
});
export type Casualties = z.infer<typeof casualtiesSchema>;

export const reportedCountSchema = z.strictObject({
	value: count,
	/** Blockades when absent. */
	unit: z.enum(COUNT_UNITS).optional(),
	qualifier: z.enum(COUNT_QUALIFIERS).optional(),
	date: isoDay,
	source: httpUrl,
	note: bilingual(600).optional(),
	quote: quoteSchema.optional()
});

export const LOCATION_PRECISIONS = ['exact', 'locality', 'approximate'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const locationSchema = z.strictObject({
	precision: z.enum(LOCATION_PRECISIONS),
	/** Honest uncertainty radius around the drawn geometry, in metres. */
	radius_m: count.max(200_000, 'is over 200 km'),
	/** Where the coordinates come from (gazetteer, encyclopedia infobox…). */
	source: sourceSchema,
	note: bilingual(600).optional(),
	/**
	 * When the point is not the place itself but stands in for it: the gazetteer place (a town) it
	 * is drawn at. `data:check` holds the point to it, so a note cannot outlive a moved point.
	 */
	stand_in: text(200).optional(),
	/**
	 * A road section's trunk road (its number in data/gazetteer/routes.json): `data:check` holds
	 * the line to the road's towns, so it never cuts straight across them.
	 */
	route: z
		.string()
		.regex(/^\d{1,3}$/, 'is a road number, such as "1"')
		.optional()
});

export { DATE_PRECISIONS, timePrecisionCode, type DatePrecision } from '../domain/datePrecision.ts';

export const dateSchema = z
	.strictObject({
		start: isoDay,
		end: isoDay.optional(),
		precision: z.enum(DATE_PRECISIONS)
	})
	.refine((d) => d.end === undefined || d.end >= d.start, {
		message: 'end is before start',
		path: ['end']
	});

export const placeSchema = z.strictObject({
	name: text(200),
	alt_names: z.array(text(200)).max(20).default([]),
	/** Gazetteer ids (GeoNames) of other places that share a name with this one. */
	homonyms: z.array(z.number().int().positive()).max(20).optional()
});

/** Words that say a figure counts people held by protesters or residents, not arrests. */
const HELD_BY_CIVILIANS =
	/retenid|rehen|secuestrad|hostage|held by (the )?(residents|protesters|villagers|locals|neighbou?rs)|por (los )?(vecinos|comunarios|manifestantes|pobladores)/i;

const statusSchema = z
	.strictObject({
		value: z.enum(RECORD_STATUSES),
		/** Why, in both languages (the page shows it); required but for verified. */
		reason: bilingual(600).optional(),
		/** The day of the review that set it. */
		date: isoDay
	})
	.refine((s) => s.value === 'verified' || s.reason !== undefined, {
		message: 'says why in reason (es and en) unless verified',
		path: ['reason']
	});

export const featurePropertiesSchema = z
	.strictObject({
		id: z
			.string()
			.max(120, 'is longer than 120 characters')
			.regex(SLUG, 'must be a lowercase slug'),
		kind: z.enum(KINDS),
		title: bilingual(200),
		description: bilingual(2000),
		date: dateSchema,
		/** Blockades: each day on which a dated report says the blockade was active. */
		active_dates: z.array(isoDay).optional(),
		place: placeSchema,
		/**
		 * First-level region (department, province, state) as the source names it. Datasets that
		 * ship no boundaries group their totals by it.
		 */
		admin1: text(200).optional(),
		location: locationSchema,
		casualties: casualtiesSchema.optional(),
		/** Blockades: the road they cut, as the reports name it. */
		road: bilingual(200).optional(),
		/** Road sections: blockades a report counts on the section without naming them. */
		reported_count: z.array(reportedCountSchema).optional(),
		/**
		 * The id of the feature this one is part of (a blockade point inside a section already
		 * mapped, or a second feature for the same blockade): it is then counted once.
		 */
		part_of: z.string().max(120).regex(SLUG, 'must be a feature id').optional(),
		/** Ids of nearby features that look like duplicates of this one but are other events. */
		distinct_from: z
			.array(z.string().max(120).regex(SLUG, 'must be a feature id'))
			.max(20)
			.optional(),
		sources: z.array(sourceSchema).min(1, 'needs at least one source').max(40),
		/**
		 * Text copied in its original language into both language slots (imports): the page says
		 * it is untranslated.
		 */
		untranslated: z
			.strictObject({
				lang: z.enum(['es', 'en']),
				fields: z.array(z.enum(['title', 'description'])).min(1)
			})
			.optional(),
		/** For maintainers only; not published to the page. */
		notes: z.string().max(4000).optional(),
		/**
		 * The record as its import read it: its values as written, one per column of dataset.json
		 * `imported_columns`, in that order (trailing empty cells left out). An array, not an
		 * object: a million records keep no million copies of the column names. Not shown on the
		 * page: the dataset's "as imported" download gives the columns back.
		 */
		imported: z.array(z.string().max(IMPORTED_VALUE_MAX)).max(IMPORTED_COLUMNS_MAX).optional(),
		/**
		 * How the record stands after review (none: as published). A retracted record is never
		 * deleted: it leaves the map, the totals and the downloads, and its page says why.
		 */
		status: statusSchema.optional()
	})
	.superRefine((p, ctx) => {
		const isBlockade = p.kind === 'blockade' || p.kind === 'blockade-section';
		if (isBlockade && (!p.active_dates || p.active_dates.length === 0)) {
			ctx.addIssue({
				code: 'custom',
				path: ['active_dates'],
				message: 'a blockade needs the dates on which it was reported active'
			});
		}
		if (!isBlockade && p.active_dates) {
			ctx.addIssue({ code: 'custom', path: ['active_dates'], message: 'only blockades have it' });
		}
		if (p.road && !isBlockade) {
			ctx.addIssue({ code: 'custom', path: ['road'], message: 'only blockades have it' });
		}
		const lastDay = p.date.end ?? p.date.start;
		p.active_dates?.forEach((day, i) => {
			if (day < p.date.start || day > lastDay) {
				ctx.addIssue({
					code: 'custom',
					path: ['active_dates', i],
					message: `${day} is outside the feature's own dates (${p.date.start} to ${lastDay})`
				});
			}
		});
		if (isLocatedBlockade(p) && p.sources.every((s) => s.date === null)) {
			ctx.addIssue({
				code: 'custom',
				path: ['sources'],
				message: 'a located blockade needs at least one dated report (every source has date null)'
			});
		}
		p.casualties?.detained?.forEach((figure, i) => {
			const note = `${figure.note?.es ?? ''} ${figure.note?.en ?? ''}`;
			if (HELD_BY_CIVILIANS.test(note)) {
				ctx.addIssue({
					code: 'custom',
					path: ['casualties', 'detained', i],
					message:
						'detained counts people held by state forces; people held by protesters or residents go in casualties.held'
				});
			}
		});
		if (p.part_of === p.id) {
			ctx.addIssue({ code: 'custom', path: ['part_of'], message: 'names the feature itself' });
		}
		const words = `${p.title.es} ${p.title.en} ${p.description.es} ${p.description.en}`;
		if (/barricad/i.test(words)) {
			p.reported_count?.forEach((c, i) => {
				if (c.unit !== 'barricades') {
					ctx.addIssue({
						code: 'custom',
						path: ['reported_count', i, 'unit'],
						message:
							'the feature speaks of barricades: say whether this count is of "barricades" or "blockades" (they are not the same thing)'
					});
				}
			});
		}
		if (p.reported_count && p.kind !== 'blockade-section') {
			ctx.addIssue({
				code: 'custom',
				path: ['reported_count'],
				message: 'only blockade-section features carry counts'
			});
		}
		const urls = new Set(p.sources.map((s) => s.url));
		for (const measure of CASUALTY_MEASURES) {
			const figures = p.casualties?.[measure] ?? [];
			figures.forEach((figure, i) => {
				if (!urls.has(figure.source)) {
					ctx.addIssue({
						code: 'custom',
						path: ['casualties', measure, i, 'source'],
						message: 'is not one of the feature’s sources'
					});
				}
				const by = figure.interim?.superseded_by;
				if (by !== undefined && !figures.some((f) => f.source === by && !f.interim)) {
					ctx.addIssue({
						code: 'custom',
						path: ['casualties', measure, i, 'interim', 'superseded_by'],
						message: `names no standing ${measure} figure of this feature: an interim count is replaced by a later figure from one of its sources`
					});
				}
			});
		}
		p.reported_count?.forEach((c, i) => {
			if (!urls.has(c.source)) {
				ctx.addIssue({
					code: 'custom',
					path: ['reported_count', i, 'source'],
					message: 'is not one of the feature’s sources'
				});
			}
		});
	});
export type FeatureProperties = z.infer<typeof featurePropertiesSchema>;

const position = z
	.tuple([z.number().finite(), z.number().finite()])
	.describe('[longitude, latitude]');

export const geometrySchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Point'), coordinates: position }),
	z.strictObject({
		type: z.literal('LineString'),
		coordinates: z.array(position).min(2, 'a line needs at least two positions').max(5000)
	})
]);
export type EventGeometry = z.infer<typeof geometrySchema>;

export const featureSchema = z.strictObject({
	type: z.literal('Feature'),
	geometry: geometrySchema,
	properties: featurePropertiesSchema
});
export type EventFeature = z.infer<typeof featureSchema>;

export const featureCollectionSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown()).max(1_000_000)
});

/** A total reported by a source for the whole country or one department, on a date. */
export const reportedTotalSchema = z
	.strictObject({
		measure: z.enum(['blockades', ...CASUALTY_MEASURES]),
		/** A country's ISO 3166-1 code (BO) or a region's ISO 3166-2 code (BO-L). */
		scope: z
			.string()
			.regex(
				/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
				'must be a country code like BO or a region code like BO-L'
			),
		value: count.optional(),
		min: count.optional(),
		max: count.optional(),
		date: isoDay,
		source: sourceSchema,
		note: bilingual(800).optional(),
		quote: quoteSchema.optional(),
		/** A total that a later total replaced: the URL of the source of that later total. */
		interim: interimSchema.optional()
	})
	.refine((t) => (t.value === undefined) !== (t.min === undefined && t.max === undefined), {
		message: 'needs either value, or min and/or max'
	})
	.refine((t) => t.min === undefined || t.max === undefined || t.min <= t.max, {
		message: 'min is greater than max'
	});
export type ReportedTotal = z.infer<typeof reportedTotalSchema>;

export const datasetMetaSchema = z
	.strictObject({
		id: z.string().regex(SLUG, 'must be a lowercase slug'),
		title: bilingual(200),
		description: bilingual(3000),
		period: z
			.strictObject({ start: isoDay, end: isoDay })
			.refine((p) => p.end >= p.start, { message: 'end is before start' }),
		/**
		 * The days its events can have (default: 1900 to the end of next year, see
		 * domain/plausibleDates.ts): a date outside is refused as a likely typo.
		 */
		plausible_span: z
			.strictObject({ from: isoDay, to: isoDay })
			.refine((p) => p.to >= p.from, { message: 'to is before from' })
			.optional(),
		/**
		 * Whose ids the records carry, when a source assigned them (ACLED's event_id_cnty, a survey's
		 * submission id): each record is one event by that source's own rules, so two records that
		 * look like one event drawn twice are listed as possible duplicates, not refused.
		 */
		record_ids: z.strictObject({ assigned_by: text(100), field: text(100) }).optional(),
		/** The columns of the file the features were imported from, in its order (see `imported`). */
		imported_columns: z
			.array(z.string().max(IMPORTED_NAME_MAX))
			.max(IMPORTED_COLUMNS_MAX)
			.refine((c) => new Set(c).size === c.length, { message: 'names a column twice' })
			.optional(),
		/** [west, south, east, north]: every coordinate must fall inside. */
		bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
		/** Replaced by `regions` (one descriptor for every dataset): named here so the line says so. */
		boundaries: z
			.never({
				error:
					'is replaced by "regions": {"polygons": "bolivia-departments"} for Bolivia\'s departments, or {"polygons": "none"} for admin1 names without polygons'
			})
			.optional(),
		/**
		 * What the dataset's regions are (totals, choropleth, region panel) and where their polygons
		 * come from: Bolivia's departments on the shipped basemap, each event's found from its
		 * geometry; or regions named by each feature's `admin1`, drawn from Natural Earth's admin-1
		 * polygons of some countries (ISO 3166-1 alpha-2), from a GeoJSON file beside dataset.json
		 * whose features name their region in `name_property`, or not drawn ('none'). The data
		 * build matches admin1 names to the polygons (docs/architecture.md).
		 */
		regions: z.discriminatedUnion('polygons', [
			z.strictObject({ polygons: z.literal('bolivia-departments') }),
			z.strictObject({
				polygons: z.literal('natural-earth-admin1'),
				countries: z
					.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))
					.min(1)
					.max(30)
			}),
			z.strictObject({
				polygons: z.literal('file'),
				file: z.string().regex(/^[a-z0-9-]+\.geojson$/, 'must be a .geojson file name'),
				name_property: text(100)
			}),
			z.strictObject({ polygons: z.literal('none') })
		]),
		/**
		 * How the page gets the features: 'auto' = inlined or downloaded whole by size, vector tiles
		 * above TILE_FEATURE_LIMIT; 'tiles' = vector tiles whatever the size (see docs/architecture.md).
		 */
		delivery: z.enum(['auto', 'tiles']).default('auto'),
		licence: z.strictObject({ name: text(100), url: httpUrl }),
		/**
		 * Whom readers write to about the data (the about page names them when the site has no
		 * corrections form or issue tracker): a name, and an address or a page.
		 */
		contact: z
			.strictObject({
				name: text(200),
				email: z.email('must be an email address').max(200).optional(),
				url: httpUrl.optional()
			})
			.refine((c) => c.email !== undefined || c.url !== undefined, {
				message: 'needs an email or a url'
			})
			.optional(),
		/** Whom a reuse credits besides each event's sources (e.g. the dataset's curators). */
		attribution: bilingual(200).optional(),
		last_reviewed: isoDay,
		/** The files of features, relative to dataset.json. */
		files: z
			.array(z.string().regex(/^[a-z0-9-]+\.geojson$/, 'must be a .geojson file name'))
			.min(1),
		/** How many blockade features carry a located point or section (checked against the data). */
		blockades_located: count,
		reported_totals: z.array(reportedTotalSchema).default([]),
		/** Blockades a dated report names at a place that could not be located from a cited source. */
		blockades_unlocated: z
			.array(
				z.strictObject({
					place: text(200),
					active_dates: z.array(isoDay),
					source: sourceSchema,
					note: bilingual(800).optional()
				})
			)
			.default([]),
		sources: z.array(sourceSchema).default([]),
		notes: z.string().max(4000).optional()
	})
	.superRefine((meta, ctx) => {
		meta.reported_totals.forEach((total, i) => {
			const by = total.interim?.superseded_by;
			if (
				by !== undefined &&
				!meta.reported_totals.some(
					(t) =>
						t.source.url === by &&
						t.measure === total.measure &&
						t.scope === total.scope &&
						t.date >= total.date &&
						!t.interim
				)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['reported_totals', i, 'interim', 'superseded_by'],
					message: `names no later standing ${total.measure} total for ${total.scope}`
				});
			}
		});
	});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
