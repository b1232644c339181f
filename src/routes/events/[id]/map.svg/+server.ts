import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { datasetStaticMap, eventEntries, svgResponse } from '#lib/server/datasetPages.ts';

export const prerender = true;
export const entries = () =>
	eventEntries(DEFAULT_DATASET)
		.filter((entry) => !entry.lang)
		.map(({ id }) => ({ id }));

/** A small static figure locating one event (for pages read without JavaScript). */
export const GET = ({ params }: { params: { id: string } }) =>
	svgResponse(datasetStaticMap(DEFAULT_DATASET, { width: 300, height: 340 }, params.id));
