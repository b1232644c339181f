import { langOfPath } from '#lib/i18n/messages.ts';
import { DEFAULT_DATASET, eventPath } from '#lib/data/paths.ts';
import { aboutFigures } from '#lib/server/aboutFigures.ts';
import { loadDataset } from '#lib/server/dataset.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) => {
	const figures = aboutFigures(DEFAULT_DATASET);
	return {
		lang: langOfPath(params.lang),
		contact: loadDataset(DEFAULT_DATASET).meta.contact ?? null,
		figures: {
			...figures,
			disputed: figures.disputed.map((e) => ({ ...e, href: eventPath(DEFAULT_DATASET, e.id) }))
		}
	};
};
