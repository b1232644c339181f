// The closed sets of the schema, without the schema library: safe to ship to the browser.

export const KINDS = [
	'massacre',
	'clash',
	'death',
	'cabildo',
	'mobilisation',
	'occupation',
	'march',
	'blockade',
	'blockade-section',
	'political',
	// What an import could not place among the kinds above (a My Maps folder of another name).
	'other'
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * `detained`: people held by state forces (arrests); `held`: people held by protesters or
 * residents (soldiers or police kept for hours). Kept apart so that neither total mixes the two.
 */
export const CASUALTY_MEASURES = ['dead', 'injured', 'detained', 'held'] as const;
export type CasualtyMeasure = (typeof CASUALTY_MEASURES)[number];

/** What a road-section count counts: blockades and barricades are not the same thing. */
export const COUNT_UNITS = ['blockades', 'barricades'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];
/** How the report words the number ("nearly 100", "about 18", "at least 10", "more than 70"). */
export const COUNT_QUALIFIERS = ['nearly', 'about', 'at-least', 'more-than'] as const;
export type CountQualifier = (typeof COUNT_QUALIFIERS)[number];

export function isBlockadeKind(kind: Kind): boolean {
	return kind === 'blockade' || kind === 'blockade-section';
}

/** A blockade mapped at a named place or section (not only a count reported for a road). */
export function isLocatedBlockade(properties: {
	kind: Kind;
	reported_count?: readonly unknown[];
}): boolean {
	return (
		properties.kind === 'blockade' ||
		(properties.kind === 'blockade-section' && !properties.reported_count?.length)
	);
}

/** A record retracted after review: off the map, the totals and the counts; its page stays. */
export const isRetracted = (properties: { status?: { value: string } }): boolean =>
	properties.status?.value === 'retracted';
