import { datasetStaticMap, eventEntries, svgResponse } from '#lib/server/datasetPages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';

export const prerender = true;
export const entries = () =>
	otherDatasetIds().flatMap((dataset) =>
		eventEntries(dataset)
			.filter((entry) => !entry.lang)
			.map(({ id }) => ({ dataset, id }))
	);

/** A small static figure locating one event (for pages read without JavaScript). */
export const GET = ({ params }: { params: { dataset: string; id: string } }) =>
	svgResponse(
		!otherDatasetIds().includes(params.dataset)
			? null
			: datasetStaticMap(params.dataset, { width: 300, height: 340 }, params.id)
	);
