// A casualty claim's verdict, computed from its feature's per-source figures (the source text
// is one of the sources): the same function checks the data and draws the claims page.
import type { CasualtyMeasure, DatasetMeta, EventFeature, Figure } from './schema.ts';
import type { ClaimsFile } from './storySchema.ts';
import type { Verdict } from '../domain/claims.ts';

/** Who stands behind a source's figure: the agency whose dispatch it carries, else the page. */
export type AgencyOf = (sourceUrl: string) => string | undefined;

/** The agency of each source a dataset cites (its `via`), by URL. */
export function agencyFinder(
	meta: Pick<DatasetMeta, 'sources' | 'reported_totals'>,
	features: readonly Pick<EventFeature, 'properties'>[]
): AgencyOf {
	const via = new Map<string, string>();
	const add = (s: { url: string; via?: string }) => s.via && via.set(s.url, s.via);
	meta.sources.forEach(add);
	meta.reported_totals.forEach((t) => add(t.source));
	for (const f of features) f.properties.sources.forEach(add);
	return (url) => via.get(url);
}

const independenceKey = (url: string, agencyOf: AgencyOf) => agencyOf(url) ?? url;

const low = (f: Figure) => f.value ?? f.min ?? 0;
const high = (f: Figure) => f.value ?? f.max ?? Infinity;

/** How many independent sources give the figures: pages carrying one dispatch count once. */
export function independentSources(figures: readonly Figure[], agencyOf: AgencyOf): number {
	return new Set(figures.map((f) => independenceKey(f.source, agencyOf))).size;
}

/**
 * What the other sources say of a figure the source text gives:
 * - the source text's own figure was superseded by a later count → interim;
 * - no other source gives a figure → only in the source text;
 * - an independent source (not the source text's own agency) gives the same number → confirmed;
 * - the others' figures bracket it (a range holding it, or counts below and above) → within range;
 * - otherwise → contradicted.
 * Interim counts of other sources are left out when standing ones exist.
 */
export function casualtyVerdict(
	figures: readonly Figure[],
	sourceText: string,
	value: number,
	agencyOf: AgencyOf = () => undefined
): Verdict {
	const own = figures.find((f) => f.source === sourceText);
	if (own?.interim) return 'interim';
	const ownKey = independenceKey(sourceText, agencyOf);
	const independent = figures.filter(
		(f) => f.source !== sourceText && independenceKey(f.source, agencyOf) !== ownKey
	);
	if (independent.length === 0) return 'only-in-source-text';
	const standing = independent.filter((f) => !f.interim);
	const others = standing.length > 0 ? standing : independent;
	if (others.some((f) => f.value === value || (f.min === value && f.max === value)))
		return 'confirmed';
	const holds = others.some(
		(f) =>
			f.value === undefined &&
			f.min !== undefined &&
			f.max !== undefined &&
			f.min <= value &&
			value <= f.max
	);
	const below = others.some((f) => high(f) < value);
	const above = others.some((f) => low(f) > value);
	return holds || (below && above) ? 'within-range' : 'contradicted';
}

/** The source text's own figure among a feature's figures for one measure, if it gives one. */
export const sourceTextFigure = (figures: readonly Figure[] | undefined, sourceText: string) =>
	figures?.find((f) => f.source === sourceText);

/** Which of the source text's figures have a claim on the claims page, by feature and measure. */
export interface ClaimMarks {
	source: string;
	/** The source text's name in the navigation, when the claims file gives one. */
	label?: { es: string; en: string };
	/** The claims page, without the language prefix. */
	path: string;
	byFeature: Record<string, Partial<Record<CasualtyMeasure, string>>>;
}

export function claimMarksOf(claims: ClaimsFile, path: string): ClaimMarks {
	const byFeature: ClaimMarks['byFeature'] = {};
	for (const c of claims.claims)
		if (c.type === 'casualty' && c.measure) (byFeature[c.features[0]] ??= {})[c.measure] = c.id;
	return {
		source: claims.source,
		path,
		byFeature,
		...(claims.label ? { label: claims.label } : {})
	};
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
