// Every link's query is written by the URL codec (src/lib/url/): no `?key=` or `&key=` is
// assembled by hand anywhere else in the app.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../sourceFiles.ts';
import {
	eventLink,
	eventMapLink,
	parseAppUrl,
	parseStoryStep,
	storyStepQuery
} from '../../src/lib/url/appUrl.ts';

/**
 * A query key written into a string or template: `?event=`, '&lang=', "?step="; or after a
 * separator chosen in an expression: `${search ? `${search}&` : '?'}embed=1`.
 */
const HAND_MADE_QUERY = /[`'"][^`'"\n]*[?&][a-z_]+=|[?&][`'"][^\n]{0,16}\}[a-z_]+=/;

describe('query strings', () => {
	it('are assembled only by the URL codec', () => {
		const found = [...sourceFiles('src/lib'), ...sourceFiles('src/routes')]
			.filter((f) => !relative('src/lib', f).startsWith('url/'))
			.flatMap((file) =>
				readFileSync(file, 'utf8')
					.split('\n')
					.map((line, i) => ({ line, where: `${file}:${i + 1}` }))
					// Comments may name a parameter.
					.filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line) && HAND_MADE_QUERY.test(line))
					.map(({ where, line }) => `${where}: ${line.trim()}`)
			);
		expect(found).toEqual([]);
	});

	it('the pattern finds a hand-made query', () => {
		expect(HAND_MADE_QUERY.test('const a = `${path}?event=${id}`;')).toBe(true);
		expect(HAND_MADE_QUERY.test("href + '&lang=en'")).toBe(true);
		expect(HAND_MADE_QUERY.test("return `${search ? `${search}&` : '?'}embed=1${hash}`;")).toBe(
			true
		);
		expect(HAND_MADE_QUERY.test('const a = eventMapLink(path, id);')).toBe(false);
	});
});

describe('eventMapLink', () => {
	const context = {
		eventIds: new Set(['senkata-2019-11-19']),
		departments: new Set<string>(),
		period: { start: '2019-10-20', end: '2019-11-30' }
	};
	it('writes a link the codec reads back to that event, language and view', () => {
		const link = eventMapLink('/en/', 'senkata-2019-11-19', {
			lang: 'en',
			view: { zoom: 10, lat: -16.5445, lng: -68.1981, bearing: 0, pitch: 0 }
		});
		expect(link).toBe('/en/?event=senkata-2019-11-19&lang=en#10/-16.5445/-68.1981');
		const state = parseAppUrl(new URL(link, 'http://x.org'), context);
		expect(state).toMatchObject({ event: 'senkata-2019-11-19', lang: 'en' });
		expect(eventMapLink('/d/other/', 'a-b')).toBe('/d/other/?event=a-b');
	});
});

describe('eventLink', () => {
	it.each([
		['bolivia-2019', 'es', true, '/events/senkata-2019-11-19/'],
		['bolivia-2019', 'en', true, '/en/events/senkata-2019-11-19/'],
		['acled-sample', 'en', true, '/en/d/acled-sample/events/senkata-2019-11-19/'],
		// A dataset without event pages: its map, the event selected.
		['synthetic-3k', 'es', false, '/d/synthetic-3k/?event=senkata-2019-11-19'],
		['synthetic-3k', 'en', false, '/en/d/synthetic-3k/?event=senkata-2019-11-19']
	] as const)('%s in %s (event pages: %s) opens at %s', (dataset, lang, pages, expected) => {
		expect(eventLink(dataset, 'senkata-2019-11-19', lang, pages)).toBe(expected);
	});
});

describe('story steps', () => {
	it.each([
		['?step=2', 2],
		['?step=5', 5],
		['?step=6', null],
		['?step=0', null],
		['?step=1.5', null],
		['?step=<b>', null],
		['', null]
	])('%s of 5 steps → %s', (search, step) => {
		expect(parseStoryStep(new URL(`http://x.org/s/${search}`), 5)).toBe(step);
	});
	it('writes the step back as it reads it', () => {
		expect(storyStepQuery(3)).toBe('?step=3');
		expect(parseStoryStep(new URL(`http://x.org/s/${storyStepQuery(3)}`), 5)).toBe(3);
	});
});
