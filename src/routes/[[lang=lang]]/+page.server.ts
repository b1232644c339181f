import { loadDataset } from '#lib/server/dataset.ts';
import { langOfPath } from '#lib/i18n/messages.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) => ({
	dataset: loadDataset(),
	lang: langOfPath(params.lang)
});
