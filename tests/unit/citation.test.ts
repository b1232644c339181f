// "Cite this": the citation names the version, and its BibTeX and CSL-JSON parse back to the
// same title, link and version (bibtex-parse is the kept parser), whatever the title holds.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entries } from 'bibtex-parse';
import {
	bibtex,
	cslJson,
	formattedCitation,
	versionLabel,
	type CitationSubject
} from '../../src/lib/data/citation.ts';
import { lastDataChange } from '../../src/lib/pipeline/gitHistory.ts';

const subject: CitationSubject = {
	title: 'Masacre de Senkata',
	dataset: 'Bolivia, octubre–noviembre de 2019',
	version: { date: '2026-12-05', commit: 'a11b305' },
	url: 'https://cabildo.example/events/senkata-2019-11-19/',
	accessed: '2026-12-06',
	key: 'cabildo-bolivia-2019-senkata-2019-11-19'
};

/** A field's value as bibtex-parse reads it (braces of escapes left as written). */
const field = (text: string, name: string) => {
	const [entry] = entries(text) as Record<string, string>[];
	return entry[name.toUpperCase()] ?? entry[name];
};

describe('a citation', () => {
	it('in each language names the title, the dataset, the version, the link and the day read', () => {
		expect(formattedCitation(subject, 'es')).toBe(
			'Cabildo. «Masacre de Senkata». En: Bolivia, octubre–noviembre de 2019, versión 2026-12-05-a11b305. https://cabildo.example/events/senkata-2019-11-19/, consultado el 6 de diciembre de 2026.'
		);
		expect(formattedCitation({ ...subject, version: null, accessed: undefined }, 'en')).toBe(
			'Cabildo. “Masacre de Senkata”. In: Bolivia, octubre–noviembre de 2019, no recorded version. https://cabildo.example/events/senkata-2019-11-19/.'
		);
	});

	it('as BibTeX parses, with the same version, link and title', () => {
		const text = bibtex(subject);
		const [entry] = entries(text) as Record<string, string>[];
		expect(entry.key).toBe(subject.key);
		expect(field(text, 'version')).toBe('2026-12-05-a11b305');
		expect(field(text, 'url')).toBe(subject.url);
		expect(field(text, 'title')).toBe(subject.title);
		expect(field(text, 'year')).toBe('2026');
	});

	it('as BibTeX parses whatever the title holds', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), (title) => {
				const parsed = entries(bibtex({ ...subject, title })) as Record<string, string>[];
				expect(parsed).toHaveLength(1);
				expect(parsed[0].key).toBe(subject.key);
				expect(field(bibtex({ ...subject, title }), 'url')).toBe(subject.url);
			})
		);
	});

	it('as CSL-JSON is a dataset item with the version and both days', () => {
		const [item] = JSON.parse(cslJson(subject));
		expect(item).toEqual({
			id: subject.key,
			type: 'dataset',
			title: subject.title,
			author: [{ literal: 'Cabildo' }],
			'container-title': subject.dataset,
			version: versionLabel(subject.version!),
			issued: { 'date-parts': [[2026, 12, 5]] },
			URL: subject.url,
			accessed: { 'date-parts': [[2026, 12, 6]] }
		});
	});

	it('takes its version from git: the last commit that changed the dataset folder', () => {
		const version = lastDataChange('data/geojson/bolivia-2019');
		expect(version?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(version?.commit).toMatch(/^[0-9a-f]{7,}(-modified)?$/);
		expect(lastDataChange('/')).toBeNull();
	});
});
