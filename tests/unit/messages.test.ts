import { describe, expect, it } from 'vitest';
import { LANGS, messages, preferredLang } from '../../src/lib/i18n/messages.ts';

describe('message catalogue', () => {
	it('has every key, non-empty, in every language', () => {
		const keys = Object.keys(messages.es).sort();
		for (const lang of LANGS) {
			expect(Object.keys(messages[lang]).sort()).toEqual(keys);
			for (const key of keys) {
				const value = messages[lang][key as keyof typeof messages.es];
				const texts = typeof value === 'string' ? [value] : value;
				expect(texts.length, `${lang}.${key}`).toBeGreaterThan(0);
				for (const text of texts) expect(text.trim(), `${lang}.${key}`).not.toBe('');
			}
		}
	});

	it('has translations, not copies, for sentences', () => {
		expect(messages.en.tagline).not.toBe(messages.es.tagline);
		expect(messages.en.mapLabel).not.toBe(messages.es.mapLabel);
	});
});

describe('preferredLang', () => {
	it.each([
		[['en-GB', 'es'], 'en'],
		[['es-BO'], 'es'],
		[['fr-FR', 'en-US'], 'en'],
		[['fr', 'de'], 'es'],
		[[], 'es'],
		[['EN'], 'en']
	] as const)('%j → %s', (languages, expected) => {
		expect(preferredLang(languages)).toBe(expected);
	});
});
