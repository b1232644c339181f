// Assembles one imported feature in the schema's field order and checks it against the schema,
// turning any schema issue into a problem at the record's line.
import {
	featureSchema,
	type Casualties,
	type EventFeature,
	type EventGeometry,
	type FeatureProperties,
	type Source
} from '../data/schema.ts';
import type { ImportProblem, RecordPosition } from './problems.ts';

/** The properties of an imported feature; optional ones may be left undefined. */
export type FeatureDraft = Omit<FeatureProperties, 'place'> & {
	place: { name: string; alt_names?: string[] };
};

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key];
	}
	return node;
}

/** Only the figures that exist: an empty measure is left out, not written as []. */
export function casualtiesOf(
	figures: Partial<Record<keyof Casualties, number | undefined>>,
	source: Source
): Casualties | undefined {
	const casualties: Casualties = {};
	for (const [measure, value] of Object.entries(figures) as [
		keyof Casualties,
		number | undefined
	][])
		if (value !== undefined) casualties[measure] = [{ value, source: source.url }];
	return Object.keys(casualties).length > 0 ? casualties : undefined;
}

/**
 * The feature, with its properties in the schema's order (as maintainers write them), or the
 * schema's objections as problems at `at`.
 */
export function finishFeature(
	geometry: EventGeometry,
	draft: FeatureDraft,
	at: RecordPosition
): { feature: EventFeature } | { problems: ImportProblem[] } {
	const properties = withoutUndefined({
		id: draft.id,
		kind: draft.kind,
		title: draft.title,
		description: draft.description,
		date: withoutUndefined(draft.date),
		active_dates: draft.active_dates,
		place: { name: draft.place.name, alt_names: draft.place.alt_names ?? [] },
		admin1: draft.admin1,
		location: draft.location,
		casualties: draft.casualties,
		road: draft.road,
		reported_count: draft.reported_count,
		sources: draft.sources,
		untranslated: draft.untranslated,
		notes: draft.notes,
		imported: draft.imported
	});
	const feature = { type: 'Feature' as const, geometry, properties };
	const parsed = featureSchema.safeParse(feature);
	if (parsed.success) return { feature: feature as EventFeature };
	return {
		problems: parsed.error.issues.map((issue) => ({
			at,
			column: issue.path.map(String).join('.'),
			value: valueAt(feature, issue.path),
			reason: issue.message
		}))
	};
}
