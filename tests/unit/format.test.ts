// The hand-written day and number formats against Intl's (Node carries full ICU data).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDay, formatNumber, type DayStyle } from '../../src/lib/i18n/format.ts';
import { countTemplate } from '../../src/lib/i18n/plural.ts';
import { messages, type Lang } from '../../src/lib/i18n/messages.ts';

const LOCALES: Record<Lang, string> = { es: 'es-BO', en: 'en-GB' };
const LANGS: Lang[] = ['es', 'en'];
const STYLES: DayStyle[] = ['long', 'short', 'short-year'];

function intlDay(day: string, lang: Lang, style: DayStyle): string {
	return new Intl.DateTimeFormat(LOCALES[lang], {
		day: 'numeric',
		month: style === 'long' ? 'long' : 'short',
		year: style === 'short' ? undefined : 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}

describe('formatDay', () => {
	it('writes the examples the interface shows', () => {
		expect(formatDay('2019-11-20', 'es')).toBe('20 de noviembre de 2019');
		expect(formatDay('2019-11-20', 'en', 'short')).toBe('20 Nov');
		expect(formatDay('2019-09-05', 'es', 'short-year')).toBe('5 sept 2019');
	});

	it('equals Intl for every day of 2019 and 2020, in both languages and every style', () => {
		for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2020, 11, 31); t += 86_400_000) {
			const day = new Date(t).toISOString().slice(0, 10);
			for (const lang of LANGS)
				for (const style of STYLES)
					expect(formatDay(day, lang, style)).toBe(intlDay(day, lang, style));
		}
	});
});

describe('formatNumber', () => {
	it.each([
		[0, '0', '0'],
		[999, '999', '999'],
		[1000, '1.000', '1,000'],
		[1234567, '1.234.567', '1,234,567'],
		[2.5, '2,5', '2.5'],
		[0.0004, '0', '0'],
		[1.2345, '1,235', '1.235'],
		[0.9995, '1', '1'],
		[999.9996, '1.000', '1,000'],
		[1e21, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
		[-1234.5, '-1.234,5', '-1,234.5']
	])('%d is %s in Spanish and %s in English', (n, es, en) => {
		expect(formatNumber(n, 'es')).toBe(es);
		expect(formatNumber(n, 'en')).toBe(en);
	});

	it('equals Intl for any count, any km to a tenth, any four or five decimals and any double', () => {
		const numbers = fc.oneof(
			fc.integer({ min: -1e9, max: 1e9 }),
			fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10),
			fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 10_000),
			fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100_000),
			fc.double({ min: -1e12, max: 1e12, noNaN: true })
		);
		fc.assert(
			fc.property(numbers, (n) => {
				for (const lang of LANGS)
					expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(LOCALES[lang]).format(n));
			}),
			{ numRuns: 5000 }
		);
	});
});

describe('countTemplate', () => {
	it('takes the singular exactly where Intl.PluralRules says "one"', () => {
		for (const lang of LANGS) {
			const rules = new Intl.PluralRules(lang);
			for (const n of [0, 1, 2, 5, 21, 100, 1000, 1_000_000, 0.5, 1.5]) {
				const expected =
					rules.select(n) === 'one' ? messages[lang].n_events_one : messages[lang].n_events;
				expect(countTemplate(lang, 'n_events', n), `${lang} ${n}`).toBe(expected);
			}
		}
	});
});
