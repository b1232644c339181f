import { langOfPath } from '#lib/i18n/messages.ts';
import { mapPageData } from '#lib/server/mapPage.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) =>
	mapPageData(DEFAULT_DATASET, langOfPath(params.lang));
