// What a map page receives from the prerender: one dataset and the list of all of them.
import type { PublicDataset } from './publicData.ts';
import type { BasemapData } from './basemapData.ts';
import type { Lang } from '../i18n/messages.ts';
import type { Delivery } from './delivery.ts';
import type { ClaimMarks } from './claims.ts';

export interface DatasetChoice {
	id: string;
	title: { es: string; en: string };
	/** Its map page without the language prefix: `/` for the default, `/d/<id>/` for the others. */
	path: string;
}

export interface MapPageData {
	/** Its features' summaries when delivered inline; none otherwise (see `delivery`). */
	dataset: PublicDataset;
	/** How the features reach the page (data/delivery.ts): the one thing the page branches on. */
	delivery: Delivery;
	/** null: the shipped Bolivia basemap (bundled with the map's code). */
	basemap: BasemapData | null;
	/** The static map shown before the interactive one (small datasets only). */
	previewUrl: string | null;
	datasets: DatasetChoice[];
	/** The dataset's guided stories (their pages hold the text). */
	stories: { id: string; title: { es: string; en: string }; path: string }[];
	/** The source text's figures that have a claim on the claims page (null: no claims page). */
	claimMarks: ClaimMarks | null;
	lang: Lang;
}
