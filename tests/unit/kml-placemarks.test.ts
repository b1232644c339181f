// A KML is read one placemark at a time (a 200 MB file as one DOM does not fit in memory): the
// records must be those of the whole-document read, folders, shared styles and all.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parses } from './xmlParses.ts';
import fc from 'fast-check';
import { kmlRecords, kmlRecordsWhole } from '../../src/lib/import/kml.ts';

vi.mock('../../src/lib/import/xml.ts', async (original) =>
	(await import('./xmlParses.ts')).countingXml(original)
);

const DIR = 'tests/fixtures/import/kml';

const STYLES = `<Style id="rojo"><IconStyle><color>ff0000ff</color><scale>1.2</scale></IconStyle></Style>
<Style id="azul"><LineStyle><color>ffff0000</color><width>3</width></LineStyle></Style>
<StyleMap id="mapa-rojo"><Pair><key>normal</key><styleUrl>#rojo</styleUrl></Pair><Pair><key>highlight</key><styleUrl>#azul</styleUrl></Pair></StyleMap>
<Schema id="esquema"><SimpleField name="muertos" type="int"/></Schema>`;

const placemark = (k: number, style: string, extra: string) =>
	`<Placemark><name>Punto ${k}</name><description><![CDATA[<b>Prueba</b> <Placemark> en texto ${k}]]></description>${style ? `<styleUrl>${style}</styleUrl>` : ''}<ExtendedData><SchemaData schemaUrl="#esquema"><SimpleData name="muertos">${k}</SimpleData></SchemaData><Data name="lugar"><value>Lugar ${k}</value></Data></ExtendedData><TimeStamp><when>2019-11-${10 + (k % 20)}</when></TimeStamp>${extra}<Point><coordinates>-68.${k},-16.5,0</coordinates></Point></Placemark>`;

/** A KML of nested folders (named or not), shared styles and placemarks, from a shape. */
function kml(shape: { folders: { named: boolean; inner: number[] }[]; loose: number[] }) {
	const styles = ['', '#rojo', 'azul', '#mapa-rojo', '#ninguno'];
	let k = 0;
	const marks = (styleChoices: number[]) =>
		styleChoices
			.map((s) => placemark(k++, styles[s % styles.length], s % 3 === 0 ? '<!-- nota -->' : ''))
			.join('\n');
	const folders = shape.folders
		.map(
			(f, i) =>
				`<Folder>${f.named ? `<name>Carpeta ${i}</name>` : ''}${marks(f.inner)}<Folder><name>Dentro ${i}</name>${marks(f.inner.slice(0, 1))}</Folder>${marks(f.inner.slice(1))}</Folder>`
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document><name>Prueba</name>${STYLES}${marks(shape.loose)}${folders}<GroundOverlay><name>Capa</name><LatLonBox><north>-16</north><south>-17</south><east>-68</east><west>-69</west></LatLonBox></GroundOverlay></Document></kml>`;
}

describe('a KML read one placemark at a time', () => {
	it('gives the records of the whole-document read', () => {
		const shape = fc.record({
			folders: fc.array(
				fc.record({ named: fc.boolean(), inner: fc.array(fc.nat(9), { maxLength: 4 }) }),
				{ maxLength: 3 }
			),
			loose: fc.array(fc.nat(9), { maxLength: 3 })
		});
		fc.assert(
			fc.property(shape, (s) => {
				const text = kml(s);
				const streamed = kmlRecords(text);
				expect(streamed).toEqual(kmlRecordsWhole(text));
				expect('records' in streamed).toBe(true);
			}),
			{ numRuns: 100 }
		);
		for (const file of ['protestas.kml', 'mymaps.kml']) {
			const text = readFileSync(`${DIR}/${file}`, 'utf8');
			expect(kmlRecords(text)).toEqual(kmlRecordsWhole(text));
		}
	});

	it('resolves a shared style and a style map as the whole read does', () => {
		const text = kml({ folders: [{ named: true, inner: [1, 3] }], loose: [] });
		const read = kmlRecords(text);
		if ('problem' in read) throw new Error(read.problem);
		const [first, second] = read.records;
		expect(first.values).toMatchObject({
			styleUrl: '#rojo',
			folder: 'Carpeta 0',
			lugar: 'Lugar 0'
		});
		expect(first.values['icon-scale']).toBe(1.2);
		expect(second.values).toMatchObject({ styleUrl: '#mapa-rojo', 'icon-scale': 1.2 });
		expect(read.records.at(-1)?.values.name).toBe('Capa');
	});

	it('parses each placemark on its own', () => {
		const text = kml({ folders: [{ named: true, inner: Array(40).fill(1) }], loose: [] });
		parses.count = 0;
		const read = kmlRecords(text);
		expect('records' in read && read.records.length).toBe(81);
		// The outline once, then each of the 80 placemarks and the overlay.
		expect(parses.count).toBe(82);
	});

	it.each([
		['an unclosed placemark', '<kml><Document><Placemark><name>x</name></Document></kml>'],
		['a fault outside the placemarks', '<kml><Document><Folder></Document></kml>']
	])('names the fault of %s as the whole read does', (_what, text) => {
		expect(kmlRecords(text)).toEqual(kmlRecordsWhole(text));
		expect(kmlRecords(text)).toEqual({
			problem: expect.stringMatching(/^is not well-formed XML: /)
		});
	});

	it('reads a placemark within a placemark (not KML, but XML) as the whole read does', () => {
		const text =
			'<kml><Placemark><name>a</name><Placemark><name>b</name></Placemark></Placemark></kml>';
		expect(kmlRecords(text)).toEqual(kmlRecordsWhole(text));
	});
});
