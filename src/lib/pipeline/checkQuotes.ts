// Every figure may carry the sentence of its source that gives it: the quote must state the
// figure (as digits or number words), so a changed number or a pasted wrong sentence is caught.
// Pure: returns the issues and how many figures carry a quote.
import { CASUALTY_MEASURES } from '../domain/kinds.ts';
import type { DatasetMeta, Quote } from '../data/schema.ts';
import { textNamesAll, textStatesFigure } from '../data/numbersInText.ts';
import type { FigureBounds } from '../data/figures.ts';
import type { CheckIssue, LocatedFeature } from './checkIssue.ts';

export interface QuoteCount {
	/** Figures whose quote states them. */
	quoted: number;
	/** Every casualty figure, section count and reported total. */
	total: number;
}

interface Quoted extends FigureBounds {
	quote?: Quote;
	named?: readonly string[];
}

// A quote states its figure in digits or number words, or by naming every person counted (the
// schema holds the number of names to the figure).
const quoteStates = (figure: Quoted, text: string) =>
	textStatesFigure(text, figure) ||
	(figure.named !== undefined && textNamesAll(text, figure.named));

const describe = (f: FigureBounds) =>
	f.value !== undefined
		? `${f.value}`
		: f.max === undefined
			? `at least ${f.min}`
			: f.min === undefined
				? `up to ${f.max}`
				: `${f.min}–${f.max}`;

export function checkQuotes(
	features: readonly LocatedFeature[],
	meta?: { path: string; meta: DatasetMeta }
): { problems: CheckIssue[]; count: QuoteCount } {
	const problems: CheckIssue[] = [];
	const count: QuoteCount = { quoted: 0, total: 0 };
	const visit = (where: Pick<CheckIssue, 'file' | 'feature'>, field: string, figure: Quoted) => {
		count.total++;
		if (!figure.quote) return;
		if (quoteStates(figure, figure.quote.text)) count.quoted++;
		else
			problems.push({
				...where,
				field: `${field}.quote`,
				rule: 'quotes',
				message: `does not state the figure ${describe(figure)} (in digits, in words or by naming everyone counted): "${figure.quote.text}"`
			});
	};
	for (const { file, feature } of features) {
		const p = feature.properties;
		const where = { file, feature: p.id };
		for (const measure of CASUALTY_MEASURES)
			p.casualties?.[measure]?.forEach((f, i) => visit(where, `casualties.${measure}[${i}]`, f));
		p.reported_count?.forEach((c, i) => visit(where, `reported_count[${i}]`, c));
	}
	meta?.meta.reported_totals.forEach((t, i) =>
		visit({ file: meta.path }, `reported_totals[${i}]`, t)
	);
	return { problems, count };
}
