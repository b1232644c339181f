// Decodes a fetched dataset's rows file (geo/eventRows.ts) off the page's main thread: unzips it,
// reads its header and views its columns, then hands the buffer back (transferred, not copied).
import { decodeRows } from '../geo/eventRows.ts';
import { unzippedIndexFile } from '../geo/indexFile.ts';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
	try {
		const buffer = await unzippedIndexFile(event.data);
		self.postMessage({ rows: decodeRows(buffer) }, { transfer: [buffer] });
	} catch (error) {
		self.postMessage({ error: (error as Error).message });
	}
};
