import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { eventEntries, eventPageData } from '#lib/server/datasetPages.ts';

export const entries = () => eventEntries(DEFAULT_DATASET);

export const load = ({ params }: { params: { id: string; lang?: string } }) =>
	eventPageData(DEFAULT_DATASET, params.id, langOfPath(params.lang)) ?? error(404, 'Not found');
