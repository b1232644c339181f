import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';
import { claimsEntries, claimsPageData } from '#lib/server/storyPages.ts';

export const entries = () => claimsEntries(otherDatasetIds());

export const load = ({ params }: { params: { lang?: string; dataset: string } }) =>
	(otherDatasetIds().includes(params.dataset)
		? claimsPageData(params.dataset, langOfPath(params.lang))
		: null) ?? error(404, 'No claims');
