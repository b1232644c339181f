import type { Lang } from './messages.ts';

// Days and numbers are written by hand, not with Intl: the first Intl formatter a page builds
// loads the browser's locale data, about 25 ms of a phone's hydration (110 ms at Lighthouse's
// 4x slowdown). Tests hold every output equal to Intl's for es-BO and en-GB.

const MONTHS: Record<Lang, { long: readonly string[]; short: readonly string[] }> = {
	es: {
		long: [
			'enero',
			'febrero',
			'marzo',
			'abril',
			'mayo',
			'junio',
			'julio',
			'agosto',
			'septiembre',
			'octubre',
			'noviembre',
			'diciembre'
		],
		short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic']
	},
	en: {
		long: [
			'January',
			'February',
			'March',
			'April',
			'May',
			'June',
			'July',
			'August',
			'September',
			'October',
			'November',
			'December'
		],
		short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
	}
};

/** long: 20 de noviembre de 2019; short: 20 nov; short-year: 20 nov 2019. */
export type DayStyle = 'long' | 'short' | 'short-year';

/** A calendar day (YYYY-MM-DD) as words, without any time-zone shift. */
export function formatDay(day: string, lang: Lang, style: DayStyle = 'long'): string {
	const [year, month, date] = day.split('-').map(Number);
	const d = String(date);
	const y = String(year);
	if (style === 'long') {
		const name = MONTHS[lang].long[month - 1];
		return lang === 'es' ? `${d} de ${name} de ${y}` : `${d} ${name} ${y}`;
	}
	const name = MONTHS[lang].short[month - 1];
	return style === 'short' ? `${d} ${name}` : `${d} ${name} ${y}`;
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
	es: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/**
 * `abs` (≥ 0) to at most three decimals, rounding half up its shortest decimal form (the digits
 * JavaScript prints), as Intl does: 1.2345 is 1.235 although the double lies just below it.
 */
function roundedDigits(abs: number): { whole: string; fraction: string } {
	if (abs < 1e-6) return { whole: '0', fraction: '' };
	const text = String(abs);
	if (text.includes('e')) return { whole: BigInt(Math.round(abs)).toString(), fraction: '' };
	const [whole, fraction = ''] = text.split('.');
	if (fraction.length <= 3) return { whole, fraction };
	let scaled = BigInt(whole + fraction.slice(0, 3));
	if (fraction[3] >= '5') scaled += 1n;
	const digits = scaled.toString().padStart(4, '0');
	return { whole: digits.slice(0, -3), fraction: digits.slice(-3) };
}

/** A number as Intl writes it by default: grouped thousands, at most three decimals. */
export function formatNumber(n: number, lang: Lang): string {
	if (Number.isNaN(n)) return 'NaN';
	if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
	const { group, decimal } = SEPARATORS[lang];
	const { whole, fraction } = roundedDigits(Math.abs(n));
	const decimals = fraction.replace(/0+$/, '');
	const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	return `${sign}${grouped}${decimals ? decimal + decimals : ''}`;
}

export function formatDayRange(start: string, end: string | undefined, lang: Lang): string {
	return end && end !== start
		? `${formatDay(start, lang)} – ${formatDay(end, lang)}`
		: formatDay(start, lang);
}

/** The short style for days of a period: with the year when the period spans more than one. */
export const shortDayStyle = (period: { start: string; end: string }): DayStyle =>
	period.start.slice(0, 4) === period.end.slice(0, 4) ? 'short' : 'short-year';
