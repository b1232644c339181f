import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { changesPageData } from '#lib/server/datasetPages.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) =>
	changesPageData(DEFAULT_DATASET, langOfPath(params.lang));
