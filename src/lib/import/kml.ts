// KML (Google My Maps, Google Earth, uMap) and GPX files as records for a mapping, through the kept
// converter @tmcw/togeojson (XML parsed by @xmldom/xmldom). Each placemark or waypoint becomes a
// record whose values are: `name`, `description` (HTML reduced to plain text, never rendered),
// `date` (TimeStamp, TimeSpan's begin, or GPX time), `end` (TimeSpan's end), `folder` (the
// nearest enclosing KML folder's name), `styleUrl`, and its ExtendedData fields by name.
// A KML is read one placemark at a time (see kmlRecords): a 200 MB file as one DOM does not fit.
import { gpx, kmlWithFolders, type Folder, type Root } from '@tmcw/togeojson';
import { XMLSerializer } from '@xmldom/xmldom';
import type { Feature, Geometry } from 'geojson';
import type { MappedRecord } from './mapping.ts';
import { strFromU8 } from 'fflate';
import { parseXml, rootStartTag } from './xml.ts';
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

/** The placemarks of a KML parsed as one document, in document order, each with its folder. */
export function kmlRecordsWhole(text: string): { records: MappedRecord[] } | { problem: string } {
	const doc = parseXml(text);
	if ('problem' in doc) return doc;
	if (!doc.getElementsByTagName('kml').length && !doc.getElementsByTagName('Placemark').length)
		return { problem: 'is not a KML file (no <kml> element)' };
	const depth = folderDepth(doc);
	if (depth > MAX_FOLDER_DEPTH) return tooDeep(depth);
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

const tooDeep = (depth: number) => ({
	problem: `has folders nested ${depth} deep (at most ${MAX_FOLDER_DEPTH} are read): flatten its folders`
});

/** The elements the converter turns into features; a KML never nests one in another. */
const FEATURE_TAG = /<(\/?)(Placemark|GroundOverlay|NetworkLink)(?=[\s/>])/y;

/**
 * Where each feature element stands in the text, skipping comments and CDATA (a description's
 * HTML); null when the text cannot be cut safely (a doctype, something left open, a feature
 * within a feature), and the file is then read whole.
 */
function featureCuts(xml: string): { start: number; end: number }[] | null {
	const cuts: { start: number; end: number }[] = [];
	let open: { name: string; start: number } | null = null;
	for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
		if (xml.startsWith('<!--', at) || xml.startsWith('<![CDATA[', at)) {
			const close = xml.startsWith('<!--', at) ? '-->' : ']]>';
			const end = xml.indexOf(close, at + 4);
			if (end < 0) return null;
			at = end;
			continue;
		}
		if (xml.startsWith('<!', at)) return null;
		FEATURE_TAG.lastIndex = at;
		const tag = FEATURE_TAG.exec(xml);
		if (!tag) continue;
		const tagEnd = xml.indexOf('>', at);
		if (tagEnd < 0) return null;
		if (!tag[1] && !open) {
			if (xml[tagEnd - 1] === '/') cuts.push({ start: at, end: tagEnd + 1 });
			else open = { name: tag[2], start: at };
		} else if (tag[1] && open?.name === tag[2]) {
			cuts.push({ start: open.start, end: tagEnd + 1 });
			open = null;
		} else return null;
	}
	return open ? null : cuts;
}

/** The shared styles a placemark's styleUrl needs, as XML to put beside it (togeojson's lookup). */
function styleLookup(outline: Document): ((feature: string) => string) | null {
	if (outline.getElementsByTagName('CascadingStyle').length) return null;
	const serializer = new XMLSerializer();
	const xmlOf = (el: Element) => serializer.serializeToString(el as never);
	// Ids as togeojson keys them (normalizeId).
	const withHash = (id: string) => (id[0] === '#' ? id : `#${id}`);
	const styles = new Map<string, string>();
	for (const style of Array.from(outline.getElementsByTagName('Style')))
		styles.set(withHash(style.getAttribute('id') ?? ''), xmlOf(style));
	const maps = new Map<string, string>();
	for (const map of Array.from(outline.getElementsByTagName('StyleMap'))) {
		const target = map.getElementsByTagName('styleUrl')[0]?.textContent;
		const id = withHash(map.getAttribute('id') ?? '');
		maps.set(id, xmlOf(map) + (target ? (styles.get(withHash(target)) ?? '') : ''));
	}
	const schemas = Array.from(outline.getElementsByTagName('Schema'), xmlOf).join('');
	const url = /<styleUrl>([^<&]*)<\/styleUrl>|<styleUrl[\s>]/;
	return (feature) => {
		const m = url.exec(feature);
		if (!m) return schemas;
		// A styleUrl written in some other way gets every shared style, as the whole file would.
		if (m[1] === undefined) return schemas + [...styles.values(), ...maps.values()].join('');
		const id = withHash(m[1]);
		return schemas + (styles.get(id) ?? '') + (maps.get(id) ?? '');
	};
}

/**
 * The placemarks of a KML file, in document order, each with the name of its folder. Each
 * placemark is cut out of the text and parsed on its own, with the shared styles its styleUrl
 * names; the rest of the file (folders, styles) is parsed once without them. A file that cannot
 * be cut cleanly is parsed whole, which also names the line of any fault.
 */
export function kmlRecords(text: string): { records: MappedRecord[] } | { problem: string } {
	const cuts = featureCuts(text);
	const root = rootStartTag(text);
	if (!cuts?.length || !root) return kmlRecordsWhole(text);
	// The file with each run of features replaced by one marker.
	let outlineXml = '';
	const runs: number[] = [];
	let at = 0;
	cuts.forEach((cut, k) => {
		const between = text.slice(at, cut.start);
		if (k === 0 || between.trim() !== '') {
			outlineXml += `${between}<cabildo-run first="${k}"/>`;
			runs.push(k);
		}
		at = cut.end;
	});
	outlineXml += text.slice(at);
	const outline = parseXml(outlineXml);
	if ('problem' in outline) return kmlRecordsWhole(text);
	if (!outline.getElementsByTagName('kml').length) return kmlRecordsWhole(text);
	const depth = folderDepth(outline);
	if (depth > MAX_FOLDER_DEPTH) return tooDeep(depth);
	const stylesFor = styleLookup(outline);
	if (!stylesFor) return kmlRecordsWhole(text);
	// Each run's folder, as togeojson names it: its last <name> child, else the enclosing one's.
	const folderOfRun: (string | null)[] = [];
	const walk = (node: Element, folder: string | null) => {
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (child.nodeType !== 1) continue;
			const el = child as Element;
			if (el.tagName === 'cabildo-run') folderOfRun.push(folder);
			else if (el.tagName === 'Folder') {
				const names = Array.from(el.childNodes).filter(
					(n) => n.nodeType === 1 && (n as Element).tagName === 'name'
				);
				const name = names.at(-1);
				walk(el, name ? (name.normalize(), name.textContent ?? '') : (folder ?? ''));
			} else walk(el, folder);
		}
	};
	walk(outline.documentElement, null);
	const records: MappedRecord[] = [];
	let run = -1;
	for (let k = 0; k < cuts.length; k++) {
		if (runs[run + 1] === k) run++;
		const feature = text.slice(cuts[k].start, cuts[k].end);
		const doc = parseXml(`${root.tag}${stylesFor(feature)}${feature}</${root.name}>`);
		if ('problem' in doc) return kmlRecordsWhole(text);
		for (const child of kmlWithFolders(doc).children)
			if (child.type !== 'folder') records.push(recordOf(child, records.length, folderOfRun[run]));
	}
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
