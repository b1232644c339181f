import { error } from '@sveltejs/kit';
import { langOfPath } from '#lib/i18n/messages.ts';
import { changesPageData } from '#lib/server/datasetPages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';

export const entries = () =>
	otherDatasetIds().flatMap((dataset) => [{ dataset }, { dataset, lang: 'en' }]);

export const load = ({ params }: { params: { lang?: string; dataset: string } }) => {
	if (!otherDatasetIds().includes(params.dataset)) error(404, 'No such dataset');
	return changesPageData(params.dataset, langOfPath(params.lang));
};
