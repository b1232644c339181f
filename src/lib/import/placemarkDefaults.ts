// A KML, KMZ or GPX file (a Google My Maps export) imported without a mapping file: each
// placemark's name, description, time and folder say what a mapping would. The folder names the
// kind when it is one of the kinds' names in Spanish or English; any other folder's placemarks
// are "other", and the import warns once, naming those folders. Pure.
import type { Kind } from '../data/schema.ts';
import type { ImportMapping, MappedRecord } from './mapping.ts';
import { slugify } from '../data/slug.ts';

/** Words a folder's name may use for each kind (lowercase, without accents), es and en. */
export const FOLDER_KIND_WORDS: Readonly<Record<Kind, readonly string[]>> = {
	massacre: ['masacre', 'masacres', 'massacre', 'massacres'],
	clash: [
		'enfrentamiento',
		'enfrentamientos',
		'choque',
		'choques',
		'represion',
		'clash',
		'clashes',
		'violencia',
		'violence'
	],
	death: ['muerte', 'muertes', 'fallecido', 'fallecidos', 'death', 'deaths'],
	cabildo: ['cabildo', 'cabildos', 'asamblea', 'asambleas', 'assembly', 'assemblies'],
	mobilisation: [
		'movilizacion',
		'movilizaciones',
		'protesta',
		'protestas',
		'concentracion',
		'concentraciones',
		'vigilia',
		'vigilias',
		'mobilisation',
		'mobilisations',
		'mobilization',
		'mobilizations',
		'protest',
		'protests',
		'rally',
		'rallies'
	],
	occupation: ['toma', 'tomas', 'ocupacion', 'ocupaciones', 'occupation', 'occupations'],
	march: ['marcha', 'marchas', 'march', 'marches'],
	blockade: [
		'bloqueo',
		'bloqueos',
		'blockade',
		'blockades',
		'roadblock',
		'roadblocks',
		'barricada',
		'barricadas'
	],
	'blockade-section': ['tramo', 'tramos'],
	political: ['politica', 'politico', 'gobierno', 'political', 'government'],
	other: ['otro', 'otros', 'other', 'others']
};

const WORD_KIND = new Map<string, Kind>(
	(Object.entries(FOLDER_KIND_WORDS) as [Kind, readonly string[]][]).flatMap(([kind, words]) =>
		words.map((word) => [word, kind] as const)
	)
);

const wordsOf = (name: string) =>
	name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);

/** The kind a folder's name names (its first word that is a kind's name), or null. */
export function kindOfFolder(folder: string): Kind | null {
	for (const word of wordsOf(folder)) {
		const kind = WORD_KIND.get(word);
		if (kind) return kind;
	}
	return null;
}

/** What a file without a mapping cannot say, given on the command line. */
export interface PlacemarkSource {
	/** Where the map is published (a My Maps address): every event's source. */
	url: string;
	/** The map's title, for the source (default: the file's name). */
	title: string;
	/** Who published it (default: the address's host). */
	publisher: string;
	/** When the map was published or last edited (My Maps shows it), if given. */
	date?: string;
	/** The language the placemarks are written in. */
	lang: 'es' | 'en';
	licence: { name: string; url: string };
}

/** Synthesised columns: an id per placemark and a description for those without one. */
const ID = 'placemark_id';
const DESCRIPTION = 'placemark_description';

/**
 * The records with an id each (the name as a slug, numbered where names repeat) and a
 * description (its own, else its name), and the mapping that reads them; the folders whose
 * placemarks become "other".
 */
export function placemarkDefaults(
	records: readonly MappedRecord[],
	source: PlacemarkSource
): {
	records: MappedRecord[];
	mapping: ImportMapping;
	otherFolders: string[];
	/** Folders whose placemarks are blockades (they need a dated source). */
	blockadeFolders: string[];
} {
	const used = new Map<string, number>();
	const withDefaults = records.map((record) => {
		const name = String(record.values.name ?? '');
		const base = slugify(name).slice(0, 100) || 'placemark';
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		const description = String(record.values.description ?? '').trim();
		return {
			...record,
			values: {
				...record.values,
				[ID]: n === 1 ? base : `${base}-${n}`,
				[DESCRIPTION]: description || name
			}
		};
	});
	const folders = [...new Set(records.map((r) => String(r.values.folder ?? '')))];
	const kinds = Object.fromEntries(folders.map((f) => [f, kindOfFolder(f) ?? 'other']));
	const otherFolders = folders.filter((f) => kindOfFolder(f) === null);
	const mapping: ImportMapping = {
		id: ID,
		kind: { column: 'folder', values: kinds },
		date: 'date',
		end_date: 'end',
		place: 'name',
		title: { column: 'name', lang: source.lang },
		description: { column: DESCRIPTION, lang: source.lang },
		source: {
			url: { value: source.url },
			title: { value: source.title },
			publisher: { value: source.publisher },
			...(source.date ? { date: { value: source.date } } : {})
		},
		// A pin placed by hand on a web map: where the author put it, within a couple of km.
		location: { precision: { value: 'approximate' }, radius_m: { value: 2000 } },
		dataset: { licence: source.licence }
	};
	const blockadeFolders = folders.filter(
		(f) => kinds[f] === 'blockade' || kinds[f] === 'blockade-section'
	);
	return { records: withDefaults, mapping, otherFolders, blockadeFolders };
}
