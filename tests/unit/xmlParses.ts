// Counts the XML parses of the importer's readers (src/lib/import/xml.ts), for the tests that
// hold a reader to parsing rows or placemarks one at a time:
//   vi.mock('../../src/lib/import/xml.ts', (original) => countingXml(original));
import type * as Xml from '../../src/lib/import/xml.ts';

export const parses = { count: 0 };

export async function countingXml(original: () => Promise<typeof Xml>): Promise<typeof Xml> {
	const xml = await original();
	return {
		...xml,
		parseXml: (text: string) => {
			parses.count += 1;
			return xml.parseXml(text);
		}
	};
}
