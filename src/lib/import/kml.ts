// KML (Google My Maps, Google Earth, uMap) and GPX files as records for a mapping, through the kept
// converter @tmcw/togeojson (XML parsed by @xmldom/xmldom). Each placemark or waypoint becomes a
// record whose values are: `name`, `description` (HTML reduced to plain text, never rendered),
// `date` (TimeStamp, TimeSpan's begin, or GPX time), `end` (TimeSpan's end), `folder` (the
// nearest enclosing KML folder's name), `styleUrl`, and its ExtendedData fields by name.
import { gpx, kmlWithFolders, type Folder, type Root } from '@tmcw/togeojson';
import type { Feature, Geometry } from 'geojson';
import type { MappedRecord } from './mapping.ts';
import { strFromU8 } from 'fflate';
import { parseXml } from './xml.ts';
import { isZip, unzipEntries, ZipProblem, ZIP_LIMITS } from './zip.ts';

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

/** Text of an HTML fragment: tags dropped (line breaks kept), entities decoded, < and > removed. */
export function htmlToText(html: string): string {
	return html
		.replace(/<\s*(br|\/p|\/div|\/li)\s*\/?>/gi, '\n')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
			if (code[0] === '#')
				return String.fromCodePoint(
					code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1))
				);
			return ENTITIES[code.toLowerCase()] ?? whole;
		})
		.replace(/[<>]/g, '')
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * The calendar day of a KML or GPX time (2019-11-21T09:00:00Z → 2019-11-21): the day as written,
 * in the time's own offset (GPX times are UTC, four hours ahead of Bolivia).
 */
const dayOf = (time: string | undefined) =>
	typeof time === 'string' ? time.trim().replace(/^(\d{4}-\d{2}-\d{2})T.*$/, '$1') : '';

function recordOf(
	feature: Feature<Geometry | null>,
	index: number,
	folder: string | null
): MappedRecord {
	const p = (feature.properties ?? {}) as Record<string, unknown>;
	const description = p.description;
	const span = p.timespan as { begin?: string; end?: string } | undefined;
	const values: Record<string, unknown> = {};
	// ExtendedData fields come as top-level properties: kept under their own names.
	for (const [key, value] of Object.entries(p))
		if (typeof value === 'string' || typeof value === 'number') values[key] = value;
	values.name = typeof p.name === 'string' ? p.name.trim() : '';
	values.description =
		typeof description === 'string'
			? htmlToText(description)
			: typeof (description as { value?: unknown })?.value === 'string'
				? htmlToText((description as { value: string }).value)
				: '';
	values.date = dayOf((p.timestamp as string | undefined) ?? span?.begin ?? (p.time as string));
	values.end = dayOf(span?.end);
	values.folder = folder ?? '';
	return {
		at: { feature: index, name: values.name as string },
		values,
		geometry: feature.geometry
	};
}

/** Placemarks of a KML file, in document order, each with the name of its folder. */
/** Folders within folders deeper than this are refused: the reader recurses into each. */
const MAX_FOLDER_DEPTH = 100;

/** How deep the document's folders nest, counted without recursion. */
function folderDepth(doc: Document): number {
	let deepest = 0;
	const stack: [Element, number][] = [[doc.documentElement, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		const here = node.nodeName === 'Folder' ? depth + 1 : depth;
		deepest = Math.max(deepest, here);
		for (let child = node.firstChild; child; child = child.nextSibling)
			if (child.nodeType === 1) stack.push([child as Element, here]);
	}
	return deepest;
}

export function kmlRecords(text: string): { records: MappedRecord[] } | { problem: string } {
	const doc = parseXml(text);
	if ('problem' in doc) return doc;
	if (!doc.getElementsByTagName('kml').length && !doc.getElementsByTagName('Placemark').length)
		return { problem: 'is not a KML file (no <kml> element)' };
	const depth = folderDepth(doc);
	if (depth > MAX_FOLDER_DEPTH)
		return {
			problem: `has folders nested ${depth} deep (at most ${MAX_FOLDER_DEPTH} are read): flatten its folders`
		};
	const records: MappedRecord[] = [];
	const walk = (node: Root | Folder, folder: string | null) => {
		for (const child of node.children) {
			if (child.type === 'folder') walk(child, String(child.meta.name ?? folder ?? ''));
			else records.push(recordOf(child, records.length, folder));
		}
	};
	walk(kmlWithFolders(doc), null);
	return { records };
}

/** The KML inside a KMZ (what Google My Maps downloads): doc.kml, or the first .kml at its root. */
export function kmzText(
	bytes: Uint8Array,
	limits = ZIP_LIMITS
): { text: string } | { problem: string } {
	if (!isZip(bytes)) return { problem: 'is not a .kmz file (not a zip archive)' };
	try {
		const files = unzipEntries(bytes, (name) => /^[^/]+\.kml$/i.test(name), limits);
		const name = 'doc.kml' in files ? 'doc.kml' : Object.keys(files).sort()[0];
		if (!name) return { problem: 'is not a .kmz file (no .kml file at its root)' };
		return { text: strFromU8(files[name]) };
	} catch (error) {
		if (error instanceof ZipProblem) return { problem: error.message };
		throw error;
	}
}

/** Waypoints, routes and tracks of a GPX file. */
export function gpxRecords(text: string): { records: MappedRecord[] } | { problem: string } {
	const doc = parseXml(text);
	if ('problem' in doc) return doc;
	if (!doc.getElementsByTagName('gpx').length)
		return { problem: 'is not a GPX file (no <gpx> element)' };
	const collection = gpx(doc);
	return {
		records: collection.features.map((f, i) => {
			const record = recordOf(f, i, null);
			const p = (f.properties ?? {}) as Record<string, unknown>;
			if (typeof p.desc === 'string') record.values.description = htmlToText(p.desc);
			// A track's time is its first point's.
			const times = (p.coordinateProperties as { times?: string[] } | undefined)?.times;
			if (!record.values.date && Array.isArray(times) && typeof times[0] === 'string')
				record.values.date = dayOf(times[0]);
			return record;
		})
	};
}
