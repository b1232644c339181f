import { DEFAULT_DATASET } from '#lib/data/paths.ts';
import { datasetStaticMap, svgResponse } from '#lib/server/datasetPages.ts';

export const prerender = true;

/** The static map shown before the interactive one loads (and instead of it without WebGL). */
export const GET = () =>
	svgResponse(datasetStaticMap(DEFAULT_DATASET, { width: 600, height: 680 }));
