// Messages that hold a count: the singular form where the language's plural rules call for it
// ("1 event", never "1 events"). In Spanish and English only exactly 1 takes it (CLDR's
// "one"; Spanish's "many" for millions reads as the plural too), so no Intl.PluralRules is built.
import { formatNumber } from './format.ts';
import { fill, messages, type Lang, type Messages } from './messages.ts';

/** Keys that have a `<key>_one` form beside them. */
type CountedKey = {
	[K in keyof Messages]: `${K & string}_one` extends keyof Messages ? K : never;
}[keyof Messages];

/** The template for `n` of something: `<key>_one` when the plural rule says "one". */
export function countTemplate(lang: Lang, key: CountedKey, n: number): string {
	const t = messages[lang];
	return n === 1 ? (t[`${key}_one` as keyof Messages] as string) : t[key];
}

/**
 * Fills a counted message: `name` is the placeholder that holds the number (formatted for the
 * language), `values` the others.
 */
export function fillCount(
	lang: Lang,
	key: CountedKey,
	n: number,
	name = 'n',
	values: Record<string, string | number> = {}
): string {
	return fill(countTemplate(lang, key, n), { ...values, [name]: formatNumber(n, lang) });
}
