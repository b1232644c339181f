import { LAYER_IDS, isLayerId, type LayerId } from '../domain/layers.ts';
import { isLang, localePath, type Lang } from '../i18n/messages.ts';
import { datasetPath, eventPath } from '../data/paths.ts';
import { formatViewHash, parseViewHash, type View } from './view.ts';
import { MEASURE_IDS, type FigureRule, type MeasureId } from '../domain/measures.ts';

export const DEFAULT_MEASURE: MeasureId = 'none';

/** Everything a shared link carries. `null` means "the default" (fit Bolivia, browser language…). */
export interface UrlState {
	view: View | null;
	layers: LayerId[];
	event: string | null;
	/** A department whose totals are open (ISO 3166-2 code). */
	department: string | null;
	lang: Lang | null;
	from: string | null;
	to: string | null;
	measure: MeasureId;
	rule: FigureRule;
	/** The dataset version the link was shared at (`v`, as data/citation.ts versionLabel writes it). */
	version: string | null;
}

export const DEFAULT_LAYERS: readonly LayerId[] = LAYER_IDS;

/** Every query key a map link may carry, as formatAppUrl writes them (the hash holds the view). */
export const APP_URL_KEYS = [
	'layers',
	'event',
	'department',
	'lang',
	'from',
	'to',
	'measure',
	'rule',
	'v'
] as const;

export interface UrlContext {
	/**
	 * Ids of the features that exist: an unknown `event` is dropped. (A tiled dataset, whose ids
	 * the page does not hold, checks their shape; its record's file then says if it exists.)
	 */
	eventIds: Pick<ReadonlySet<string>, 'has'>;
	/** Department codes that exist. */
	departments: ReadonlySet<string>;
	/** The dataset's period: `from`/`to` outside it are clamped, garbage dropped. */
	period: { start: string; end: string };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A version label: the day of the data's last change and its short commit id. */
const VERSION = /^(\d{4}-\d{2}-\d{2})-([0-9a-f]{4,40})(-modified)?$/;

/** A version label's day and commit; null for anything else. */
export function parseVersion(label: string | null): { date: string; commit: string } | null {
	const m = label?.match(VERSION);
	return m && isRealDay(m[1]) ? { date: m[1], commit: m[2] } : null;
}

function isRealDay(s: string): boolean {
	if (!ISO_DAY.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function parseLayers(raw: string | null): LayerId[] {
	if (raw === null) return [...DEFAULT_LAYERS];
	const tokens = raw
		.slice(0, 500)
		.split(',')
		.map((t) => t.trim())
		.filter(Boolean);
	const known = new Set(tokens.filter(isLayerId));
	// "layers=" (nothing) hides everything; only unknown names mean garbage: use the default.
	if (tokens.length > 0 && known.size === 0) return [...DEFAULT_LAYERS];
	return LAYER_IDS.filter((id) => known.has(id));
}

function parseDay(raw: string | null, period: UrlContext['period']): string | null {
	if (raw === null || !isRealDay(raw)) return null;
	if (raw < period.start) return period.start;
	if (raw > period.end) return period.end;
	return raw;
}

/** Reads a URL into a valid state. Never throws: anything invalid falls back to its default. */
export function parseAppUrl(url: URL, context: UrlContext): UrlState {
	const q = url.searchParams;
	const event = q.get('event');
	const department = q.get('department');
	const lang = q.get('lang');
	const measure = q.get('measure');
	let from = parseDay(q.get('from'), context.period);
	let to = parseDay(q.get('to'), context.period);
	if (from && to && from > to) [from, to] = [to, from];
	return {
		view: parseViewHash(url.hash),
		layers: parseLayers(q.get('layers')),
		event: event !== null && context.eventIds.has(event) ? event : null,
		department: department !== null && context.departments.has(department) ? department : null,
		lang: isLang(lang) ? lang : null,
		from,
		to,
		measure: (MEASURE_IDS as readonly string[]).includes(measure ?? '')
			? (measure as MeasureId)
			: DEFAULT_MEASURE,
		rule: q.get('rule') === 'high' ? 'high' : 'low',
		version: parseVersion(q.get('v')) ? q.get('v') : null
	};
}

/** Writes a state as `?query#hash`, in a canonical order, leaving defaults out. */
export function formatAppUrl(state: UrlState): string {
	const q = new URLSearchParams();
	const layers = LAYER_IDS.filter((id) => state.layers.includes(id));
	if (layers.length !== DEFAULT_LAYERS.length) q.set('layers', layers.join(','));
	if (state.event) q.set('event', state.event);
	if (state.department) q.set('department', state.department);
	if (state.lang) q.set('lang', state.lang);
	if (state.from) q.set('from', state.from);
	if (state.to) q.set('to', state.to);
	if (state.measure !== DEFAULT_MEASURE) q.set('measure', state.measure);
	if (state.rule !== 'low') q.set('rule', state.rule);
	if (state.version) q.set('v', state.version);
	const search = q.toString().replaceAll('%2C', ',');
	return `${search ? `?${search}` : ''}${state.view ? formatViewHash(state.view) : ''}`;
}

/** The state a link with nothing in it opens: every default. */
export const DEFAULT_URL_STATE: UrlState = {
	view: null,
	layers: [...DEFAULT_LAYERS],
	event: null,
	department: null,
	lang: null,
	from: null,
	to: null,
	measure: DEFAULT_MEASURE,
	rule: 'low',
	version: null
};

/** A link to the map at `path` that selects one event (in a language, at a view, if given). */
export function eventMapLink(
	path: string,
	event: string,
	options: { lang?: Lang | null; view?: View | null } = {}
): string {
	return `${path}${formatAppUrl({
		...DEFAULT_URL_STATE,
		event,
		lang: options.lang ?? null,
		view: options.view ?? null
	})}`;
}

/**
 * Where one event of a dataset opens on its own, in a language: its page where the dataset has
 * event pages, else the dataset's map with it selected.
 */
export const eventLink = (dataset: string, event: string, lang: Lang, eventPages: boolean) =>
	eventPages
		? localePath(eventPath(dataset, event), lang)
		: eventMapLink(localePath(datasetPath(dataset), lang), event);

/** A story page's query for its step (counted from 1, as readers count). */
export const storyStepQuery = (step: number): string =>
	`?${new URLSearchParams({ step: String(step) })}`;

/** The step a story page's URL asks for, counted from 1; null for none or garbage. */
export function parseStoryStep(url: URL, steps: number): number | null {
	const asked = Number(url.searchParams.get('step'));
	return Number.isInteger(asked) && asked >= 1 && asked <= steps ? asked : null;
}
