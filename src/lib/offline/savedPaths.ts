// Which of the site's paths "Save for offline use" keeps: everything but other datasets (their
// pages and files may be large, and are kept only as they are opened). Shared by the service
// worker and the build step that writes the saved size (scripts/offline-size.ts). Pure.

/** The default dataset's downloads are saved; other datasets' pages and files are not. */
export const isOtherDatasetPath = (path: string): boolean =>
	/^\/(en\/)?d\//.test(path) ||
	(path.startsWith('/downloads/') && !/^\/downloads\/bolivia-2019\./.test(path));
