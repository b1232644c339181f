// Zip archives from a user (.xlsx, .ods, .kmz), opened with the kept `fflate`: only the entries
// read are inflated, each within size and compression limits, so that a zip bomb is refused in
// one line. Pure.
import { unzipSync, type UnzipFileInfo } from 'fflate';

/** What a zip may hold, uncompressed, per entry read; and how compressed it may be. */
export interface ZipLimits {
	maxEntryBytes: number;
	maxRatio: number;
}
/**
 * Just below V8's longest string, 2^29 - 24 characters (an entry is read as one string): a
 * 100,000-row .ods holds 270 MB of XML. XML rarely compresses past 100:1.
 */
export const ZIP_LIMITS: ZipLimits = { maxEntryBytes: 500 * 2 ** 20, maxRatio: 1000 };

/** A refusal of an archive, in one line. */
export class ZipProblem extends Error {}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The named entries of a zip, inflated; anything else in it is left compressed. */
export function unzipEntries(
	bytes: Uint8Array,
	wanted: (name: string) => boolean,
	limits: ZipLimits
): Record<string, Uint8Array> {
	let refusal: string | null = null;
	const filter = (file: UnzipFileInfo) => {
		if (!wanted(file.name) || refusal) return false;
		const ratio = file.originalSize / Math.max(1, file.size);
		if (file.originalSize > limits.maxEntryBytes)
			refusal = `${file.name} inside it would take ${megabytes(file.originalSize)} uncompressed (more than ${megabytes(limits.maxEntryBytes)}): refused as a likely zip bomb`;
		else if (ratio > limits.maxRatio)
			refusal = `${file.name} inside it is compressed ${Math.round(ratio)} to 1 (more than ${limits.maxRatio} to 1): refused as a likely zip bomb`;
		return refusal === null;
	};
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter });
	} catch (error) {
		if (refusal) throw new ZipProblem(refusal);
		// An entry whose header understates its size does not fit the room made for it.
		throw new ZipProblem(`cannot be unzipped: ${(error as Error).message}`);
	}
	if (refusal) throw new ZipProblem(refusal);
	return files;
}

/** A zip starts with a local file header, or is an empty archive's end record. */
export const isZip = (bytes: Uint8Array) =>
	bytes.length >= 4 &&
	bytes[0] === 0x50 &&
	bytes[1] === 0x4b &&
	((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
