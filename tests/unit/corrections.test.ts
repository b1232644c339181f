import { describe, expect, it } from 'vitest';
import {
	CORRECTIONS_FALLBACK,
	correctionUrl,
	newIssueUrl
} from '../../src/lib/data/corrections.ts';

const subject = {
	dataset: 'bolivia-2019',
	event: 'senkata-2019-11-19',
	link: 'https://cabildo.example/events/senkata-2019-11-19/',
	title: 'Senkata massacre'
};

describe('correctionUrl', () => {
	it('falls back to the about page without a target, or with one that is not a web address', () => {
		expect(correctionUrl(undefined, subject)).toBe(CORRECTIONS_FALLBACK);
		expect(correctionUrl('', subject)).toBe(CORRECTIONS_FALLBACK);
		expect(correctionUrl('javascript:alert(1)', subject)).toBe(CORRECTIONS_FALLBACK);
		expect(correctionUrl('not a url', subject)).toBe(CORRECTIONS_FALLBACK);
	});

	it('prefills the title and body of a repository’s new issue', () => {
		const url = new URL(correctionUrl('https://github.com/org/cabildo/issues/new', subject));
		expect(url.origin + url.pathname).toBe('https://github.com/org/cabildo/issues/new');
		expect(url.searchParams.get('title')).toBe('Correction: Senkata massacre (senkata-2019-11-19)');
		expect(url.searchParams.get('body')).toContain('Event: senkata-2019-11-19');
		expect(url.searchParams.get('body')).toContain(`Link: ${subject.link}`);
		expect(url.searchParams.get('body')).toContain('Dataset: bolivia-2019');
	});

	it('fills a form’s placeholders, encoded', () => {
		expect(correctionUrl('https://forms.example/f?e={event}&u={link}&d={dataset}', subject)).toBe(
			`https://forms.example/f?e=senkata-2019-11-19&u=${encodeURIComponent(subject.link)}&d=bolivia-2019`
		);
	});

	it('leaves any other address as it is', () => {
		expect(correctionUrl('https://example.org/contact', subject)).toBe(
			'https://example.org/contact'
		);
	});
});

describe('newIssueUrl (package.json repository)', () => {
	it.each([
		['https://github.com/org/cabildo', 'https://github.com/org/cabildo/issues/new'],
		['git+https://github.com/org/cabildo.git', 'https://github.com/org/cabildo/issues/new'],
		['github:org/cabildo', 'https://github.com/org/cabildo/issues/new'],
		['org/cabildo', 'https://github.com/org/cabildo/issues/new'],
		['gitlab:org/cabildo', 'https://gitlab.com/org/cabildo/-/issues/new'],
		['https://codeberg.org/org/cabildo.git', 'https://codeberg.org/org/cabildo/issues/new']
	])('%s → %s', (repository, expected) => {
		expect(newIssueUrl(repository)).toBe(expected);
		expect(newIssueUrl({ type: 'git', url: repository })).toBe(expected);
	});

	it('gives nothing for no repository, another host or a hostile value', () => {
		for (const repository of [
			undefined,
			null,
			42,
			'',
			'https://example.org/org/repo',
			'javascript:alert(1)'
		])
			expect(newIssueUrl(repository)).toBeUndefined();
	});

	it('names the dataset’s version in the issue it prefills', () => {
		const url = new URL(
			correctionUrl(newIssueUrl('github:org/cabildo'), {
				...subject,
				version: '2026-12-05-abc1234'
			})
		);
		expect(url.searchParams.get('body')).toContain(
			'Dataset: bolivia-2019 (version 2026-12-05-abc1234)'
		);
	});
});
