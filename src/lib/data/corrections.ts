// "Report a correction": where the link goes. PUBLIC_CORRECTIONS_URL, set at build time, may be a
// repository's new-issue page (GitHub, GitLab, Codeberg: title and body are prefilled) or any form
// whose address holds the placeholders {event}, {link} and {dataset}. Without it, the new-issue
// page of package.json's `repository` (vite.config.ts); without either, the about page says how
// to write to the team, and the build warns.
export interface CorrectionSubject {
	dataset: string;
	event: string;
	/** The event's absolute link (its page, or the map selecting it). */
	link: string;
	title: string;
	/** The dataset's version as its citation names it, when it has one. */
	version?: string;
}

/**
 * The new-issue page of a package.json `repository` (a URL, `github:org/repo`, `org/repo`, or
 * `{ "url": … }`) on GitHub, GitLab or Codeberg; undefined for anything else.
 */
export function newIssueUrl(repository: unknown): string | undefined {
	const raw =
		typeof repository === 'string'
			? repository
			: typeof (repository as { url?: unknown } | null)?.url === 'string'
				? (repository as { url: string }).url
				: undefined;
	if (!raw) return undefined;
	const short = /^(?:(github|gitlab):)?([\w.-]+)\/([\w.-]+)$/.exec(raw.trim());
	const url = short
		? `https://${short[1] ?? 'github'}.com/${short[2]}/${short[3]}`
		: raw
				.trim()
				.replace(/^git\+/, '')
				.replace(/^git:\/\//, 'https://');
	const match =
		/^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
			url
		);
	if (!match) return undefined;
	const [, host, owner, name] = match;
	return `https://${host}/${owner}/${name}${host === 'gitlab.com' ? '/-' : ''}/issues/new`;
}

export const CORRECTIONS_FALLBACK = '/about/#corrections';

export function correctionUrl(base: string | undefined, subject: CorrectionSubject): string {
	if (!base) return CORRECTIONS_FALLBACK;
	let url: URL;
	try {
		url = new URL(base);
	} catch {
		return CORRECTIONS_FALLBACK;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return CORRECTIONS_FALLBACK;
	if (/\{(event|link|dataset)\}/.test(base)) {
		return base
			.replace(/\{event\}/g, encodeURIComponent(subject.event))
			.replace(/\{link\}/g, encodeURIComponent(subject.link))
			.replace(/\{dataset\}/g, encodeURIComponent(subject.dataset));
	}
	if (/\/issues\/new\/?$|\/-\/issues\/new\/?$/.test(url.pathname)) {
		url.searchParams.set('title', `Correction: ${subject.title} (${subject.event})`);
		url.searchParams.set(
			'body',
			`Dataset: ${subject.dataset}${subject.version ? ` (version ${subject.version})` : ''}\nEvent: ${subject.event}\nLink: ${subject.link}\n\nWhat is wrong:\n\nSource for the correction (URL, publisher, date):\n`
		);
	}
	return url.toString();
}
