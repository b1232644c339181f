// A FeatureCollection written one feature per line, in pieces (Node): a million features are
// more text than one JavaScript string can hold. readFeatureLines (readDataset.ts) reads it back.
import { closeSync, openSync, writeSync } from 'node:fs';

const PIECE = 10_000;

/** Writes `features` to `path`; `members` (such as the downloads' metadata) open the collection. */
export function writeFeatureLines(
	path: string,
	features: readonly unknown[],
	members: Record<string, unknown> = {}
): void {
	const head = Object.entries(members)
		.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`)
		.join('');
	const fd = openSync(path, 'w');
	try {
		writeSync(fd, `{"type":"FeatureCollection",${head}"features":[\n`);
		for (let i = 0; i < features.length; i += PIECE) {
			const lines = features.slice(i, i + PIECE).map((f) => JSON.stringify(f));
			writeSync(fd, lines.join(',\n') + (i + PIECE < features.length ? ',\n' : '\n'));
		}
		writeSync(fd, ']}\n');
	} finally {
		closeSync(fd);
	}
}
