// A FeatureIndex as one binary file (a tiled dataset's `summary.bin`): a JSON header, then each
// column's bytes, each integer column packed as narrowly as it fits (geo/packedColumns.ts), the
// whole gzipped by the data build (static hosts seldom compress binary files themselves). The
// page reads it with one fetch, unzips it with the browser's DecompressionStream and unpacks the
// columns, with no parsing per row.
import { MEASURES, type FeatureIndex } from './featureIndex.ts';
import {
	packColumn,
	packedLength,
	packingOf,
	unpackColumn,
	type Packing
} from './packedColumns.ts';

const MAGIC = 0x58494243; // "CBIX", little-endian
type ColumnType = 'u8' | 'i32';
interface ColumnEntry {
	name: string;
	type: ColumnType;
	offset: number;
	length: number;
	/** How an i32 column's values are stored (absent: as they are). */
	packing?: Packing;
}
interface Header {
	size: number;
	/** What a file that carries more than the index adds to its header (eventRows.ts). */
	extra?: unknown;
	departments: string[];
	/** Every row's id, in order; or, when only some rows stand for one named feature, [row, id]. */
	ids: string[] | [number, string][];
	columns: ColumnEntry[];
}

export type Column = Uint8Array | Int32Array;

function columnsOf(index: FeatureIndex): [string, Column][] {
	const measureColumns = (group: 'low' | 'high' | 'reported') =>
		index[group]
			? MEASURES.map((m) => [`${group}.${m}`, index[group]![m]] as [string, Column])
			: [];
	return [
		['department', index.department],
		['layer', index.layer],
		['kind', index.kind],
		['first', index.first],
		['last', index.last],
		['activeStart', index.activeStart],
		['activeDays', index.activeDays],
		['located', index.located],
		['datePrecision', index.datePrecision],
		['parent', index.parent],
		['countStart', index.countStart],
		['countDays', index.countDays],
		['countValues', index.countValues],
		['countUnits', index.countUnits],
		['countQualifiers', index.countQualifiers],
		...(index.weight ? [['weight', index.weight] as [string, Column]] : []),
		...measureColumns('low'),
		...measureColumns('high'),
		...measureColumns('reported')
	];
}

const align4 = (n: number) => (n + 3) & ~3;

/**
 * The index as bytes; `extra` adds columns of the same rows and a value to the header (a fetched
 * dataset's rows file, geo/eventRows.ts).
 */
export function encodeIndex(
	index: FeatureIndex,
	extra?: { columns: [string, Column][]; header: unknown }
): Uint8Array {
	const columns = [...columnsOf(index), ...(extra?.columns ?? [])];
	const entries: ColumnEntry[] = [];
	const stored: Uint8Array[] = [];
	let offset = 0;
	for (const [name, column] of columns) {
		const entry: ColumnEntry = {
			name,
			type: column instanceof Uint8Array ? 'u8' : 'i32',
			offset,
			length: column.length
		};
		if (column instanceof Int32Array) entry.packing = packingOf(column);
		const bytes = entry.packing
			? packColumn(column as Int32Array, entry.packing)
			: new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
		entries.push(entry);
		stored.push(bytes);
		offset = align4(offset + bytes.byteLength);
	}
	const header: Header = {
		size: index.size,
		departments: index.departments,
		ids:
			index.ids.length === index.size && index.ids.every(Boolean)
				? index.ids
				: index.ids.flatMap((id, row) => (id ? [[row, id] as [number, string]] : [])),
		columns: entries,
		...(extra ? { extra: extra.header } : {})
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	const start = align4(8 + headerBytes.length);
	const out = new Uint8Array(start + offset);
	const view = new DataView(out.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, headerBytes.length, true);
	out.set(headerBytes, 8);
	stored.forEach((bytes, k) => out.set(bytes, start + entries[k].offset));
	return out;
}

/** Reads what encodeIndex wrote (its u8 columns are views into `buffer`, not copies). */
export function decodeIndex(buffer: ArrayBuffer): FeatureIndex {
	return decodeIndexFile(buffer).index;
}

/** The index, with the extra columns (by name) and header value it was written with. */
export function decodeIndexFile(buffer: ArrayBuffer): {
	index: FeatureIndex;
	column: <T extends Column>(name: string) => T;
	extra: unknown;
} {
	const view = new DataView(buffer);
	if (buffer.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
		throw new Error('index file: not a Cabildo index (wrong magic number)');
	const headerLength = view.getUint32(4, true);
	const header = JSON.parse(
		new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))
	) as Header;
	const start = align4(8 + headerLength);
	const column = new Map<string, Column>();
	for (const c of header.columns) {
		const packing = c.type === 'u8' ? null : (c.packing ?? 'i32');
		const bytes = packing ? packedLength(packing, c.length) : c.length;
		if (start + c.offset + bytes > buffer.byteLength)
			throw new Error(`index file: column ${c.name} is cut short`);
		const stored = new Uint8Array(buffer, start + c.offset, bytes);
		column.set(c.name, packing ? unpackColumn(stored, packing, c.length) : stored);
	}
	const get = <T extends Column>(name: string): T => {
		const c = column.get(name);
		if (!c) throw new Error(`index file: column ${name} is missing`);
		return c as T;
	};
	const measures = (group: string) =>
		Object.fromEntries(
			MEASURES.map((m) => [m, get<Int32Array>(`${group}.${m}`)])
		) as FeatureIndex['low'];
	const named = header.ids.length > 0 && typeof header.ids[0] === 'string';
	const ids = named ? (header.ids as string[]) : new Array<string>(header.size).fill('');
	if (named && ids.length !== header.size) throw new Error('index file: ids do not match its rows');
	if (!named) for (const [row, id] of header.ids as [number, string][]) ids[row] = id;
	const index: FeatureIndex = {
		size: header.size,
		ids,
		departments: header.departments,
		department: get('department'),
		layer: get('layer'),
		kind: get('kind'),
		first: get('first'),
		last: get('last'),
		activeStart: get('activeStart'),
		activeDays: get('activeDays'),
		located: get('located'),
		datePrecision: get('datePrecision'),
		parent: get('parent'),
		countStart: get('countStart'),
		countDays: get('countDays'),
		countValues: get('countValues'),
		countUnits: get('countUnits'),
		countQualifiers: get('countQualifiers'),
		low: measures('low'),
		high: measures('high'),
		...(column.has('weight')
			? { weight: get<Int32Array>('weight'), reported: measures('reported') }
			: {})
	};
	return { index, column: get, extra: header.extra };
}

/** Whether bytes are gzip data (the summary as written) rather than an index as it is. */
const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The bytes of an index file as written, gzipped or not (a host may have unzipped it already). */
export async function unzippedIndexFile(buffer: ArrayBuffer): Promise<ArrayBuffer> {
	if (!isGzip(new Uint8Array(buffer))) return buffer;
	const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(stream).arrayBuffer();
}

/** Reads a summary file, gzipped or not. */
export async function readIndexFile(buffer: ArrayBuffer): Promise<FeatureIndex> {
	return decodeIndex(await unzippedIndexFile(buffer));
}
