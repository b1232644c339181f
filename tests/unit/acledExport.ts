// A seeded generator of ACLED-format exports (2023 column set) across three countries: what a
// real country-year export looks like to the importer, at any size. Same-town, same-day records,
// accented names, quoted commas and line breaks in notes. Written as CSV (commas or semicolons)
// or as an .xlsx workbook. Made-up data: ACLED's own may not be redistributed.
import Papa from 'papaparse';
import { strToU8, zipSync } from 'fflate';
import { seededRandom } from '../../src/lib/pipeline/synthetic.ts';

export const ACLED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'assoc_actor_1',
	'inter1',
	'actor2',
	'assoc_actor_2',
	'inter2',
	'interaction',
	'civilian_targeting',
	'iso',
	'region',
	'country',
	'admin1',
	'admin2',
	'admin3',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'source_scale',
	'notes',
	'fatalities',
	'tags',
	'timestamp'
] as const;

type Row = Record<(typeof ACLED_COLUMNS)[number], string>;

/** Three countries, each with regions (accents included) and towns with their coordinates. */
const COUNTRIES = [
	{
		country: 'Bolivia',
		code: 'BOL',
		iso: '68',
		regions: {
			'La Paz': [
				['El Alto', -16.5, -68.19],
				['Achacachi', -16.05, -68.68]
			],
			Potosí: [
				['Potosí', -19.58, -65.75],
				['Uyuni', -20.46, -66.83]
			],
			Cochabamba: [
				['Sacaba', -17.4, -66.04],
				['Quillacollo', -17.39, -66.28]
			]
		}
	},
	{
		country: 'Chile',
		code: 'CHL',
		iso: '152',
		regions: {
			Valparaíso: [
				['Viña del Mar', -33.02, -71.55],
				['Quilpué', -33.05, -71.44]
			],
			Ñuble: [['Chillán', -36.61, -72.1]],
			'Región Metropolitana': [
				['Santiago', -33.45, -70.66],
				['Puente Alto', -33.61, -70.58]
			]
		}
	},
	{
		country: 'Peru',
		code: 'PER',
		iso: '604',
		regions: {
			Junín: [['Huancayo', -12.07, -75.21]],
			Apurímac: [
				['Abancay', -13.64, -72.88],
				['Andahuaylas', -13.66, -73.39]
			],
			Lima: [['Lima', -12.05, -77.04]]
		}
	}
] as const;

const SUB_EVENTS = [
	['Protests', 'Peaceful protest', 'Demonstrations', '60'],
	['Protests', 'Protest with intervention', 'Demonstrations', '16'],
	['Riots', 'Violent demonstration', 'Demonstrations', '55'],
	['Strategic developments', 'Arrests', 'Strategic developments', '16']
] as const;

/** `count` rows; about one in five shares its town and day with the row before it. */
export function acledRows(count: number, seed = 2019): Row[] {
	const next = seededRandom(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const rows: Row[] = [];
	const serial = new Map<string, number>();
	type Town = readonly [string, number, number];
	type Country = (typeof COUNTRIES)[number];
	let previous: { c: Country; region: string; town: Town; day: number } | null = null;
	for (let i = 0; i < count; i++) {
		const same: boolean = previous !== null && next() < 0.2;
		const c: Country = same ? previous!.c : pick(COUNTRIES);
		const region: string = same ? previous!.region : pick(Object.keys(c.regions));
		const towns = (c.regions as Record<string, readonly Town[]>)[region];
		const town: Town = same ? previous!.town : pick(towns);
		const day: number = same ? previous!.day : 1 + Math.floor(next() * 28);
		previous = { c, region, town, day };
		const n = (serial.get(c.code) ?? 0) + 1;
		serial.set(c.code, n);
		const [eventType, subEventType, disorder, interaction] = pick(SUB_EVENTS);
		const dead =
			subEventType === 'Violent demonstration' && next() < 0.2
				? String(1 + Math.floor(next() * 3))
				: '0';
		const blockade = next() < 0.1;
		rows.push({
			event_id_cnty: `${c.code}${n}`,
			event_date: `${day} November 2019`,
			year: '2019',
			time_precision: pick(['1', '1', '1', '2', '3']),
			disorder_type: disorder,
			event_type: eventType,
			sub_event_type: subEventType,
			actor1: `Protesters (${c.country})`,
			assoc_actor_1: next() < 0.3 ? 'Gremio de prueba, Sindicato de prueba' : '',
			inter1: '6',
			actor2: interaction === '16' ? `Police Forces of ${c.country}` : '',
			assoc_actor_2: '',
			inter2: interaction === '16' ? '1' : '0',
			interaction,
			civilian_targeting: '',
			iso: c.iso,
			region: 'South America',
			country: c.country,
			admin1: region,
			admin2: '',
			admin3: '',
			location: town[0],
			latitude: (town[1] + (next() - 0.5) / 100).toFixed(5),
			longitude: (town[2] + (next() - 0.5) / 100).toFixed(5),
			geo_precision: pick(['1', '1', '2', '3']),
			source: pick(['Diario de prueba', 'Radio de prueba;Agencia de prueba', 'Fuente ñandú']),
			source_scale: 'National',
			notes: `Made up: on ${day} November 2019, people gathered in ${town[0]}${blockade ? ', blocking the road' : ''}.${next() < 0.05 ? '\nA second line, "quoted".' : ''}`,
			fatalities: dead,
			tags: blockade ? 'blockade' : 'crowd size=no report',
			timestamp: String(1574000000 + day * 86400)
		});
	}
	return rows;
}

export function acledCsv(rows: readonly Row[], delimiter: ',' | ';' = ','): string {
	return Papa.unparse(
		{ fields: [...ACLED_COLUMNS], data: rows.map((r) => ACLED_COLUMNS.map((c) => r[c])) },
		{ delimiter, newline: '\r\n' }
	);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (k: number) =>
	k < 26 ? String.fromCharCode(65 + k) : `A${String.fromCharCode(65 + k - 26)}`;

/** The rows as ACLED's .xlsx export gives them: one sheet, text cells and number cells. */
export function acledXlsx(rows: readonly Row[]): Uint8Array {
	const numeric = new Set(['year', 'latitude', 'longitude', 'fatalities', 'timestamp', 'iso']);
	const cell = (value: string, k: number, r: number) => {
		const ref = `${column(k)}${r}`;
		if (value === '') return '';
		return numeric.has(ACLED_COLUMNS[k]) && r > 1
			? `<c r="${ref}"><v>${value}</v></c>`
			: `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
	};
	const table = [[...ACLED_COLUMNS], ...rows.map((r) => ACLED_COLUMNS.map((c) => r[c]))];
	const body = table
		.map((cells, i) => `<row r="${i + 1}">${cells.map((v, k) => cell(v, k, i + 1)).join('')}</row>`)
		.join('');
	return zipSync({
		'xl/workbook.xml': strToU8(
			`<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'
		),
		'xl/worksheets/sheet1.xml': strToU8(
			`<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`
		)
	});
}
