// Converts the rows of an ACLED CSV export (2023 column set) into Cabildo features. Pure: the
// caller reads the file (see scripts/data-import.ts) and passes the parsed records.
// ACLED's codebook: https://acleddata.com/knowledge-base/codebook/
import type { DatePrecision, Kind, LocationPrecision, Source } from '../data/schema.ts';
import type { CsvRecord } from './csv.ts';
import { casualtiesOf, finishFeature, type FeatureDraft } from './feature.ts';
import type { ImportProblem } from './problems.ts';
import type { ImportResult } from './result.ts';
import {
	cutText,
	parseCoordinate,
	parseCount,
	ownEntry,
	parseDay,
	parseUnixDay,
	plainText
} from './values.ts';
import { recordIdSlug } from '../data/slug.ts';
import { appendAll } from '../data/appendAll.ts';

/** Columns the importer reads; an export without any of them is refused as a whole. */
export const ACLED_REQUIRED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'time_precision',
	'event_type',
	'sub_event_type',
	'country',
	'admin1',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'notes',
	'fatalities',
	'timestamp'
] as const;

/** Read when present (exports before March 2023 lack it). */
export const ACLED_OPTIONAL_COLUMNS = ['tags'] as const;

/**
 * ACLED event_type → sub_event_type → Cabildo kind. The one table for ACLED kinds; a row whose
 * pair is not here is reported, never guessed. Cabildo's violence kinds are massacre, clash and
 * death; none of ACLED's types says "many people killed" or "one person died" by itself, so
 * violent events are all `clash` (their fatalities column gives the dead). Names are matched
 * without regard to case; "protestors" (before 2023) is read as "protesters".
 */
export const ACLED_KIND_MAPPING = {
	Battles: {
		// Armed groups fighting each other or the state.
		'Armed clash': 'clash',
		'Government regains territory': 'clash',
		'Non-state actor overtakes territory': 'clash'
	},
	'Violence against civilians': {
		// Violence by an organised group against unarmed people: violence, not a political act.
		Attack: 'clash',
		'Abduction/forced disappearance': 'clash',
		'Sexual violence': 'clash'
	},
	'Explosions/Remote violence': {
		'Air/drone strike': 'clash',
		'Chemical weapon': 'clash',
		Grenade: 'clash',
		'Remote explosive/landmine/IED': 'clash',
		'Shelling/artillery/missile attack': 'clash',
		'Suicide bomb': 'clash'
	},
	Protests: {
		// A gathering without reported intervention: Cabildo's mobilisation (an assembly kind).
		'Peaceful protest': 'mobilisation',
		// Police or others dispersed or arrested protesters: a confrontation, shown as violence.
		'Protest with intervention': 'clash',
		// Lethal or severe force against protesters. A massacre is a judgement ACLED does not code
		// (it has no sub-type for it): maintainers may change the kind after reading the sources.
		'Excessive force against protesters': 'clash'
	},
	Riots: {
		'Violent demonstration': 'clash',
		'Mob violence': 'clash'
	},
	'Strategic developments': {
		// Non-violent events that change the political situation: Cabildo's political acts.
		Agreement: 'political',
		Arrests: 'political',
		'Change to group/activity': 'political',
		'Disrupted weapons use': 'political',
		'Headquarters or base established': 'political',
		'Non-violent transfer of territory': 'political',
		Other: 'political',
		// Destruction of property is violence against things: shown with the violent events.
		'Looting/property destruction': 'clash'
	}
} as const satisfies Record<string, Record<string, Kind>>;

/**
 * Protests that the notes or tags say blocked a road become `blockade` (Cabildo's key kind for
 * road blockades), with ACLED's date as their one active date. Only peaceful protests and
 * protests with intervention: where ACLED codes excessive force, the violence is what is shown.
 */
export const ACLED_BLOCKADE_SUB_EVENTS = ['Peaceful protest', 'Protest with intervention'] as const;

/**
 * "blockade", "road block(s)", "roadblock", Spanish "bloqueo(s)", or "blocked/blocking" followed
 * in the same sentence by a road word: "block" alone (a block of flats) is not enough.
 */
export const ACLED_BLOCKADE_TEXT =
	/\bblockad(?:e|es|ed|ing)\b|\broad ?blocks?\b|\bbloqueos?\b|\bblock(?:ed|ing|s)?\b[^.]*?\b(?:roads?|highways?|streets?|routes?|bridges?|avenues?)\b/i;

/**
 * ACLED geo_precision → Cabildo location precision and radius. 1: the named town itself (read
 * literally as `exact`, within a town's extent); 2: "near" a town or a part of a region, the
 * town's coordinates (`locality`); 3: only a larger region is known, its capital's coordinates
 * (`approximate`).
 */
export const ACLED_LOCATION_PRECISION: Record<
	string,
	{ precision: LocationPrecision; radius_m: number }
> = {
	'1': { precision: 'exact', radius_m: 1_000 },
	'2': { precision: 'locality', radius_m: 10_000 },
	'3': { precision: 'approximate', radius_m: 50_000 }
};

/**
 * ACLED time_precision → Cabildo date precision, code for code (1 day, 2 days, 3 week: the
 * download writes the same code back). 2 and 3 mean the sources give only the week or the month;
 * ACLED codes a day inside it, without saying where in it, so no `end` is invented and the
 * maintainer note says which.
 */
export const ACLED_DATE_PRECISION: Record<string, { precision: DatePrecision; note?: string }> = {
	'1': { precision: 'day' },
	'2': {
		precision: 'days',
		note: 'ACLED time_precision 2: the sources give only the week; the date is the day ACLED coded in it.'
	},
	'3': {
		precision: 'week',
		note: 'ACLED time_precision 3: the sources give only the month; the date is the day ACLED coded in it.'
	}
};

/** Spanish names of ACLED's sub-event types (a closed vocabulary) for the generated titles. */
export const ACLED_SUB_EVENT_ES: Record<string, string> = {
	'Armed clash': 'Enfrentamiento armado',
	'Government regains territory': 'El Gobierno recupera territorio',
	'Non-state actor overtakes territory': 'Un actor no estatal toma territorio',
	Attack: 'Ataque',
	'Abduction/forced disappearance': 'Secuestro o desaparición forzada',
	'Sexual violence': 'Violencia sexual',
	'Air/drone strike': 'Ataque aéreo o con dron',
	'Chemical weapon': 'Arma química',
	Grenade: 'Ataque con granada',
	'Remote explosive/landmine/IED': 'Explosivo a distancia, mina o artefacto improvisado',
	'Shelling/artillery/missile attack': 'Bombardeo de artillería o misiles',
	'Suicide bomb': 'Atentado suicida',
	'Peaceful protest': 'Protesta pacífica',
	'Protest with intervention': 'Protesta con intervención',
	'Excessive force against protesters': 'Fuerza excesiva contra manifestantes',
	'Violent demonstration': 'Manifestación violenta',
	'Mob violence': 'Violencia de turba',
	Agreement: 'Acuerdo',
	Arrests: 'Detenciones',
	'Change to group/activity': 'Cambio de grupo o de actividad',
	'Disrupted weapons use': 'Uso de armas frustrado',
	'Headquarters or base established': 'Sede o base establecida',
	'Non-violent transfer of territory': 'Traspaso no violento de territorio',
	Other: 'Otro',
	'Looting/property destruction': 'Saqueo o destrucción de bienes'
};

/** ACLED publishes no page per event: the export tool, with the event's id as the fragment. */
export const ACLED_EXPORT_URL = 'https://acleddata.com/data-export-tool/';

export const ACLED_LICENCE = {
	name: 'ACLED terms of use',
	url: 'https://acleddata.com/terms-of-use/'
} as const;

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;
const NAME_MAX = 200;
const REPORTED_BY_MAX = 50;

type KindMapping = Record<string, Record<string, Kind>>;

function canonicalSubEvent(name: string): string {
	return name.trim().replace(/\bprotestors\b/i, 'protesters');
}

/** The table's own spelling of an event type and sub-type (matched without regard to case). */
function lookUpKind(
	eventType: string,
	subEventType: string
): { eventType: string; subEventType?: string; kind?: Kind } | undefined {
	const table = ACLED_KIND_MAPPING as KindMapping;
	const typeKey = Object.keys(table).find(
		(k) => k.toLowerCase() === eventType.trim().toLowerCase()
	);
	if (typeKey === undefined) return undefined;
	const wanted = canonicalSubEvent(subEventType).toLowerCase();
	const subKey = Object.keys(table[typeKey]).find((k) => k.toLowerCase() === wanted);
	return {
		eventType: typeKey,
		subEventType: subKey,
		kind: subKey ? table[typeKey][subKey] : undefined
	};
}

/** Whether a protest's notes or tags report a road blockade (see ACLED_BLOCKADE_TEXT). */
export function reportsBlockade(notes: string, tags: string): boolean {
	return (
		ACLED_BLOCKADE_TEXT.test(notes) ||
		tags.split(';').some((tag) => /\bblockad|\broad ?block|\bbloqueo/i.test(tag))
	);
}

/** The ACLED record as a Cabildo source: the export, the event id, and the publishers it cites. */
export function acledSource(eventId: string, day: string | null, reportedBy: string[]): Source {
	return {
		url: `${ACLED_EXPORT_URL}#${encodeURIComponent(eventId)}`,
		title: `ACLED event ${eventId}`,
		publisher: 'ACLED',
		date: day,
		reported_by: reportedBy
	};
}

function reportedByOf(sourceColumn: string): string[] {
	const names = sourceColumn
		.split(';')
		.map((name) => cutText(plainText(name).text, NAME_MAX).text)
		.filter((name) => name.length > 0);
	return [...new Set(names)].slice(0, REPORTED_BY_MAX);
}

/** A row's values as written, in the file's column order, trailing empty cells left out. */
function importedRecord(
	values: Readonly<Record<string, string>>,
	columns: readonly string[]
): string[] {
	const record = columns.map((column) => values[column] ?? '');
	while (record.length > 0 && record[record.length - 1] === '') record.pop();
	return record;
}

/** One ACLED record as a feature, or the problems that keep it out. */
function convertRecord(
	record: CsvRecord,
	seenIds: Map<string, number>,
	columns: readonly string[]
): { draft?: FeatureDraft; coordinates?: [number, number]; problems: ImportProblem[] } {
	const at = { line: record.line };
	const v = record.values;
	const problems: ImportProblem[] = [];
	const report = (column: string, reason: string) =>
		problems.push({ at, column, value: v[column], reason });
	const notes: string[] = [];

	const eventId = v.event_id_cnty.trim();
	const id = recordIdSlug(eventId);
	if (id === '') report('event_id_cnty', 'is empty (the id comes from it)');
	else if (seenIds.has(id)) report('event_id_cnty', `duplicates the id of line ${seenIds.get(id)}`);
	else seenIds.set(id, record.line);

	const found = lookUpKind(v.event_type, v.sub_event_type);
	let kind: Kind | undefined = found?.kind;
	if (!found) report('event_type', 'is not in ACLED_KIND_MAPPING');
	else if (!found.subEventType)
		report('sub_event_type', `is not in ACLED_KIND_MAPPING for event_type "${found.eventType}"`);
	const subEvent = found?.subEventType ?? '';
	if (found?.subEventType)
		notes.push(`ACLED event_type / sub_event_type: ${found.eventType} / ${subEvent}.`);
	if (
		kind &&
		(ACLED_BLOCKADE_SUB_EVENTS as readonly string[]).includes(subEvent) &&
		reportsBlockade(v.notes, v.tags ?? '')
	) {
		kind = 'blockade';
		notes.push('Kind blockade: the ACLED notes or tags report a road blockade.');
	}

	const day = parseDay(v.event_date);
	if (!day.ok) report('event_date', day.reason);
	const datePrecision = ownEntry(ACLED_DATE_PRECISION, v.time_precision.trim());
	if (!datePrecision) report('time_precision', 'is not 1, 2 or 3');
	else if (datePrecision.note) notes.push(datePrecision.note);

	const latitude = parseCoordinate(v.latitude, 90);
	if (!latitude.ok) report('latitude', latitude.reason);
	const longitude = parseCoordinate(v.longitude, 180);
	if (!longitude.ok) report('longitude', longitude.reason);
	const location = ownEntry(ACLED_LOCATION_PRECISION, v.geo_precision.trim());
	if (!location) report('geo_precision', 'is not 1, 2 or 3');

	const fatalities = parseCount(v.fatalities);
	if (!fatalities.ok) report('fatalities', fatalities.reason);
	const timestampDay = parseUnixDay(v.timestamp);
	if (!timestampDay.ok) report('timestamp', timestampDay.reason);

	const place = cutText(plainText(v.location).text, NAME_MAX).text;
	if (place === '') report('location', 'is empty (the place name comes from it)');
	const admin1 = cutText(plainText(v.admin1).text, NAME_MAX).text;
	if (admin1 === '') report('admin1', 'is empty (the dataset groups its regions by admin1)');

	// Every failed check above has reported; the rest of this test narrows the types.
	if (problems.length > 0 || !kind || !day.ok || !datePrecision || !location) return { problems };
	if (!latitude.ok || !longitude.ok || !fatalities.ok || !timestampDay.ok) return { problems };

	const source = acledSource(eventId, timestampDay.value, reportedByOf(v.source));
	const blockadeLabel = kind === 'blockade';
	const title = {
		es: cutText(
			`${ACLED_SUB_EVENT_ES[subEvent]}${blockadeLabel ? ' (bloqueo)' : ''}, ${place}`,
			TITLE_MAX
		).text,
		en: cutText(`${subEvent}${blockadeLabel ? ' (blockade)' : ''}, ${place}`, TITLE_MAX).text
	};
	const described = plainText(v.notes);
	const cut = cutText(described.text, DESCRIPTION_MAX);
	if (described.replacedBrackets)
		notes.push('Description: < and > in the ACLED notes replaced by ‹ and ›.');
	if (cut.cut) notes.push(`Description: ACLED's notes cut to ${DESCRIPTION_MAX} characters.`);
	const description =
		cut.text !== ''
			? { es: cut.text, en: cut.text }
			: { es: `${title.es}. ACLED no da notas.`, en: `${title.en}. ACLED gives no notes.` };

	return {
		coordinates: [longitude.value, latitude.value],
		problems,
		draft: {
			id,
			kind,
			title,
			description,
			date: { start: day.value, precision: datePrecision.precision },
			active_dates: kind === 'blockade' ? [day.value] : undefined,
			place: { name: place, alt_names: [] },
			admin1,
			location: { ...location, source },
			casualties: casualtiesOf({ dead: fatalities.value }, source),
			sources: [source],
			untranslated: cut.text !== '' ? { lang: 'en', fields: ['description'] } : undefined,
			notes: notes.join(' '),
			// The row as written: the "as imported" download gives ACLED's columns back.
			imported: importedRecord(v, columns)
		}
	};
}

/**
 * Converts ACLED records; a record with any problem is left out and its problems returned. Each
 * feature keeps its row's values in the order of `columns` (the file's header).
 */
export function importAcled(
	records: readonly CsvRecord[],
	columns: readonly string[] = Object.keys(records[0]?.values ?? {})
): ImportResult {
	const seenIds = new Map<string, number>();
	const result: ImportResult = { features: [], problems: [] };
	for (const record of records) {
		const { draft, coordinates, problems } = convertRecord(record, seenIds, columns);
		appendAll(result.problems, problems);
		if (!draft || !coordinates) continue;
		const at = { line: record.line };
		const finished = finishFeature({ type: 'Point', coordinates }, draft, at);
		if ('feature' in finished) result.features.push({ at, feature: finished.feature });
		else appendAll(result.problems, finished.problems);
	}
	return result;
}

/** The countries of the records, in order of first appearance ("Bolivia", or "Bolivia, Peru"). */
export function acledCountries(records: readonly CsvRecord[]): string[] {
	return [...new Set(records.map((r) => plainText(r.values.country).text).filter((c) => c !== ''))];
}
