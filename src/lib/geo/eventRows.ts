// The events as rows: the column index (geo/featureIndex.ts) and, per row, what the list, the
// choice under a click and the map's points read (the title in each language, the day its date
// starts, where it stands and how precisely). An inline dataset's rows read its features; a
// fetched dataset's come as one binary file (`rows.bin`, written by the data build, decoded in a
// worker: state/rowsWorker.ts), so that the page holds typed columns and no object per event, and
// their titles as a file per language (`titles/<lang>.json`): a page fetches those of the language
// it shows. Pure.
import type { Geometry } from 'geojson';
import type { PublicFeature } from '../data/publicData.ts';
import { LANGS, type Lang } from '../i18n/messages.ts';
import { buildFeatureIndex, type FeatureIndex, type IntColumn } from './featureIndex.ts';
import { narrowestCopy } from './narrowColumn.ts';
import { decodeIndexFile, encodeIndex } from './indexFile.ts';
import { dayNumber } from './days.ts';
import { coarsestExactScale } from './coordinateScale.ts';

export interface EventRows {
	readonly index: FeatureIndex;
	/** The row of an id; -1 when the dataset has no such event. */
	rowOf(id: string): number;
	title(row: number, lang: Lang): string;
	/** The day its date starts, as a day number (a blockade's first reported day may be later). */
	start(row: number): number;
	/** Where it stands: a point, or a line's first vertex. */
	position(row: number): [number, number];
	isPoint(row: number): boolean;
	/** Whether its location is approximate, and its uncertainty radius in metres. */
	approximate(row: number): boolean;
	radius(row: number): number;
}

const firstVertex = (geometry: Geometry): [number, number] => {
	const c =
		geometry.type === 'Point'
			? geometry.coordinates
			: (geometry as { coordinates: number[][] }).coordinates[0];
	return [c[0], c[1]];
};

/** An inline dataset's rows: its features, in order, and their index. */
export function rowsOfFeatures(features: readonly PublicFeature[], index: FeatureIndex): EventRows {
	let byId: Map<string, number> | null = null;
	return {
		index,
		rowOf(id) {
			byId ??= new Map(features.map((f, i) => [f.properties.id, i]));
			return byId.get(id) ?? -1;
		},
		title: (row, lang) => features[row].properties.title[lang],
		start: (row) => dayNumber(features[row].properties.date.start),
		position: (row) => firstVertex(features[row].geometry),
		isPoint: (row) => features[row].geometry.type === 'Point',
		approximate: (row) => features[row].properties.location.precision !== 'exact',
		radius: (row) => features[row].properties.location.radius_m
	};
}

/** No events (yet): a fetched dataset's rows before their file is read. */
export function emptyRows(departments: readonly string[]): EventRows {
	return rowsOfFeatures([], buildFeatureIndex([], departments));
}

/**
 * Coordinates are stored as integers of the coarsest of 1e-5, 1e-6 and 1e-7 degrees that gives
 * every position of the dataset back exactly (the data has 4–6 decimals; beyond 7, to 1e-7):
 * smaller numbers for gzip. The scale is written in the file's header.
 */
const SCALES = [1e5, 1e6, 1e7];

/** What a rows file holds besides the index (all rows have an id). */
export interface RowColumns {
	index: FeatureIndex;
	/** x and y are integers of 1/scale degrees. */
	scale: number;
	start: IntColumn;
	x: IntColumn;
	y: IntColumn;
	/** 1 for a line (x, y its first vertex), 0 for a point. */
	line: Uint8Array;
	approximate: Uint8Array;
	radius: IntColumn;
}

/** A fetched dataset's rows file (gzip it to serve it). */
export function encodeRows(
	list: readonly PublicFeature[],
	departments: readonly string[]
): Uint8Array {
	const index = buildFeatureIndex(list, departments);
	const n = list.length;
	const [start, x, y, radius] = [0, 0, 0, 0].map(() => new Int32Array(n));
	const [line, approximate] = [0, 0].map(() => new Uint8Array(n));
	const positions = list.map((f) => firstVertex(f.geometry));
	const scale = coarsestExactScale(positions.flat(), SCALES);
	list.forEach((f, i) => {
		const p = f.properties;
		const [lon, lat] = positions[i];
		start[i] = dayNumber(p.date.start);
		x[i] = Math.round(lon * scale);
		y[i] = Math.round(lat * scale);
		line[i] = f.geometry.type === 'Point' ? 0 : 1;
		approximate[i] = p.location.precision !== 'exact' ? 1 : 0;
		radius[i] = p.location.radius_m;
	});
	return encodeIndex(index, {
		columns: [
			['start', start],
			['x', x],
			['y', y],
			['line', line],
			['approximate', approximate],
			['radius', radius]
		],
		header: { scale }
	});
}

/** A fetched dataset's titles file in `lang`: each row's title, in the rows' order. */
export const rowTitles = (list: readonly PublicFeature[], lang: Lang): string[] =>
	list.map((f) => f.properties.title[lang]);

/** Titles read from a titles file, checked against the rows they name. */
export function checkedTitles(titles: unknown, rows: number, url: string): string[] {
	if (!Array.isArray(titles) || titles.length !== rows || titles.some((t) => typeof t !== 'string'))
		throw new Error(`${url}: not a title for each of the ${rows} rows`);
	return titles;
}

/** Reads what encodeRows wrote (unzipped). */
export function decodeRows(buffer: ArrayBuffer): RowColumns {
	const { index, column, extra } = decodeIndexFile(buffer);
	const { scale } = (extra as { scale?: number } | undefined) ?? {};
	if (scale === undefined || !SCALES.includes(scale))
		throw new Error('rows file: no coordinate scale');
	return {
		index,
		scale,
		start: column('start'),
		x: column('x'),
		y: column('y'),
		line: column('line'),
		approximate: column('approximate'),
		radius: column('radius')
	};
}

/**
 * The columns copied out of the file they view, each into a buffer of its own (listed, to be
 * transferred), so that the file, its header's text included, can be let go. Each integer column
 * is copied into the narrowest type that holds its values (geo/narrowColumn.ts).
 */
export function compactRows(columns: RowColumns): { rows: RowColumns; buffers: ArrayBuffer[] } {
	const buffers: ArrayBuffer[] = [];
	const own = <T extends Uint8Array | IntColumn>(column: T): T => {
		const copy = (column instanceof Uint8Array ? column.slice() : narrowestCopy(column)) as T;
		buffers.push(copy.buffer as ArrayBuffer);
		return copy;
	};
	const ownAll = <T extends object>(group: T): T =>
		Object.fromEntries(
			Object.entries(group).map(([key, value]) => [
				key,
				ArrayBuffer.isView(value) ? own(value as Uint8Array | IntColumn) : value
			])
		) as T;
	const index = ownAll(columns.index);
	index.low = ownAll(columns.index.low);
	index.high = ownAll(columns.index.high);
	if (columns.index.reported) index.reported = ownAll(columns.index.reported);
	return { rows: { ...ownAll(columns), index }, buffers };
}

/**
 * A fetched dataset's rows, over its decoded file and the titles files read so far: a title in a
 * language not yet read is given in the other.
 */
export function rowsOfColumns(
	columns: RowColumns,
	titles: Partial<Record<Lang, readonly string[]>>
): EventRows {
	const { index } = columns;
	const titlesIn = (lang: Lang) => titles[lang] ?? LANGS.map((l) => titles[l]).find(Boolean) ?? [];
	let byId: Map<string, number> | null = null;
	return {
		index,
		rowOf(id) {
			byId ??= new Map(index.ids.map((id, i) => [id, i]));
			return byId.get(id) ?? -1;
		},
		title: (row, lang) => titlesIn(lang)[row] ?? '',
		start: (row) => columns.start[row],
		position: (row) => [columns.x[row] / columns.scale, columns.y[row] / columns.scale],
		isPoint: (row) => columns.line[row] === 0,
		approximate: (row) => columns.approximate[row] === 1,
		radius: (row) => columns.radius[row]
	};
}
