import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { claimsEntries, claimsPageData } from '#lib/server/storyPages.ts';

export const entries = () =>
	claimsEntries([DEFAULT_DATASET]).map(({ lang }) => (lang ? { lang } : {}));

export const load = ({ params }: { params: { lang?: string } }) =>
	claimsPageData(DEFAULT_DATASET, langOfPath(params.lang)) ?? error(404, 'No claims');
