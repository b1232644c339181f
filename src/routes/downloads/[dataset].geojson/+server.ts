import { downloadEntries, downloadResponse } from '#lib/server/datasetPages.ts';

export const prerender = true;
export const entries = downloadEntries;

export const GET = ({ params }: { params: { dataset: string } }) =>
	downloadResponse(params.dataset, 'geojson');
