// Where each page and file of a dataset lives, without the language prefix. The default dataset
// keeps the short paths it has always had; every other dataset lives under /d/<id>/.

/** The dataset shown at `/`. */
export const DEFAULT_DATASET = 'bolivia-2019';

const base = (dataset: string) => (dataset === DEFAULT_DATASET ? '/' : `/d/${dataset}/`);

/** The dataset's map. */
export const datasetPath = (dataset: string) => base(dataset);

/** One event's page (readable without JavaScript). */
export const eventPath = (dataset: string, event: string) => `${base(dataset)}events/${event}/`;

/** The static figure locating one event, beside its page. */
export const eventMapPath = (dataset: string, event: string) =>
	`${eventPath(dataset, event)}map.svg`;

/** The table of all events and the downloads. */
export const dataPath = (dataset: string) => `${base(dataset)}data/`;

/** Every change to the dataset's records, from its history. */
export const changesPath = (dataset: string) => `${base(dataset)}changes/`;

/** A guided story over the dataset's map. */
export const storyPath = (dataset: string, story: string) => `${base(dataset)}stories/${story}/`;

/** The source text's claims set against the evidence. */
export const claimsPath = (dataset: string) => `${base(dataset)}claims/`;

/** The static map shown before the interactive one, and instead of it without WebGL. */
export const previewPath = (dataset: string) => `${base(dataset)}map-preview.svg`;

/** The whole dataset as a file: /downloads/<id>.geojson or .csv (the same for every dataset). */
export const downloadPath = (dataset: string, format: 'geojson' | 'csv') =>
	`/downloads/${dataset}.${format}`;

/** The records as imported: the columns of the file the dataset was imported from. */
export const importedDownloadPath = (dataset: string) => `/downloads/imported/${dataset}.csv`;
