// The rules a dataset's stories and claims obey beyond their schema (data/storySchema.ts): every
// feature and source they name exists; a step's link is a valid map state that the URL codec
// reads back unchanged; every number a step states is a figure, a name or a day its features
// carry, or a reported total it cites; a casualty claim's verdict is the one its feature's figures give. Pure: no I/O.
import { schemaIssues } from './schemaIssues.ts';
import type { CheckIssue } from './checkIssue.ts';
import {
	claimsFileSchema,
	storySchema,
	type ClaimsFile,
	type Story,
	type StoryStep
} from '../data/storySchema.ts';
import type { DatasetMeta, EventFeature, ReportedTotal } from '../data/schema.ts';
import { CASUALTY_MEASURES } from '../domain/kinds.ts';
import { agencyFinder, casualtyVerdict, sourceTextFigure } from '../data/claims.ts';
import { formatAppUrl, parseAppUrl } from '../url/appUrl.ts';
import { datasetPath } from '../data/paths.ts';
import { dayNumber, dayString } from '../geo/days.ts';
import { numbersIn } from '../data/numbersInText.ts';

export interface StoryFiles {
	stories: { path: string; json: unknown }[];
	claims: { path: string; json: unknown } | null;
}

/** The days of a feature, as day numbers: its range, its active days and its counts' days. */
function daysOf(f: EventFeature): number[] {
	const p = f.properties;
	const days: number[] = [];
	for (let d = dayNumber(p.date.start); d <= dayNumber(p.date.end ?? p.date.start); d++)
		days.push(d);
	for (const day of p.active_dates ?? []) days.push(dayNumber(day));
	for (const c of p.reported_count ?? []) days.push(dayNumber(c.date));
	return days;
}

/** What a step may state as a number: its features' figures, numbers in their names, days of the month and years of its dates. */
function numbersAllowed(
	features: readonly EventFeature[],
	window: string[],
	citedTotals: readonly ReportedTotal[] = []
): Set<number> {
	const allowed = new Set<number>();
	// A national or department total the step cites (its source is one of the step's sources).
	for (const t of citedTotals)
		for (const v of [t.value, t.min, t.max]) if (v !== undefined) allowed.add(v);
	const days = window.map(dayNumber);
	for (const f of features) {
		const p = f.properties;
		for (const m of CASUALTY_MEASURES)
			for (const fig of p.casualties?.[m] ?? [])
				for (const v of [fig.value, fig.min, fig.max]) if (v !== undefined) allowed.add(v);
		for (const c of p.reported_count ?? []) allowed.add(c.value);
		for (const n of [...numbersIn(p.title.es), ...numbersIn(p.title.en)]) allowed.add(n);
		days.push(...daysOf(f));
	}
	for (const d of days) {
		const [year, , dayOfMonth] = dayString(d).split('-').map(Number);
		allowed.add(year);
		allowed.add(dayOfMonth);
	}
	return allowed;
}

function checkStep(
	where: Pick<CheckIssue, 'file' | 'part'>,
	step: StoryStep,
	meta: DatasetMeta,
	byId: ReadonlyMap<string, EventFeature>,
	departments: ReadonlySet<string>
): CheckIssue[] {
	const problems: CheckIssue[] = [];
	const report = (field: string, message: string) =>
		problems.push({ ...where, field, rule: 'stories', message });
	const features = step.features.map((id) => byId.get(id)).filter((f) => f !== undefined);
	for (const id of step.features)
		if (!byId.has(id)) report('features', `no feature ${id} in the dataset`);
	const cited = new Set(features.flatMap((f) => f.properties.sources.map((s) => s.url)));
	for (const url of step.sources)
		if (!cited.has(url)) report('sources', `${url} is not a source of the step's features`);

	const url = new URL(step.link, 'https://cabildo.invalid');
	if (url.pathname !== datasetPath(meta.id))
		report('link', `must open this dataset's map (${datasetPath(meta.id)})`);
	const state = parseAppUrl(url, {
		eventIds: new Set(byId.keys()),
		departments,
		period: meta.period
	});
	const [zoom, lat, lng] = url.hash.slice(1).split('/').map(Number);
	if (!state.view) report('link', `its #zoom/lat/lng view is missing or invalid`);
	else if (state.view.zoom !== zoom || state.view.lat !== lat || state.view.lng !== lng)
		report('link', `its view ${url.hash} is out of range (the map would move it)`);
	if (state.lang) report('link', `takes no lang (the story page's language applies)`);
	// Read back unchanged: nothing was dropped, clamped or misspelt.
	const entries = (q: URLSearchParams) => [...q].map(([k, v]) => `${k}=${v}`).sort();
	const written = new URLSearchParams(formatAppUrl(state).split('#')[0]);
	const given = entries(url.searchParams);
	for (const e of given)
		if (!entries(written).includes(e))
			report('link', `${e} is not a valid map state (the map would ignore or change it)`);
	if (state.event && !step.features.includes(state.event))
		report('link', `the selected event ${state.event} must be among the step's features`);

	const window = [state.from ?? meta.period.start, state.to ?? meta.period.end];
	const cites = new Set(step.sources);
	const allowed = numbersAllowed(
		features,
		state.from || state.to ? window : [],
		meta.reported_totals.filter((t) => cites.has(t.source.url))
	);
	for (const lang of ['es', 'en'] as const)
		for (const n of numbersIn(step.text[lang]))
			if (!allowed.has(n))
				report(
					`text.${lang}`,
					`states ${n}, which is not a figure, name or day of the step's features`
				);
	return problems;
}

function checkClaims(
	path: string,
	file: ClaimsFile,
	meta: DatasetMeta,
	byId: ReadonlyMap<string, EventFeature>
): CheckIssue[] {
	const problems: CheckIssue[] = [];
	const report = (part: string | undefined, field: string, message: string) =>
		problems.push({ file: path, ...(part ? { part } : {}), field, rule: 'claims', message });
	const agencyOf = agencyFinder(meta, [...byId.values()]);
	const known = new Set([
		...meta.sources.map((s) => s.url),
		...meta.reported_totals.map((t) => t.source.url),
		...[...byId.values()].flatMap((f) => f.properties.sources.map((s) => s.url))
	]);
	if (!known.has(file.source))
		report(undefined, 'source', `no feature or total cites ${file.source}`);
	const seen = new Set<string>();
	for (const c of file.claims) {
		const where = `claim ${c.id}`;
		if (seen.has(c.id)) report(where, 'id', `used twice`);
		seen.add(c.id);
		for (const id of c.features)
			if (!byId.has(id)) report(where, 'features', `no feature ${id} in the dataset`);
		for (const e of c.evidence ?? [])
			if (!known.has(e.source)) report(where, 'evidence', `no feature or total cites ${e.source}`);
		if (c.type !== 'casualty' || !c.measure || c.value === undefined) continue;
		const feature = byId.get(c.features[0]);
		if (!feature) continue;
		const figures = feature.properties.casualties?.[c.measure] ?? [];
		const own = sourceTextFigure(figures, file.source);
		if (own?.value !== c.value) {
			report(
				where,
				'value',
				`the feature carries no ${c.measure} figure of ${c.value} from the source text`
			);
			continue;
		}
		const computed = casualtyVerdict(figures, file.source, c.value, agencyOf);
		if (computed !== c.verdict)
			report(where, 'verdict', `the feature's figures give "${computed}", not "${c.verdict}"`);
	}
	return problems;
}

export interface CheckedStories {
	problems: CheckIssue[];
	stories: Story[];
	claims: ClaimsFile | null;
}

/** Checks a dataset's stories and claims against its (already checked) features. */
export function checkStories(
	files: StoryFiles,
	meta: DatasetMeta,
	features: readonly EventFeature[],
	departments: ReadonlySet<string>
): CheckedStories {
	const problems: CheckIssue[] = [];
	const byId = new Map(features.map((f) => [f.properties.id, f]));
	const stories: Story[] = [];
	for (const { path, json } of files.stories) {
		const parsed = storySchema.safeParse(json);
		if (!parsed.success) {
			problems.push(...schemaIssues({ file: path }, parsed.error));
			continue;
		}
		const story = parsed.data;
		const name = path
			.split('/')
			.pop()
			?.replace(/\.json$/, '');
		if (name !== story.id)
			problems.push({
				file: path,
				field: 'id',
				rule: 'stories',
				message: `must be the file's name (${name})`
			});
		const before = problems.length;
		story.steps.forEach((step, i) =>
			problems.push(
				...checkStep({ file: path, part: `step ${i + 1}` }, step, meta, byId, departments)
			)
		);
		if (problems.length === before) stories.push(story);
	}
	let claims: ClaimsFile | null = null;
	if (files.claims) {
		const parsed = claimsFileSchema.safeParse(files.claims.json);
		if (!parsed.success) problems.push(...schemaIssues({ file: files.claims.path }, parsed.error));
		else {
			const found = checkClaims(files.claims.path, parsed.data, meta, byId);
			problems.push(...found);
			if (found.length === 0) claims = parsed.data;
		}
	}
	return { problems, stories, claims };
}
