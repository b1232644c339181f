import { describe, expect, it } from 'vitest';
import { sharedUrl } from '../../src/lib/url/sharedUrl.ts';
import { parseAppUrl } from '../../src/lib/url/appUrl.ts';

const context = {
	eventIds: new Set(['senkata-2019-11-19']),
	departments: new Set(['BO-L']),
	period: { start: '2019-10-20', end: '2019-11-30' }
};

describe('sharedUrl', () => {
	it.each([
		['https://c.example/?event=senkata-2019-11-19#9/-16.5/-68.2', 'en'],
		['https://c.example/', 'es'],
		['https://c.example/?lang=es&layers=violence#5/-17/-65', 'en'],
		['https://c.example/en/?from=2019-11-19', 'es']
	] as const)('%s in %s keeps the state and names the language', (href, lang) => {
		const shared = new URL(sharedUrl(href, lang));
		const before = parseAppUrl(new URL(href), context);
		const after = parseAppUrl(shared, context);
		expect(after).toEqual({ ...before, lang });
		expect(shared.hash).toBe(new URL(href).hash);
		expect(shared.pathname).toBe(new URL(href).pathname);
	});
});

describe('sharedUrl keeps the link as the page wrote it', () => {
	it('changes nothing but the language', () => {
		expect(sharedUrl('https://c.example/?layers=violence,marches&lang=en#5/-17/-65', 'en')).toBe(
			'https://c.example/?layers=violence,marches&lang=en#5/-17/-65'
		);
		expect(sharedUrl('https://c.example/?layers=violence,marches#5/-17/-65', 'es')).toBe(
			'https://c.example/?layers=violence,marches&lang=es#5/-17/-65'
		);
	});
});
