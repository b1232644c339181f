// A feature split in two: the summary every map page needs from its first view (where, when,
// what, the figures with their sources' addresses) and the details read only in the details
// panel (the description, the geographic context, the list of sources, the location's source,
// the place's other names, and the notes and quotes on the location and figures).
// The details are fetched on selection from `details/<k>.json`, a thousand features a file, so
// a page carries only summaries. Pure; withDetails(summary, details) gives the feature back.
import type { PublicFeature } from './publicData.ts';

type Properties = PublicFeature['properties'];

/** What a details file holds for a feature: whole fields, replacing the summary's. */
export type FeatureDetails = Pick<Properties, 'description' | 'sources' | 'location'> &
	Partial<Pick<Properties, 'context' | 'history' | 'place' | 'casualties' | 'reported_count'>>;

/** Where a summary's description stands until its details arrive (one object, shared). */
export const PENDING_DESCRIPTION: Properties['description'] = Object.freeze({ es: '', en: '' });

/** Where a summary's location source stands until its details arrive (one object, shared). */
export const PENDING_LOCATION_SOURCE: Properties['location']['source'] = Object.freeze({
	url: '',
	title: '',
	publisher: '',
	date: null
});

/** Where a summary's sources stand until its details arrive: the figures keep their addresses. */
export const PENDING_SOURCES: Properties['sources'] = Object.freeze(
	[]
) as unknown as Properties['sources'];

/** An object without its `note` and `quote`; the same object when it has neither. */
function withoutNotes<T extends object>(value: T): T {
	if (!('note' in value) && !('quote' in value)) return value;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { note: _note, quote: _quote, ...rest } = value as T & { note?: unknown; quote?: unknown };
	return rest as T;
}

type Figure = NonNullable<NonNullable<Properties['casualties']>['dead']>[number];

/** A figure without its notes and quote, and without the note on why it was superseded. */
function figureSummary(figure: Figure): Figure {
	const summary = withoutNotes(figure);
	const interim = summary.interim && withoutNotes(summary.interim);
	return interim === summary.interim ? summary : { ...summary, interim };
}

/**
 * Splits a feature's properties. The summary waits for details file `chunk`; the details hold
 * the description, context, history, sources and location whole, the place where it has other
 * names, and the figures and reported counts where notes or quotes left them. Does not modify
 * its input.
 */
export function splitDetails(
	properties: Properties,
	chunk: number
): { summary: Properties; details: FeatureDetails } {
	const { description, context, history, sources, ...rest } = properties;
	// The map reads a location's precision and radius; the panel its source and notes.
	const location = { ...withoutNotes(rest.location), source: PENDING_LOCATION_SOURCE };
	// The list and the panel's heading read a place's name; only the panel its other names.
	const place = rest.place.alt_names.length ? { ...rest.place, alt_names: [] } : rest.place;
	const casualties = rest.casualties
		? Object.fromEntries(
				Object.entries(rest.casualties).map(([m, figures]) => [m, figures?.map(figureSummary)])
			)
		: undefined;
	const reported = rest.reported_count?.map(withoutNotes);
	// A summary that lost nothing is the same object (withoutNotes, figureSummary).
	const lostNotes = Object.entries(rest.casualties ?? {}).some(([m, figures]) =>
		figures?.some((figure, i) => casualties?.[m]?.[i] !== figure)
	);
	const details: FeatureDetails = { description, sources, location: rest.location };
	if (context) details.context = context;
	if (history) details.history = history;
	if (place !== rest.place) details.place = rest.place;
	if (lostNotes) details.casualties = rest.casualties;
	if (reported?.some((count, i) => count !== rest.reported_count![i]))
		details.reported_count = rest.reported_count;
	const summary: Properties = {
		...rest,
		description: PENDING_DESCRIPTION,
		sources: PENDING_SOURCES,
		place,
		location,
		...(casualties ? { casualties } : {}),
		...(reported ? { reported_count: reported } : {}),
		details: chunk
	};
	return { summary, details };
}

/** The summaries of features, `size` to a details file. */
export function summaryFeatures(features: readonly PublicFeature[], size: number): PublicFeature[] {
	return features.map((f, i) => ({
		...f,
		properties: splitDetails(f.properties, Math.floor(i / size)).summary
	}));
}

/** The details of features [k × size, (k + 1) × size), by id: the file `details/<k>.json`. */
export function detailsChunk(
	features: readonly PublicFeature[],
	k: number,
	size: number
): Record<string, FeatureDetails> {
	return Object.fromEntries(
		features
			.slice(k * size, (k + 1) * size)
			.map((f) => [f.properties.id, splitDetails(f.properties, k).details])
	);
}

/** A summary with its details: the feature as it was, no longer waiting. */
export function withDetails(feature: PublicFeature, details: FeatureDetails): PublicFeature {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { details: _chunk, ...properties } = feature.properties;
	return { ...feature, properties: { ...properties, ...details } };
}
