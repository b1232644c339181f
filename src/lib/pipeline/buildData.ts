// The data build stage: discovers the dataset folders, and for each reads and checks it (the
// one check with every rule, pipeline/checkFolder.ts, which `npm run data:check` prints), enriches
// it (regions with turf, geographic context, history, rounding) and writes the page's data to
// .generated/datasets/, which the prerendered routes read. Run by `npm run build`
// (scripts/build-data.ts); Node only.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedFeature } from './check.ts';
import { DATA_ROOT, foldersWithoutMeta, readDepartments, strayFolderLine } from './readDataset.ts';
import { toPublicDataset } from './publicDataset.ts';
import type { RegionInfo, PublicDataset, PublicFeature } from '../data/publicData.ts';
import { citiesFromPlaces } from '../geo/context.ts';
import type { Departments } from '../geo/departments.ts';
import { writeTiledDataset } from './tiledDataset.ts';
import { deliveryFor } from '../data/delivery.ts';
import {
	GENERATED_DIR,
	GENERATED_STATIC_DIR,
	importedTablePath,
	type GeneratedIndexEntry
} from './generatedFiles.ts';
import { importedTable, type ImportedTable } from '../data/importedTable.ts';
import { writeImportedDownload } from './tiledDataset.ts';
import { datasetSnapshots, lastDataChange } from './gitHistory.ts';
import { recordHistories } from './recordChanges.ts';
import type { RecordHistory } from '../data/recordHistory.ts';
import { regionMapOf } from './regionPolygons.ts';
import { checkDatasetFolder } from './checkFolder.ts';
import type { DatasetMeta } from '../data/schema.ts';
import { regionsAreBoliviaDepartments, UNKNOWN_REGION } from '../data/regionKind.ts';

/**
 * Folders of datasets, by id: every folder under data/geojson/ with a dataset.json, plus those
 * under the folders listed in CABILDO_EXTRA_DATASETS (the browser tests' fixture datasets).
 */
export function datasetFolderById(): Map<string, string> {
	const roots = [DATA_ROOT, ...(process.env.CABILDO_EXTRA_DATASETS?.split(':') ?? [])].filter(
		(root) => root && existsSync(root)
	);
	// A folder of event files without its dataset.json would be left out without a word.
	const stray = roots.flatMap((root) => foldersWithoutMeta(root));
	if (stray.length > 0) throw new Error(stray.map(strayFolderLine).join('\n'));
	const folders = new Map<string, string>();
	for (const root of roots) {
		for (const entry of readdirSync(root, { withFileTypes: true })) {
			const folder = join(root, entry.name);
			if (entry.isDirectory() && existsSync(join(folder, 'dataset.json')))
				folders.set(entry.name, folder);
		}
	}
	return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Region names sort the same on every build machine: by CLDR's English rules, which are its root
 * rules (a name of any country; 'und' would fall back to the machine's own locale).
 */
const REGION_NAME_ORDER = new Intl.Collator('en');

/**
 * Region names and areas: the shipped departments, or the admin1 names found in the data. In name
 * order, "region unknown" last: the page sorts its region table by this order without building a
 * collator of its own (a costly start on a phone).
 */
function regionsOf(
	meta: Pick<DatasetMeta, 'regions'>,
	departments: Departments,
	features: readonly CheckedFeature[],
	areas: ReadonlyMap<string, number> = new Map()
): Record<string, RegionInfo> {
	const regions = new Map<string, RegionInfo>();
	if (regionsAreBoliviaDepartments(meta)) {
		for (const d of departments.features)
			regions.set(d.properties.iso_3166_2, {
				name: d.properties.name,
				area_km2: d.properties.area_km2
			});
	} else {
		for (const { feature, department } of features) {
			if (!regions.has(department))
				regions.set(department, {
					// "Region unknown" is named in the reader's language (regionName).
					name: department === UNKNOWN_REGION ? '' : (feature.properties.admin1 ?? department),
					area_km2: areas.get(department) ?? null
				});
		}
	}
	const last = (code: string) => (code === UNKNOWN_REGION ? 1 : 0);
	return Object.fromEntries(
		[...regions].sort(
			([c, a], [d, b]) => last(c) - last(d) || REGION_NAME_ORDER.compare(a.name, b.name)
		)
	);
}

/**
 * Events whose region name no polygon answers to are counted under "region unknown" (each keeps
 * its admin1 as written); the check has already warned of each name.
 */
function withUnknownRegion(
	features: readonly CheckedFeature[],
	matched: ReadonlyMap<string, unknown>
): CheckedFeature[] {
	return features.map((f) =>
		matched.has(f.department) ? f : { ...f, department: UNKNOWN_REGION }
	);
}

/** Each record's history from git; none (with a log line) where git holds no history. */
function historiesOf(folder: string, log: (line: string) => void): Map<string, RecordHistory> {
	const snapshots = datasetSnapshots(folder, log);
	if (!snapshots) {
		log(`${folder}: no git history here: records are shown without their history`);
		return new Map();
	}
	return recordHistories(snapshots);
}

const withHistories = (
	features: PublicFeature[],
	histories: ReadonlyMap<string, RecordHistory>
): PublicFeature[] =>
	histories.size === 0
		? features
		: features.map((f) => {
				const history = histories.get(f.properties.id);
				return history ? { ...f, properties: { ...f.properties, history } } : f;
			});

/** The basemap's labelled places (capitals and towns), for each feature's nearest city. */
function readPlaces(): Parameters<typeof citiesFromPlaces>[0] {
	return JSON.parse(readFileSync(join(DATA_ROOT, 'boundaries/places.geojson'), 'utf8'));
}

/** Warnings shown in the build log; `npm run data:check` lists them all. */
const WARNINGS_IN_LOG = 10;

/**
 * Read → check → enrich one dataset folder; throws with every problem, one per line. Warnings
 * (possible duplicates in a dataset of source-assigned ids) are counted and shown in the log.
 */
export function buildDataset(
	folder: string,
	departments = readDepartments(),
	log: (line: string) => void = () => {}
): PublicDataset {
	return buildDatasetFiles(folder, departments, log).dataset;
}

/** The dataset as the pages read it, and its records as imported (null: it keeps none). */
export function buildDatasetFiles(
	folder: string,
	departments = readDepartments(),
	log: (line: string) => void = () => {}
): { dataset: PublicDataset; imported: ImportedTable | null } {
	const { result, problems, warnings, notes, regionMatch, regionNames } = checkDatasetFolder(
		folder,
		departments
	);
	if (problems.length > 0 || !result.meta) {
		throw new Error(`Invalid data in ${folder}:\n${problems.join('\n')}`);
	}
	for (const line of notes) log(line);
	if (warnings.length > 0) {
		log(
			`${folder}: ${warnings.length} warning(s) to review (possible duplicates, unmatched regions; npm run data:check -- ${folder} lists them all):`
		);
		for (const line of warnings.slice(0, WARNINGS_IN_LOG)) log(`  ${line}`);
	}
	const cities = regionsAreBoliviaDepartments(result.meta) ? citiesFromPlaces(readPlaces()) : [];
	const regionMap = regionMatch ? regionMapOf(regionMatch, regionNames) : null;
	const features = regionMatch
		? withUnknownRegion(result.features, regionMatch.matched)
		: result.features;
	const built = toPublicDataset(
		result.meta,
		features,
		regionsOf(result.meta, departments, features, regionMap?.areas),
		cities
	);
	const histories = historiesOf(folder, log);
	const dataset = {
		...built,
		features: withHistories(built.features, histories),
		retracted: built.retracted && withHistories(built.retracted, histories),
		...(regionMap ? { region_map: regionMap.map } : {}),
		meta: { ...built.meta, version: lastDataChange(folder) },
		stories: result.stories,
		claims: result.claims
	};
	const imported = importedTable(
		result.meta.imported_columns,
		result.features.map((f) => f.feature.properties.imported)
	);
	return { dataset, imported };
}

/**
 * Builds every dataset and writes it, with the index, to `outDir`, and a tiled dataset's files
 * to `staticDir` (both emptied first).
 */
export function writeGeneratedData(
	outDir = GENERATED_DIR,
	staticDir = GENERATED_STATIC_DIR,
	log: (line: string) => void = () => {}
): GeneratedIndexEntry[] {
	const departments = readDepartments();
	for (const dir of [outDir, staticDir]) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
	}
	const index: GeneratedIndexEntry[] = [];
	for (const [id, folder] of datasetFolderById()) {
		const { dataset, imported } = buildDatasetFiles(folder, departments, log);
		const delivery = deliveryFor(id, dataset.features.length, dataset.meta.delivery === 'tiles');
		const tiled = delivery.mode === 'tiled';
		if (tiled) {
			const files = writeTiledDataset(dataset, staticDir);
			log(
				`${id}: tiled: ${files.tiles} tiles (${(files.archiveBytes / 2 ** 20).toFixed(1)} MB), ` +
					`${files.summaryRows} summary rows, ${files.featureFiles} features files`
			);
		}
		writeFileSync(
			join(outDir, `${id}.json`),
			JSON.stringify(tiled ? { ...dataset, features: [] } : dataset)
		);
		if (imported && tiled) writeImportedDownload(imported, staticDir, id);
		else if (imported) writeFileSync(importedTablePath(id, outDir), JSON.stringify(imported));
		index.push({ id, title: dataset.meta.title, delivery });
	}
	writeFileSync(join(outDir, 'index.json'), JSON.stringify(index, null, '\t'));
	return index;
}
