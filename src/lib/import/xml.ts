// XML from a user's file (KML, GPX, a spreadsheet's parts), parsed with the kept @xmldom/xmldom:
// a document, or one line saying why it is not well-formed. Entities are not expanded.
import { DOMParser } from '@xmldom/xmldom';

export function parseXml(text: string): Document | { problem: string } {
	const errors: string[] = [];
	try {
		const doc = new DOMParser({
			onError: (level: string, message: string) => {
				if (level !== 'warning') errors.push(message.split('\n')[0]);
			}
		}).parseFromString(text, 'text/xml');
		if (errors.length === 0) return doc as unknown as Document;
	} catch (error) {
		// xmldom throws on fatal errors (after reporting them).
		errors.push((error as Error).message.split('\n')[0]);
	}
	return { problem: `is not well-formed XML: ${errors[0]}` };
}

/** The first element's start tag and name (after any declaration, comment or doctype). */
export function rootStartTag(xml: string): { tag: string; name: string } | null {
	const m = /<([A-Za-z_][\w.:-]*)(?:\s[^>]*)?>/.exec(xml);
	return m && !m[0].endsWith('/>') ? { tag: m[0], name: m[1] } : null;
}
