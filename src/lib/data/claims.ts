// A casualty claim's verdict, computed from its feature's per-source figures (the source text
// is one of the sources): the same function checks the data and draws the claims page.
import type { CasualtyMeasure, Figure } from './schema.ts';
import type { ClaimsFile, Verdict } from './storySchema.ts';

/** Whether a figure says the same: the same number, or a range ("at least", "up to") holding it. */
const matches = (figure: Figure, value: number) =>
	figure.value !== undefined
		? figure.value === value
		: (figure.min === undefined || figure.min <= value) &&
			(figure.max === undefined || figure.max >= value);

/**
 * What the other sources say of a figure the source text gives: none gives one → not found
 * elsewhere; every one gives the same (or a range holding it) → consistent; else → differs.
 */
export function casualtyVerdict(
	figures: readonly Figure[],
	sourceText: string,
	value: number
): Verdict {
	const others = figures.filter((f) => f.source !== sourceText);
	if (others.length === 0) return 'not-found-elsewhere';
	return others.every((f) => matches(f, value)) ? 'consistent' : 'differs';
}

/** The source text's own figure among a feature's figures for one measure, if it gives one. */
export const sourceTextFigure = (figures: readonly Figure[] | undefined, sourceText: string) =>
	figures?.find((f) => f.source === sourceText);

/** Which of the source text's figures have a claim on the claims page, by feature and measure. */
export interface ClaimMarks {
	source: string;
	/** The claims page, without the language prefix. */
	path: string;
	byFeature: Record<string, Partial<Record<CasualtyMeasure, string>>>;
}

export function claimMarksOf(claims: ClaimsFile, path: string): ClaimMarks {
	const byFeature: ClaimMarks['byFeature'] = {};
	for (const c of claims.claims)
		if (c.type === 'casualty' && c.measure) (byFeature[c.features[0]] ??= {})[c.measure] = c.id;
	return { source: claims.source, path, byFeature };
}

/** The claim a figure of a feature stands for (a figure from the source text), if any. */
export function claimOfFigure(
	marks: ClaimMarks | null,
	feature: string,
	measure: CasualtyMeasure,
	figure: Figure
): string | null {
	if (!marks || figure.source !== marks.source) return null;
	return marks.byFeature[feature]?.[measure] ?? null;
}

/** The anchor of a claim on its page. */
export const claimAnchor = (id: string) => `claim-${id}`;
