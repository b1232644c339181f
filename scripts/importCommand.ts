// The command behind `npm run data:import` (scripts/data-import.ts, which describes it), callable
// in-process as the unit tests call it: its lines go to `output`, and it returns the exit code.
// The command line adds what only a process has: lines written at once down a slow pipe, and one
// line, not a stack trace, for a failure nobody foresaw.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bolivianGazetteer } from '../src/lib/pipeline/checkFolder.ts';
import { readDepartments } from '../src/lib/pipeline/readDataset.ts';
import { datasetMetaText, featureCollectionFiles } from '../src/lib/import/dataset.ts';
import { formatPosition, formatProblem, type ImportProblem } from '../src/lib/import/problems.ts';
import { IMPORT_FORMATS, runImport, type ImportFormat } from '../src/lib/import/run.ts';
import { slugify } from '../src/lib/data/slug.ts';
import { decodeInput, lostCharacters } from '../src/lib/import/decode.ts';
import { WriteRefused, writeDatasetFolder } from '../src/lib/import/writeDataset.ts';
import {
	countryCode,
	regionPolygonsOf,
	type RegionsDescriptor
} from '../src/lib/pipeline/regionPolygons.ts';
import type { CommandOutput } from './commandOutput.ts';

/** What stops the command with exit code 1: its lines, for stderr. */
class Refusal extends Error {
	readonly lines: string[];
	constructor(lines: string[]) {
		super(lines[0]);
		this.lines = lines;
	}
}

const USAGE =
	'usage: npm run data:import -- --from acled <export.csv> --out <folder>/ [--id <slug>]\n' +
	'         [--title-es <text> --title-en <text>] [--description-es <text> --description-en <text>] [--skip-bad] [--force] [--encoding <name>]\n' +
	'       npm run data:import -- --from csv|xlsx|ods|geojson|kml|kmz|gpx <file> --mapping <mapping.json> --out <folder>/ [--sheet <name>] […]\n' +
	'       npm run data:import -- --from kml|kmz|gpx <file> --source-url <where the map is published> --out <folder>/\n' +
	'         [--source-date <YYYY-MM-DD>] [--source-title <text>] [--publisher <name>] [--lang es|en] [--licence-name <name> --licence-url <url>] […]\n' +
	'       any of them with admin1 names: [--regions <polygons.geojson> [--regions-name <property, default name>]]';

/** Stops the command: its lines go to stderr, and the exit code is 1. */
function fail(lines: string[]): never {
	throw new Refusal(lines);
}

function bilingual(es: string | undefined, en: string | undefined, flag: string) {
	if (es === undefined && en === undefined) return undefined;
	if (es === undefined || en === undefined || es.trim() === '' || en.trim() === '')
		fail([`--${flag}-es and --${flag}-en: give both, not empty`]);
	return { es: es.trim(), en: en.trim() };
}

/** Runs `npm run data:import -- <argv>`; returns the exit code. */
export function importCommand(argv: string[], output: CommandOutput): number {
	try {
		importOrRefuse(argv, output);
		return 0;
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
		for (const line of error.lines) output.error(line);
		return 1;
	}
}

function importOrRefuse(argv: string[], output: CommandOutput): void {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				from: { type: 'string' },
				out: { type: 'string' },
				mapping: { type: 'string' },
				id: { type: 'string' },
				'title-es': { type: 'string' },
				'title-en': { type: 'string' },
				'description-es': { type: 'string' },
				'description-en': { type: 'string' },
				'skip-bad': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
				encoding: { type: 'string' },
				sheet: { type: 'string' },
				'source-url': { type: 'string' },
				'source-title': { type: 'string' },
				'source-date': { type: 'string' },
				publisher: { type: 'string' },
				lang: { type: 'string' },
				'licence-name': { type: 'string' },
				'licence-url': { type: 'string' },
				regions: { type: 'string' },
				'regions-name': { type: 'string' },
				debug: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		fail([(error as Error).message, USAGE]);
	}
	const { values: args, positionals } = parsed;
	if (!args.from || !(IMPORT_FORMATS as readonly string[]).includes(args.from))
		fail([`--from: must be one of ${IMPORT_FORMATS.join(', ')}`, USAGE]);
	if (positionals.length !== 1) fail(['give exactly one input file', USAGE]);
	if (!args.out) fail(['--out: the dataset folder to write is needed', USAGE]);
	const from = args.from as ImportFormat;
	const file = positionals[0];
	const out = args.out;

	function readText(path: string, what: string): string {
		try {
			return readFileSync(path, 'utf8');
		} catch (error) {
			return fail([
				`${path}: cannot read the ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
			]);
		}
	}

	if (args.lang !== undefined && args.lang !== 'es' && args.lang !== 'en')
		fail(['--lang: es or en (the language the placemarks are written in)']);
	if ((args['licence-name'] === undefined) !== (args['licence-url'] === undefined))
		fail(['--licence-name and --licence-url: give both, or neither']);
	const placemarks = {
		sourceUrl: args['source-url'],
		sourceTitle: args['source-title'],
		sourceDate: args['source-date'],
		publisher: args.publisher,
		lang: args.lang as 'es' | 'en' | undefined,
		licence:
			args['licence-name'] && args['licence-url']
				? { name: args['licence-name'], url: args['licence-url'] }
				: undefined
	};

	/** The region polygons the user brings, copied beside dataset.json as this file. */
	const REGIONS_FILE = 'regions.geojson';
	let regions: { descriptor: RegionsDescriptor; text: string } | undefined;
	if (args['regions-name'] !== undefined && args.regions === undefined)
		fail(['--regions-name: names the property of a --regions file; give the file too']);
	if (args.regions) {
		const descriptor: RegionsDescriptor = {
			polygons: 'file',
			file: REGIONS_FILE,
			name_property: args['regions-name'] ?? 'name'
		};
		const text = readText(args.regions, 'regions');
		try {
			// The text copied is the text checked, as the build will read it: polygons, each named.
			regionPolygonsOf(text, args.regions, descriptor.name_property);
		} catch (error) {
			fail([(error as Error).message]);
		}
		regions = { descriptor, text };
	}

	let mapping: { file: string; json: unknown } | undefined;
	if (args.mapping) {
		const text = readText(args.mapping, 'mapping');
		try {
			mapping = { file: args.mapping, json: JSON.parse(text) };
		} catch (error) {
			fail([`${args.mapping}: is not JSON: ${(error as Error).message}`]);
		}
	}

	/** The input's text in whatever encoding it was saved (said when it is not plain UTF-8). */
	function readInput(path: string): string {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			return fail([
				`${path}: cannot read the input: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
			]);
		}
		try {
			const decoded = decodeInput(bytes, args.encoding);
			if (decoded.how !== 'utf-8') {
				const how = { bom: 'its byte order mark', detected: 'detected', given: '--encoding' }[
					decoded.how
				];
				output.log(`${path}: read as ${decoded.encoding} (${how})`);
			}
			return decoded.text;
		} catch (error) {
			return fail([`${path}: ${(error as Error).message}`]);
		}
	}
	// Spreadsheets and KMZ files are zip archives: read as bytes, not text.
	const zipped = /\.(xlsx|ods|kmz)$/i.test(file) || from === 'kmz';
	const input = zipped ? '' : readInput(file);
	const bytes = zipped ? new Uint8Array(readFileSync(file)) : undefined;

	const outcome = runImport({
		from,
		file,
		text: input,
		bytes,
		sheet: args.sheet,
		mapping,
		placemarks,
		id: args.id ?? slugify(basename(resolve(out))),
		title: bilingual(args['title-es'], args['title-en'], 'title'),
		description: bilingual(args['description-es'], args['description-en'], 'description'),
		today: new Date().toISOString().slice(0, 10),
		out,
		departments: readDepartments(),
		bolivianGazetteer,
		regions: regions?.descriptor,
		countryCode
	});
	if ('refused' in outcome) fail(outcome.refused);

	const { result, records } = outcome;
	for (const warning of outcome.warnings ?? []) output.log(`warning: ${warning}`);
	const order = (p: ImportProblem) => ('line' in p.at ? p.at.line : p.at.feature);
	const problems = [...result.problems].sort((a, b) => order(a) - order(b));
	for (const problem of problems) output.error(formatProblem(file, problem));
	const badRecords = new Set(problems.map((p) => formatPosition(file, p.at))).size;
	if (problems.length > 0 && !args['skip-bad'])
		fail([
			`${file}: ${problems.length} problem(s) in ${badRecords} record(s); nothing written (--skip-bad writes the rest)`
		]);

	const { meta } = outcome;
	if (!meta) fail([`${file}: no event could be converted; nothing written`]);
	const features = result.features.map((f) => f.feature);
	// Each part is made as it is written, and checked first: a replacement character the input did
	// not hold would be text lost in conversion (and then nothing is written).
	const written = Object.fromEntries(
		Object.entries(featureCollectionFiles(features)).map(([name, make]) => [
			name,
			() => {
				const text = make();
				if (lostCharacters(input, text))
					throw new WriteRefused(
						`${file}: the output would hold characters lost in decoding (U+FFFD); nothing written`
					);
				return text;
			}
		])
	);

	try {
		writeDatasetFolder(
			out,
			{
				...written,
				...(regions ? { [REGIONS_FILE]: regions.text } : {}),
				'dataset.json': datasetMetaText(meta)
			},
			{ force: args.force }
		);
	} catch (error) {
		if (error instanceof WriteRefused) fail([error.message]);
		throw error;
	}
	const skipped = records - features.length;
	output.log(
		`${out}: wrote ${features.length} event(s) from ${records} record(s) of ${file}` +
			(skipped > 0 ? `; skipped ${skipped} bad record(s)` : '')
	);
}
