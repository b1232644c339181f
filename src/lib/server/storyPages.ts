// The pages of a dataset's stories and of its source text's claims (prerender time).
import type { Source } from '../data/schema.ts';
import type { Lang } from '../i18n/messages.ts';
import { agencyFinder, casualtyVerdict, independentSources } from '../data/claims.ts';
import {
	claimsPath,
	datasetPath,
	eventMapPath,
	eventPath,
	previewPath,
	storyPath
} from '../data/paths.ts';
import { parseAppUrl } from '../url/appUrl.ts';
import { LANGS } from '../i18n/messages.ts';
import { datasetIds, isLargeDataset, loadDataset } from './dataset.ts';
import { hasEventPages } from './datasetPages.ts';
import { worldBasemap } from './worldBasemap.ts';
import { regionsAreBoliviaDepartments } from '../data/regionKind.ts';
import { eventLink } from '../url/appUrl.ts';

/** A source as a page shows it: the dataset's own record of it (title, publisher, date). */
export function sourceFinder(dataset: string): (url: string) => Source {
	const data = loadDataset(dataset);
	const all = new Map<string, Source>();
	for (const s of data.meta.sources) all.set(s.url, s);
	for (const t of data.meta.reported_totals) all.set(t.source.url, t.source);
	for (const f of data.features) for (const s of f.properties.sources) all.set(s.url, s);
	return (url) => all.get(url) ?? { url, title: url, publisher: new URL(url).hostname, date: null };
}

/** Stories are told over a map that holds all the features: datasets inlined in their page. */
export const storiesOf = (dataset: string) =>
	isLargeDataset(dataset) ? [] : (loadDataset(dataset).stories ?? []);

export const storyEntries = (datasets: readonly string[]) =>
	datasets.flatMap((dataset) =>
		storiesOf(dataset).flatMap((s) =>
			LANGS.map((lang) => ({ dataset, story: s.id, ...(lang === 'en' ? { lang } : {}) }))
		)
	);

export function storyPageData(dataset: string, storyId: string, lang: Lang) {
	const story = storiesOf(dataset).find((s) => s.id === storyId);
	if (!story) return null;
	const data = loadDataset(dataset);
	const sourceOf = sourceFinder(dataset);
	const context = {
		eventIds: new Set(data.features.map((f) => f.properties.id)),
		departments: new Set(Object.keys(data.departments)),
		period: data.meta.period
	};
	return {
		lang,
		datasetId: dataset,
		datasetTitle: data.meta.title,
		path: storyPath(dataset, story.id),
		story: {
			...story,
			steps: story.steps.map((step) => {
				const event = parseAppUrl(new URL(step.link, 'https://cabildo.invalid'), context).event;
				return {
					...step,
					event,
					sources: step.sources.map(sourceOf),
					// The figure shown without JavaScript: the selected event's, else the dataset's.
					image:
						event && hasEventPages(dataset) ? eventMapPath(dataset, event) : previewPath(dataset),
					eventPage: event && hasEventPages(dataset) ? eventPath(dataset, event) : null
				};
			})
		},
		// The interactive map's data (stories exist only for datasets inlined in their page).
		dataset: { ...data, stories: [], claims: null, region_map: null },
		basemap: regionsAreBoliviaDepartments(data.meta)
			? null
			: worldBasemap(data.meta.bbox, data.region_map ?? null),
		mapPath: datasetPath(dataset)
	};
}
export type StoryPageData = NonNullable<ReturnType<typeof storyPageData>>;

export const claimsEntries = (datasets: readonly string[]) =>
	datasets
		.filter((dataset) => loadDataset(dataset).claims)
		.flatMap((dataset) => LANGS.map((lang) => ({ dataset, ...(lang === 'en' ? { lang } : {}) })));

export function claimsPageData(dataset: string, lang: Lang) {
	if (!datasetIds().includes(dataset)) return null;
	const data = loadDataset(dataset);
	const claims = data.claims;
	if (!claims) return null;
	const sourceOf = sourceFinder(dataset);
	const byId = new Map(data.features.map((f) => [f.properties.id, f]));
	const agencyOf = agencyFinder(data.meta, data.features);
	const eventPages = hasEventPages(dataset);
	return {
		lang,
		datasetId: dataset,
		datasetTitle: data.meta.title,
		path: claimsPath(dataset),
		sourceText: sourceOf(claims.source),
		unmapped: claims.unmapped,
		claims: claims.claims.map((c) => {
			const features = c.features.map((id) => ({
				id,
				title: byId.get(id)?.properties.title ?? { es: id, en: id },
				href: eventLink(dataset, id, lang, eventPages)
			}));
			if (c.type === 'casualty' && c.measure && c.value !== undefined) {
				const figures = byId.get(c.features[0])?.properties.casualties?.[c.measure] ?? [];
				return {
					...c,
					features,
					verdict: casualtyVerdict(figures, claims.source, c.value, agencyOf),
					independent: independentSources(figures, agencyOf),
					figures: figures.map((f) => ({
						figure: f,
						source: sourceOf(f.source),
						isSourceText: f.source === claims.source
					})),
					evidence: []
				};
			}
			return {
				...c,
				features,
				independent: 0,
				figures: [],
				evidence: (c.evidence ?? []).map((e) => ({ what: e.what, source: sourceOf(e.source) }))
			};
		})
	};
}
export type ClaimsPageData = NonNullable<ReturnType<typeof claimsPageData>>;
