import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';
import { storyEntries, storyPageData } from '#lib/server/storyPages.ts';

export const entries = () => storyEntries(otherDatasetIds());

export const load = ({ params }: { params: { lang?: string; dataset: string; story: string } }) =>
	(otherDatasetIds().includes(params.dataset)
		? storyPageData(params.dataset, params.story, langOfPath(params.lang))
		: null) ?? error(404, 'No such story');
