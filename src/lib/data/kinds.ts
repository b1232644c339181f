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
	'political'
] as const;
export type Kind = (typeof KINDS)[number];

/** Categories group kinds into the map's layers and styles. */
export const CATEGORY_OF_KIND = {
	massacre: 'violence',
	clash: 'violence',
	death: 'violence',
	cabildo: 'assembly',
	mobilisation: 'assembly',
	occupation: 'assembly',
	march: 'march',
	blockade: 'blockade',
	'blockade-section': 'blockade',
	political: 'political'
} as const satisfies Record<Kind, string>;
export type Category = (typeof CATEGORY_OF_KIND)[Kind];

export const CASUALTY_MEASURES = ['dead', 'injured', 'detained'] as const;
export type CasualtyMeasure = (typeof CASUALTY_MEASURES)[number];

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
