// What a map page receives from the prerender: one dataset and the list of all of them.
import type { PublicDataset } from './publicData.ts';
import type { BasemapData } from './basemapData.ts';
import type { Lang } from '../i18n/messages.ts';
import type { TiledData } from './tiledData.ts';
import type { ClaimMarks } from './claims.ts';

export interface DatasetChoice {
	id: string;
	title: { es: string; en: string };
	/** Its map page without the language prefix: `/` for the default, `/d/<id>/` for the others. */
	path: string;
}

export interface MapPageData {
	/** Large datasets come without features: the page fetches them from `featuresUrl`. */
	dataset: PublicDataset;
	featuresUrl: string | null;
	/** A tiled dataset's files (then `featuresUrl` is null and no features come at all). */
	tiled: TiledData | null;
	featureCount: number;
	/** null: the shipped Bolivia basemap (bundled with the map's code). */
	basemap: BasemapData | null;
	/** The static map shown before the interactive one (small datasets only). */
	previewUrl: string | null;
	/** Whether each feature has its own page (datasets of up to 2,000 events; see data/paths.ts). */
	eventPages: boolean;
	datasets: DatasetChoice[];
	/** The dataset's guided stories (their pages hold the text). */
	stories: { id: string; title: { es: string; en: string }; path: string }[];
	/** The source text's figures that have a claim on the claims page (null: no claims page). */
	claimMarks: ClaimMarks | null;
	lang: Lang;
}

/** Above this many features the data is fetched after first paint instead of inlined in the page. */
export const INLINE_FEATURE_LIMIT = 2000;

/** Features per details file (descriptions, context, notes and quotes, fetched on selection). */
export const DETAILS_CHUNK_SIZE = 1000;

/** A details file of a dataset's features (see featureDetails.ts), fetched on selection. */
export function detailsUrl(dataset: string, chunk: number): string {
	return `/d/${dataset}/details/${chunk}.json`;
}
