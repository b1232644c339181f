import { datasetStaticMap, hasEventPages, svgResponse } from '#lib/server/datasetPages.ts';
import { otherDatasetIds } from '#lib/server/mapPage.ts';

export const prerender = true;
// Large datasets show no static preview: it would draw tens of thousands of dots.
export const entries = () =>
	otherDatasetIds()
		.filter(hasEventPages)
		.map((dataset) => ({ dataset }));

export const GET = ({ params }: { params: { dataset: string } }) =>
	svgResponse(
		!otherDatasetIds().includes(params.dataset)
			? null
			: datasetStaticMap(params.dataset, { width: 600, height: 680 })
	);
