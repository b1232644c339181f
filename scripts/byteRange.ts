// The one byte range a request's Range header asks of a file (PMTiles readers send one), for
// the hand-written file server of the benchmark and the deploy test (static-server.ts). Pure.

/** null: no single range asked (send the whole file); 'unsatisfiable': answer 416. */
export type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

export function byteRange(header: string | undefined, size: number): ByteRange {
	const asked = /^bytes=(\d+)-(\d*)$/.exec(header ?? '');
	if (!asked) return null;
	const start = Number(asked[1]);
	const end = Math.min(asked[2] ? Number(asked[2]) : size - 1, size - 1);
	return start > end ? 'unsatisfiable' : { start, end };
}
