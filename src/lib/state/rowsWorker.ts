// Decodes a fetched dataset's rows file (geo/eventRows.ts) off the page's main thread: unzips it,
// reads its header and copies its columns out of the file (the header's text is then let go),
// and hands the columns back transferred, not copied again.
import { compactRows, decodeRows } from '../geo/eventRows.ts';
import { unzippedIndexFile } from '../geo/indexFile.ts';

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
	try {
		const { rows, buffers } = compactRows(decodeRows(await unzippedIndexFile(event.data)));
		self.postMessage({ rows }, { transfer: buffers });
	} catch (error) {
		self.postMessage({ error: (error as Error).message });
	}
};
