// The one check of a dataset folder, with every rule: `npm run data:check` prints it, and the
// data build runs it on each dataset it builds (and stops on a problem). Reads the folder,
// checks its files (with the Bolivian gazetteer and roads where the dataset is drawn on Bolivia's
// departments), against its git history (no record deleted since the last commit), and matches
// its regions to their polygons. Node only.
import { regionPolygonSource, regionsAreBoliviaDepartments } from '../data/regionKind.ts';
import { checkDataset, type CheckResult } from './check.ts';
import { committedIds } from './gitHistory.ts';
import { vanishedRecordLines } from './vanishedRecords.ts';
import { namedRegions } from './namedRegions.ts';
import { matchDatasetRegions, unmatchedRegionLine, type SourcePolygon } from './regionPolygons.ts';
import {
	readDatasetFolder,
	readDepartments,
	readGazetteer,
	readRoutes,
	type ReadDataset
} from './readDataset.ts';
import type { RegionMatch } from '../geo/regionMatch.ts';
import type { Departments } from '../geo/departments.ts';
import type { GazetteerPlace } from '../data/gazetteer.ts';
import type { Route } from '../geo/routes.ts';

export interface FolderCheck {
	read: ReadDataset;
	result: CheckResult;
	/** Every problem, one line each: any of them stops the build. */
	problems: string[];
	/** To review, not refusals: possible duplicates, region names no polygon answers to. */
	warnings: string[];
	/** What could not be checked, and why (no git history here). */
	notes: string[];
	/** The regions matched to their polygons (an 'admin1' dataset with `regions`), else null. */
	regionMatch: RegionMatch<SourcePolygon> | null;
	/** The region code → name as the dataset spells it, of the regions matched above. */
	regionNames: Map<string, string>;
}

let gazetteer: { gazetteer: GazetteerPlace[]; routes: Route[] } | null = null;
/** The Bolivian gazetteer and roads, read once. */
export function bolivianGazetteer() {
	gazetteer ??= { gazetteer: readGazetteer(), routes: readRoutes() };
	return gazetteer;
}

export function checkDatasetFolder(
	folder: string,
	departments: Departments = readDepartments()
): FolderCheck {
	const read = readDatasetFolder(folder);
	// The gazetteer is Bolivia's: only datasets drawn on its departments are tested against it.
	const onBolivia = regionsAreBoliviaDepartments(read.meta as { regions?: { polygons?: unknown } });
	const result = checkDataset(read, departments, onBolivia ? bolivianGazetteer() : {});
	const problems = [...read.readProblems, ...result.problems];
	const warnings = [...result.warnings];
	const notes: string[] = [];

	// Against the last commit: a record may be retracted, never deleted.
	const committed = committedIds(folder);
	if (committed && read.readProblems.length === 0) {
		const current = new Set(
			read.files.flatMap(({ json }) =>
				((json as { features?: { properties?: { id?: unknown } }[] }).features ?? []).map((f) =>
					String(f.properties?.id)
				)
			)
		);
		problems.push(...vanishedRecordLines(folder, committed, current));
	} else if (!committed) notes.push(`${folder}: no git history here: deleted records not checked`);

	// An imported dataset's regions: a bad polygon file is a problem; an unmatched name, a warning.
	let regionMatch: FolderCheck['regionMatch'] = null;
	const regionNames = new Map<string, string>();
	const polygons = result.meta && regionPolygonSource(result.meta);
	if (polygons && problems.length === 0) {
		try {
			const regions = namedRegions(result.features);
			for (const r of regions) regionNames.set(r.code, r.name);
			regionMatch = matchDatasetRegions(polygons, folder, regions);
			warnings.push(...regionMatch.unmatched.map((u) => unmatchedRegionLine(folder, u)));
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	return { read, result, problems, warnings, notes, regionMatch, regionNames };
}
