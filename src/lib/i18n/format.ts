import type { Lang } from './messages.ts';

const LOCALES: Record<Lang, string> = { es: 'es-BO', en: 'en-GB' };

/** A calendar day (YYYY-MM-DD) as words, without any time-zone shift. */
export function formatDay(day: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
	const date = new Date(`${day}T12:00:00Z`);
	return new Intl.DateTimeFormat(LOCALES[lang], {
		day: 'numeric',
		month: style === 'long' ? 'long' : 'short',
		year: style === 'long' ? 'numeric' : undefined,
		timeZone: 'UTC'
	}).format(date);
}

export function formatNumber(n: number, lang: Lang): string {
	return new Intl.NumberFormat(LOCALES[lang]).format(n);
}

export function formatDayRange(start: string, end: string | undefined, lang: Lang): string {
	return end && end !== start
		? `${formatDay(start, lang)} – ${formatDay(end, lang)}`
		: formatDay(start, lang);
}
