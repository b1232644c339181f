// The shape of every id (dataset, feature, story, claim): lowercase words joined by single hyphens.
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A text as an id of that shape: accents dropped, lowercase, other characters as hyphens. */
export function slugify(value: string): string {
	return value
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A feature's id made from the id a source gave its record (ACLED's event_id_cnty). */
export const recordIdSlug = (recordId: string): string => slugify(recordId).slice(0, 120);
