// What a claim of a source text can be, and the verdicts it can get. Plain constants: the
// claims page uses them in the browser without the schema library.

/**
 * From the best supported to the least: confirmed (every source agrees), within range (the
 * others bracket it), interim (an earlier count later ones superseded), contradicted, partly
 * supported (some parts of a multi-part claim), only in the source text, not checked. Casualty
 * claims' verdicts are computed (data/claims.ts); the others are given.
 */
export const VERDICTS = [
	'confirmed',
	'within-range',
	'interim',
	'contradicted',
	'partly-supported',
	'only-in-source-text',
	'not-checked'
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a claim is about: a casualty figure, a date, another count, or a place or happening. */
export const CLAIM_TYPES = ['casualty', 'date', 'count', 'place'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];
