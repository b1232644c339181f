import { importedDownloadEntries, importedDownloadResponse } from '#lib/server/datasetPages.ts';

export const prerender = true;
export const entries = importedDownloadEntries;

export const GET = ({ params }: { params: { dataset: string } }) =>
	importedDownloadResponse(params.dataset);
