// A FeatureIndex as one binary file (a tiled dataset's `summary.bin`): a JSON header, then each
// column's bytes, each integer column packed as narrowly as it fits (geo/packedColumns.ts), the
// whole gzipped by the data build (static hosts seldom compress binary files themselves). The
// page reads it with one fetch, unzips it with the browser's DecompressionStream and unpacks the
// columns, with no parsing per row.
import { MEASURES, type FeatureIndex, type IntColumn } from './featureIndex.ts';
import { asInt32 } from './narrowColumn.ts';
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
	/**
	 * Every row's id, in order; or, when only some rows stand for one named feature, [row, id]; or,
	 * when every id is one of a few prefixes and a number (`BOL1234`), the prefixes, each row's
	 * being the columns `idPrefix` (its place among them) and `idNumber`.
	 */
	ids: string[] | [number, string][] | { prefixes: string[] };
	columns: ColumnEntry[];
}

export type Column = Uint8Array | Int32Array;

/** Each row's `a` less its `b` (a column stored as its distance from another), as Int32. */
const less = (a: IntColumn, b: IntColumn) => Int32Array.from(a, (v, i) => v - b[i]);
const plus = (a: IntColumn, b: IntColumn) => Int32Array.from(a, (v, i) => v + b[i]);

/** Each listed day less (sign 1) or plus (sign -1) the first day of its row. */
function daysFromFirst(
	rows: Pick<FeatureIndex, 'size' | 'activeStart' | 'first'>,
	sign: 1 | -1,
	days: IntColumn
): Int32Array {
	const out = Int32Array.from(days);
	for (let i = 0; i < rows.size; i++)
		for (let k = rows.activeStart[i]; k < rows.activeStart[i + 1]; k++)
			out[k] -= sign * rows.first[i];
	return out;
}

/**
 * Ids that are each one of a few prefixes (at most one for every 8 ids, and 256) and a number
 * written plainly (`BOL1234`, `CHL103`, as ACLED's are): the prefixes, each row's prefix (its
 * place among them) and number; null for any other ids.
 */
export function numberedIds(
	ids: readonly string[]
): { prefixes: string[]; prefix: Uint8Array; numbers: Int32Array } | null {
	if (ids.length === 0) return null;
	const prefixes = new Map<string, number>();
	const prefix = new Uint8Array(ids.length);
	const numbers = new Int32Array(ids.length);
	for (let i = 0; i < ids.length; i++) {
		const match = /^(.*?)(0|[1-9]\d{0,8})$/.exec(ids[i]);
		if (!match || /\d$/.test(match[1])) return null;
		let k = prefixes.get(match[1]);
		if (k === undefined) {
			// A few prefixes, each shared by many ids (slugs such as `senkata-2019-11-19` are not).
			if (prefixes.size === 256 || (prefixes.size >= 1 && prefixes.size >= ids.length / 8))
				return null;
			prefixes.set(match[1], (k = prefixes.size));
		}
		prefix[i] = k;
		numbers[i] = Number(match[2]);
	}
	return { prefixes: [...prefixes.keys()], prefix, numbers };
}

/**
 * A row's kind and layer in one byte (kind × 16 + layer) when both are under 16: the events of a
 * kind are mostly on one layer, so the pair costs gzip little more than the kind alone.
 */
function kindAndLayer(index: FeatureIndex): [string, Column][] {
	const under16 = (column: Uint8Array) => column.every((v) => v < 16);
	if (!under16(index.kind) || !under16(index.layer))
		return [
			['layer', index.layer],
			['kind', index.kind]
		];
	return [['kindLayer', index.kind.map((kind, i) => (kind << 4) | index.layer[i])]];
}

/**
 * The columns as stored. Some are stored as distances, which are mostly small or nothing: how
 * many days after its first a row's last day is (`span`) and each of its listed days is
 * (`activeFromFirst`), and how far its highest figure is above its lowest (`spread.<measure>`:
 * sources mostly agree).
 */
function columnsOf(index: FeatureIndex): [string, Column][] {
	const measureColumns = (group: 'low' | 'reported') =>
		index[group]
			? MEASURES.map((m) => [`${group}.${m}`, asInt32(index[group]![m])] as [string, Column])
			: [];
	const spreads = MEASURES.map(
		(m) => [`spread.${m}`, less(index.high[m], index.low[m])] as [string, Column]
	);
	return [
		['department', index.department],
		...kindAndLayer(index),
		['first', asInt32(index.first)],
		['span', less(index.last, index.first)],
		['activeStart', asInt32(index.activeStart)],
		['activeFromFirst', daysFromFirst(index, 1, index.activeDays)],
		['located', index.located],
		['datePrecision', index.datePrecision],
		['parent', asInt32(index.parent)],
		['countStart', asInt32(index.countStart)],
		['countDays', asInt32(index.countDays)],
		['countValues', asInt32(index.countValues)],
		['countUnits', index.countUnits],
		['countQualifiers', index.countQualifiers],
		...(index.weight ? [['weight', asInt32(index.weight)] as [string, Column]] : []),
		...measureColumns('low'),
		...spreads,
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
	const named = index.ids.length === index.size && index.ids.every(Boolean);
	const numbered = named ? numberedIds(index.ids) : null;
	const columns = [
		...columnsOf(index),
		...(numbered
			? ([
					['idPrefix', numbered.prefix],
					['idNumber', numbered.numbers]
				] as [string, Column][])
			: []),
		...(extra?.columns ?? [])
	];
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
		ids: numbered
			? { prefixes: numbered.prefixes }
			: named
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
	const low = measures('low');
	const spread = measures('spread');
	const first = get<Int32Array>('first');
	const activeStart = get<Int32Array>('activeStart');
	const kindLayer = column.has('kindLayer') ? get<Uint8Array>('kindLayer') : null;
	const index: FeatureIndex = {
		size: header.size,
		ids: idsOf(header, get),
		departments: header.departments,
		department: get('department'),
		layer: kindLayer ? kindLayer.map((v) => v & 15) : get('layer'),
		kind: kindLayer ? kindLayer.map((v) => v >> 4) : get('kind'),
		first,
		last: plus(get<Int32Array>('span'), first),
		activeStart,
		activeDays: daysFromFirst(
			{ size: header.size, activeStart, first },
			-1,
			get<Int32Array>('activeFromFirst')
		),
		located: get('located'),
		datePrecision: get('datePrecision'),
		parent: get('parent'),
		countStart: get('countStart'),
		countDays: get('countDays'),
		countValues: get('countValues'),
		countUnits: get('countUnits'),
		countQualifiers: get('countQualifiers'),
		low,
		high: Object.fromEntries(
			MEASURES.map((m) => [m, plus(spread[m], low[m])])
		) as FeatureIndex['high'],
		...(column.has('weight')
			? { weight: get<Int32Array>('weight'), reported: measures('reported') }
			: {})
	};
	return { index, column: get, extra: header.extra };
}

/** Every row's id ('' for a row that stands for no one feature). */
function idsOf(header: Header, get: <T extends Column>(name: string) => T): string[] {
	const stored = header.ids;
	if (!Array.isArray(stored)) {
		const prefix = get<Uint8Array>('idPrefix');
		return Array.from(get<Int32Array>('idNumber'), (n, i) => `${stored.prefixes[prefix[i]]}${n}`);
	}
	const named = stored.length > 0 && typeof stored[0] === 'string';
	const ids = named ? (stored as string[]) : new Array<string>(header.size).fill('');
	if (named && ids.length !== header.size) throw new Error('index file: ids do not match its rows');
	if (!named) for (const [row, id] of stored as [number, string][]) ids[row] = id;
	return ids;
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
