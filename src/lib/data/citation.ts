// "Cite this": a record or a dataset as a citation in the reader's language, as BibTeX and as
// CSL-JSON, naming the dataset's version (the day of its last data change and the commit).
// Pure: the page gives the link and the day it is read.
import { messages, type Lang } from '../i18n/messages.ts';
import { formatDay } from '../i18n/format.ts';

/** A dataset's version: the day its data last changed, and that commit (data build, from git). */
export interface DatasetVersion {
	date: string;
	commit: string;
}

/** The version as one string, the same on every page and in the downloads' names. */
export const versionLabel = (version: DatasetVersion): string =>
	`${version.date}-${version.commit}`;

export interface CitationSubject {
	/** The record's title, or the dataset's when the dataset itself is cited. */
	title: string;
	/** The dataset's title (absent when the dataset itself is cited). */
	dataset?: string;
	version: DatasetVersion | null;
	/** The address of exactly this view. */
	url: string;
	/** YYYY-MM-DD, the day the reader reads it (absent before scripts run). */
	accessed?: string;
	/** A key for BibTeX and CSL-JSON (letters, digits, hyphens). */
	key: string;
}

/** "Cabildo. “Title”. In: Dataset, version 2026-12-05-abc1234. https://…, accessed 5 December 2026." */
export function formattedCitation(subject: CitationSubject, lang: Lang): string {
	const t = messages[lang];
	const [open, close] = lang === 'es' ? ['«', '»'] : ['“', '”'];
	const version = subject.version
		? `${t.citeVersion} ${versionLabel(subject.version)}`
		: t.citeUnversioned;
	const where = subject.dataset ? ` ${t.citeIn}: ${subject.dataset},` : '';
	const accessed = subject.accessed
		? `, ${t.citeAccessed} ${formatDay(subject.accessed, lang)}`
		: '';
	return `Cabildo. ${open}${subject.title}${close}.${where} ${version}. ${subject.url}${accessed}.`;
}

/** BibTeX's special characters, escaped (braces balanced, nothing read as a command). */
function bibtexText(text: string): string {
	return text
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([{}%&#_$])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}');
}

export function bibtex(subject: CitationSubject): string {
	const fields: [string, string][] = [
		['title', subject.title],
		['author', '{Cabildo}'],
		...(subject.dataset ? ([['howpublished', subject.dataset]] as [string, string][]) : []),
		...(subject.version
			? ([
					['version', versionLabel(subject.version)],
					['year', subject.version.date.slice(0, 4)]
				] as [string, string][])
			: []),
		// Braces would end the field: none in a URL, written as its percent escapes.
		['url', subject.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')],
		...(subject.accessed ? ([['urldate', subject.accessed]] as [string, string][]) : [])
	];
	const body = fields
		.map(([name, value]) =>
			name === 'author' || name === 'url'
				? `  ${name} = {${value}}`
				: `  ${name} = {${bibtexText(value)}}`
		)
		.join(',\n');
	return `@misc{${subject.key},\n${body}\n}`;
}

const dateParts = (day: string) => ({ 'date-parts': [day.split('-').map(Number)] });

export function cslJson(subject: CitationSubject): string {
	return JSON.stringify(
		[
			{
				id: subject.key,
				type: 'dataset',
				title: subject.title,
				author: [{ literal: 'Cabildo' }],
				...(subject.dataset ? { 'container-title': subject.dataset } : {}),
				...(subject.version
					? { version: versionLabel(subject.version), issued: dateParts(subject.version.date) }
					: {}),
				URL: subject.url,
				...(subject.accessed ? { accessed: dateParts(subject.accessed) } : {})
			}
		],
		null,
		2
	);
}
