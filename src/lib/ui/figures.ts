// Figures and counts as words, in the page's language.
import type { CountQualifier, CountUnit } from '../domain/kinds.ts';
import { formatNumber } from '../i18n/format.ts';
import { countTemplate } from '../i18n/plural.ts';
import { fill, messages, type Lang } from '../i18n/messages.ts';

/** A source's figure: "12", "3–5", "at least 4", "up to 94". */
export function formatFigure(
	f: { value?: number; min?: number; max?: number },
	lang: Lang
): string {
	const t = messages[lang];
	if (f.value !== undefined) return formatNumber(f.value, lang);
	if (f.min !== undefined && f.max !== undefined)
		return `${formatNumber(f.min, lang)}–${formatNumber(f.max, lang)}`;
	if (f.min !== undefined) return fill(t.figureAtLeast, { n: formatNumber(f.min, lang) });
	return fill(t.figureUpTo, { n: formatNumber(f.max ?? 0, lang) });
}

/** A count as the report words it, with what it counts: "nearly 100 barricades". */
export function formatCount(
	c: { value: number; unit?: CountUnit; qualifier?: CountQualifier },
	lang: Lang
): string {
	const t = messages[lang];
	const n = formatNumber(c.value, lang);
	const worded = c.qualifier ? fill(t[`qualifier_${c.qualifier}`], { n }) : n;
	return fill(countTemplate(lang, `count_${c.unit ?? 'blockades'}`, c.value), { n: worded });
}
