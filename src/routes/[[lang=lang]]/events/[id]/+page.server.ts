import { error } from '@sveltejs/kit';
import { loadDataset } from '#lib/server/dataset.ts';
import { langOfPath } from '#lib/i18n/messages.ts';

export const entries = () =>
	loadDataset().features.flatMap((f) => [
		{ id: f.properties.id },
		{ id: f.properties.id, lang: 'en' }
	]);

export const load = ({ params }: { params: { id: string; lang?: string } }) => {
	const dataset = loadDataset();
	const feature = dataset.features.find((f) => f.properties.id === params.id);
	if (!feature) error(404, 'Not found');
	const nearest = feature.properties.context?.nearest_blockade?.id;
	const titleOf = (id: string | undefined) =>
		id ? dataset.features.find((f) => f.properties.id === id)?.properties.title : undefined;
	return {
		feature,
		lang: langOfPath(params.lang),
		departmentName: dataset.departments[feature.properties.department]?.name ?? '',
		nearestBlockadeTitle: titleOf(nearest),
		partOfTitle: titleOf(feature.properties.part_of),
		datasetTitle: dataset.meta.title
	};
};
