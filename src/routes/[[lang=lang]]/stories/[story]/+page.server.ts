import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { storyEntries, storyPageData } from '#lib/server/storyPages.ts';

export const entries = () =>
	storyEntries([DEFAULT_DATASET]).map(({ story, lang }) => ({ story, ...(lang ? { lang } : {}) }));

export const load = ({ params }: { params: { lang?: string; story: string } }) =>
	storyPageData(DEFAULT_DATASET, params.story, langOfPath(params.lang)) ??
	error(404, 'No such story');
