import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { dataPageData } from '#lib/server/datasetPages.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) =>
	dataPageData(DEFAULT_DATASET, langOfPath(params.lang));
