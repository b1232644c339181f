// Which of the site's paths "Save for offline use" keeps: everything but other datasets (their
// pages and files may be large, and are kept only as they are opened). Shared by the service
// worker and the build step that writes the saved size (scripts/offline-size.ts). Pure.
import { DEFAULT_DATASET } from '../data/paths.ts';

/** The default dataset's files under /d/ (details files) and downloads are saved; others' are not. */
export const isOtherDatasetPath = (path: string): boolean =>
	(/^\/(en\/)?d\//.test(path) && !path.startsWith(`/d/${DEFAULT_DATASET}/`)) ||
	(path.startsWith('/downloads/') && !path.startsWith(`/downloads/${DEFAULT_DATASET}.`));
