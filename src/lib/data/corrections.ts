// "Report a correction": where the link goes. PUBLIC_CORRECTIONS_URL, set at build time, may be a
// repository's new-issue page (GitHub, GitLab, Codeberg: title and body are prefilled) or any form
// whose address holds the placeholders {event}, {link} and {dataset}; without it, the about page
// says how to write to the team.
export interface CorrectionSubject {
	dataset: string;
	event: string;
	/** The event's absolute link (its page, or the map selecting it). */
	link: string;
	title: string;
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
			`Dataset: ${subject.dataset}\nEvent: ${subject.event}\nLink: ${subject.link}\n\nWhat is wrong:\n\nSource for the correction (URL, publisher, date):\n`
		);
	}
	return url.toString();
}
