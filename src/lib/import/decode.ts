// The text of an input file, whatever encoding it was saved in: a byte order mark, else UTF-8 if
// the bytes are valid UTF-8, else what the `chardet` detector finds, decoded with the platform's
// TextDecoder. Windows-1252 (what Excel on Windows writes) is accepted on chardet's word; any
// other guess, or a doubtful one, is refused with a way out: --encoding <name>. Pure (bytes in).
import { analyse } from 'chardet';

export interface Decoded {
	text: string;
	/** The encoding used, as a WHATWG label (utf-8, utf-16le, windows-1252…). */
	encoding: string;
	/** How it was chosen: a byte order mark, valid UTF-8, a detection, or --encoding. */
	how: 'bom' | 'utf-8' | 'detected' | 'given';
}

const BOMS: [number[], string][] = [
	[[0xef, 0xbb, 0xbf], 'utf-8'],
	[[0xff, 0xfe], 'utf-16le'],
	[[0xfe, 0xff], 'utf-16be']
];

/** Encodings read by name when chardet reports them (its names → WHATWG labels). */
const DETECTED: Record<string, string> = {
	'windows-1252': 'windows-1252',
	'ISO-8859-1': 'windows-1252',
	'UTF-16LE': 'utf-16le',
	'UTF-16BE': 'utf-16be'
};

/** Below this confidence (chardet's 0–100) a guess is not trusted. */
const MIN_CONFIDENCE = 30;

const decode = (bytes: Uint8Array, encoding: string, skip = 0) =>
	new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));

/** Decodes `bytes`; throws an Error whose message says what to do when it cannot tell. */
export function decodeInput(bytes: Uint8Array, given?: string): Decoded {
	if (given) {
		let decoder: TextDecoder;
		try {
			decoder = new TextDecoder(given, { fatal: true });
		} catch {
			throw new Error(`--encoding: ${given} is not an encoding this system knows`);
		}
		try {
			return { text: decoder.decode(bytes), encoding: decoder.encoding, how: 'given' };
		} catch {
			throw new Error(`the file is not valid ${decoder.encoding}: check --encoding`);
		}
	}
	for (const [mark, encoding] of BOMS) {
		if (mark.every((b, i) => bytes[i] === b))
			return { text: decode(bytes, encoding, mark.length), encoding, how: 'bom' };
	}
	// UTF-16 without a byte order mark: text of the Latin alphabet has a zero in every other byte
	// (which is also valid UTF-8, so this comes first).
	const sample = bytes.subarray(0, 4096);
	const zeros = [0, 0];
	sample.forEach((b, i) => b === 0 && zeros[i % 2]++);
	for (const [parity, encoding] of [
		[1, 'utf-16le'],
		[0, 'utf-16be']
	] as const) {
		if (zeros[parity] > sample.length / 2 / 3 && zeros[1 - parity] === 0)
			try {
				return { text: decode(bytes, encoding), encoding, how: 'detected' };
			} catch {
				// Not valid UTF-16 after all.
			}
	}
	try {
		return { text: decode(bytes, 'utf-8'), encoding: 'utf-8', how: 'utf-8' };
	} catch {
		// Not UTF-8: detect below.
	}
	const [best] = analyse(bytes);
	const encoding = best ? DETECTED[best.name] : undefined;
	if (!best || !encoding || best.confidence < MIN_CONFIDENCE) {
		throw new Error(
			`the file is not UTF-8 and its encoding is uncertain` +
				(best ? ` (it looks like ${best.name}, ${best.confidence}% sure)` : '') +
				`: give it with --encoding (for instance --encoding windows-1252 for a CSV saved by Excel on Windows)`
		);
	}
	try {
		return { text: decode(bytes, encoding), encoding, how: 'detected' };
	} catch {
		throw new Error(
			`the file looks like ${encoding} but is not valid ${encoding}: give its encoding with --encoding`
		);
	}
}

/** U+FFFD in the output that the input did not hold means characters were lost: refuse it. */
export function lostCharacters(input: string, output: string): boolean {
	return output.includes('\uFFFD') && !input.includes('\uFFFD');
}
