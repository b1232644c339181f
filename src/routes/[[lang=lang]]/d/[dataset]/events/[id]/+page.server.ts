import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { eventEntries, eventPageData } from '#lib/server/datasetPages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';

export const entries = () =>
	otherDatasetIds().flatMap((dataset) =>
		eventEntries(dataset).map((entry) => ({ ...entry, dataset }))
	);

export const load = ({ params }: { params: { dataset: string; id: string; lang?: string } }) =>
	(otherDatasetIds().includes(params.dataset) &&
		eventPageData(params.dataset, params.id, langOfPath(params.lang))) ||
	error(404, 'Not found');
