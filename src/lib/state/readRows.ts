// A fetched dataset's rows file, decoded in a worker (rowsWorker.ts) where the browser has
// workers; in place otherwise (Node, for the unit tests).
import { decodeRows, type RowColumns } from '../geo/eventRows.ts';
import { unzippedIndexFile } from '../geo/indexFile.ts';
import rowsWorkerUrl from './rowsWorker.ts?worker&url';

export async function readRowsFile(bytes: ArrayBuffer): Promise<RowColumns> {
	if (typeof Worker === 'undefined') return decodeRows(await unzippedIndexFile(bytes));
	const worker = new Worker(rowsWorkerUrl, { type: 'module' });
	try {
		return await new Promise<RowColumns>((resolve, reject) => {
			worker.onmessage = ({ data }: MessageEvent<{ rows?: RowColumns; error?: string }>) =>
				data.rows ? resolve(data.rows) : reject(new Error(data.error ?? 'rows file unreadable'));
			worker.onerror = (event) => reject(new Error(event.message || 'rows file unreadable'));
			worker.postMessage(bytes, [bytes]);
		});
	} finally {
		worker.terminate();
	}
}
