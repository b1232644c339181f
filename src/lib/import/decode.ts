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

/**
 * A file whose lines are partly UTF-8 and partly another encoding (lines pasted from two
 * sources): decoded either way, some of its text would come out garbled ("Ã±andÃº"). Throws,
 * naming a line of each kind.
 */
function refuseMixedEncodings(bytes: Uint8Array): void {
	const utf8 = new TextDecoder('utf-8', { fatal: true });
	let utf8Line = 0;
	let otherLine = 0;
	let start = 0;
	for (let line = 1; start <= bytes.length && !(utf8Line && otherLine); line++) {
		let end = bytes.indexOf(0x0a, start);
		if (end === -1) end = bytes.length;
		const part = bytes.subarray(start, end);
		if (part.some((b) => b >= 0x80)) {
			try {
				utf8.decode(part);
				utf8Line ||= line;
			} catch {
				otherLine ||= line;
			}
		}
		start = end + 1;
	}
	if (utf8Line && otherLine)
		throw new Error(
			`the file mixes encodings: line ${utf8Line} is UTF-8 but line ${otherLine} is not: save the whole file in one encoding (UTF-8)`
		);
}

/** Decodes `bytes`; throws an Error whose message says what to do when it cannot tell. */
export function decodeInput(bytes: Uint8Array, given?: string): Decoded {
	if (given) {
		let decoder: TextDecoder;
		try {
			decoder = new TextDecoder(given, { fatal: true });
		} catch {
			throw new Error(`--encoding: ${given} is not an encoding this system knows`);
		}
		const mark = BOMS.find(([m]) => m.every((b, i) => bytes[i] === b));
		if (mark && mark[1] !== decoder.encoding)
			throw new Error(
				`the file starts with a ${mark[1]} byte order mark but --encoding says ${decoder.encoding}: leave out --encoding, or give ${mark[1]}`
			);
		if (!decoder.encoding.startsWith('utf-')) refuseMixedEncodings(bytes);
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
	// Not UTF-8 as a whole: if some of its lines are, the file mixes two encodings.
	refuseMixedEncodings(bytes);
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
