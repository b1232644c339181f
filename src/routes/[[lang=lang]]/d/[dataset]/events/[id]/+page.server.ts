import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { eventEntries, eventPageData } from '#lib/server/datasetPages.ts';
import { datasetIds } from '#lib/server/dataset.ts';

export const entries = () =>
	datasetIds()
		.filter((dataset) => dataset !== DEFAULT_DATASET)
		.flatMap((dataset) => eventEntries(dataset).map((entry) => ({ ...entry, dataset })));

export const load = ({ params }: { params: { dataset: string; id: string; lang?: string } }) =>
	(params.dataset !== DEFAULT_DATASET &&
		datasetIds().includes(params.dataset) &&
		eventPageData(params.dataset, params.id, langOfPath(params.lang))) ||
	error(404, 'Not found');
