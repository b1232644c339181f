// The pages every dataset gets besides its map (prerender time): one page per event, the data
// table, the downloads and the static maps.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import departments from '#data/boundaries/departments.geojson';
import places from '#data/boundaries/places.geojson';
import type { PublicDataset, PublicFeature } from '../data/publicData.ts';
import { CSV_COLUMNS, toCsv, toGeoJson } from '../data/downloads.ts';
import { importedCsv } from '../data/importedTable.ts';
import { conservativeFigure, highestFigure } from '../data/figures.ts';
import { CASUALTY_MEASURES, type CasualtyMeasure } from '../domain/kinds.ts';
import { datasetPath } from '../data/paths.ts';
import { BOLIVIA_BOUNDS } from '../map/boundaries.ts';
import { LANGS, messages, type Lang } from '../i18n/messages.ts';
import {
	datasetIds,
	featureCountOf,
	isLargeDataset,
	isTiledDataset,
	loadDataset,
	loadImportedTable,
	hasImportedTable
} from './dataset.ts';
import { renderStaticMapSvg } from './staticMapSvg.ts';
import { worldBasemap } from './worldBasemap.ts';
import { eventRegionName, regionsAreBoliviaDepartments } from '../data/regionKind.ts';
import { datasetChanges } from '../data/datasetChanges.ts';

/**
 * Event pages (and their static figures) are written for datasets small enough to inline in the
 * map page: three files per event, so 2,000 events are 6,000 files; 50,000 would be 150,000 and
 * multiply the build's time and size. Larger datasets link each event to its place on the map.
 */
export function hasEventPages(dataset: string): boolean {
	return !isLargeDataset(dataset);
}

/** Prerender entries for a dataset's event pages, in both languages. */
export function eventEntries(dataset: string): { id: string; lang?: 'en' }[] {
	if (!hasEventPages(dataset)) return [];
	return pagedFeatures(loadDataset(dataset)).flatMap((f) =>
		LANGS.map((lang) => ({ id: f.properties.id, ...(lang === 'en' ? { lang } : {}) }))
	);
}

/** Every record with a page: those on the map, and the retracted ones (their pages say why). */
const pagedFeatures = (data: PublicDataset): PublicFeature[] => [
	...data.features,
	...(data.retracted ?? [])
];

export function eventPageData(dataset: string, event: string, lang: Lang) {
	const data = loadDataset(dataset);
	const feature = pagedFeatures(data).find((f) => f.properties.id === event);
	if (!feature || !hasEventPages(dataset)) return null;
	const titleOf = (id: string | undefined) =>
		id ? data.features.find((f) => f.properties.id === id)?.properties.title : undefined;
	return {
		datasetId: data.meta.id,
		feature,
		lang,
		departmentName: eventRegionName(data.departments, feature.properties, messages[lang]),
		regionsAreDepartments: regionsAreBoliviaDepartments(data.meta),
		nearestBlockadeTitle: titleOf(feature.properties.context?.nearest_blockade?.id),
		partOfTitle: titleOf(feature.properties.part_of),
		datasetTitle: data.meta.title,
		version: data.meta.version ?? null
	};
}

type FigureRange = [number, number] | null;

export function dataPageData(dataset: string, lang: Lang) {
	const data = loadDataset(dataset);
	const range = (figures: Parameters<typeof conservativeFigure>[0]): FigureRange => {
		const low = conservativeFigure(figures);
		return low === null ? null : [low, highestFigure(figures)!];
	};
	const withTable = hasEventPages(dataset);
	return {
		datasetId: data.meta.id,
		lang,
		meta: data.meta,
		departments: data.departments,
		featureCount: featureCountOf(dataset),
		mapPath: datasetPath(dataset),
		// Only what the table shows, so the page stays light; none for very large datasets.
		rows: withTable
			? data.features.map((f) => {
					const p = f.properties;
					return {
						id: p.id,
						date: p.date.start,
						title: p.title,
						kind: p.kind,
						department: p.department,
						place: p.place.name,
						...(Object.fromEntries(
							CASUALTY_MEASURES.map((m) => [m, range(p.casualties?.[m])])
						) as Record<CasualtyMeasure, FigureRange>),
						sources: p.sources.length
					};
				})
			: [],
		columns: CSV_COLUMNS
	};
}

/** The basemap's named towns, for the event figures' close-ups: capitals and cities first. */
const TOWNS = (
	places as unknown as FeatureCollection<Point, { name: string; kind: string; rank: number }>
).features
	.filter((p) => p.properties.kind !== 'department')
	.toSorted((a, b) => a.properties.rank - b.properties.rank)
	.map((p) => ({ name: p.properties.name, position: p.geometry.coordinates as [number, number] }));

type Shapes = FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string; name: string }>;

/**
 * The static map of a dataset as SVG: Bolivia's departments for datasets drawn on them, else the
 * countries around the data (as on the interactive map).
 */
export function datasetStaticMap(
	dataset: string,
	size: { width: number; height: number },
	highlight?: string
): string | null {
	const data = loadDataset(dataset);
	const feature = highlight ? pagedFeatures(data).find((f) => f.properties.id === highlight) : null;
	if (highlight && !feature) return null;
	// A retracted record's figure still shows where it was said to be.
	const drawn =
		feature && !data.features.includes(feature) ? [...data.features, feature] : data.features;
	const bolivia = regionsAreBoliviaDepartments(data.meta);
	const shapes: Shapes = bolivia
		? (departments as unknown as Shapes)
		: {
				type: 'FeatureCollection',
				features: worldBasemap(data.meta.bbox).neighbours.features.map((f) => ({
					...(f as Shapes['features'][number]),
					properties: {
						iso_3166_2: String(f.properties?.name ?? ''),
						name: String(f.properties?.name ?? '')
					}
				}))
			};
	const title = feature
		? `${feature.properties.title.es} / ${feature.properties.title.en}`
		: `${data.meta.title.es} / ${data.meta.title.en}`;
	return renderStaticMapSvg({
		departments: shapes,
		features: drawn,
		bounds: bolivia ? BOLIVIA_BOUNDS : data.meta.bbox,
		...size,
		highlight,
		title,
		places: bolivia ? TOWNS : []
	});
}

export const svgResponse = (svg: string | null) =>
	svg === null
		? new Response('Not found', { status: 404 })
		: new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });

const DOWNLOADS = {
	csv: { type: 'text/csv; charset=utf-8', write: toCsv },
	geojson: { type: 'application/geo+json', write: toGeoJson }
} as const;

/**
 * A dataset as a download file (every dataset has both), or 404 for an unknown one. A tiled
 * dataset's are written by the data build instead (pipeline/tiledDataset.ts).
 */
export function downloadResponse(dataset: string, format: keyof typeof DOWNLOADS): Response {
	if (!datasetIds().includes(dataset) || isTiledDataset(dataset))
		return new Response('Not found', { status: 404 });
	const { type, write } = DOWNLOADS[format];
	return new Response(write(loadDataset(dataset)), { headers: { 'content-type': type } });
}

export const downloadEntries = () =>
	datasetIds()
		.filter((dataset) => !isTiledDataset(dataset))
		.map((dataset) => ({ dataset }));

/** The "as imported" download: the columns of the file a dataset was imported from. */
export function importedDownloadResponse(dataset: string): Response {
	const table = loadImportedTable(dataset);
	if (!table) return new Response('Not found', { status: 404 });
	return new Response(importedCsv(table), { headers: { 'content-type': DOWNLOADS.csv.type } });
}

/** Datasets with an "as imported" download to prerender (a tiled one's is written by the build). */
export const importedDownloadEntries = () =>
	datasetIds()
		.filter(hasImportedTable)
		.map((dataset) => ({ dataset }));

/** The changes page: the records' histories by commit (none where git held no history). */
export function changesPageData(dataset: string, lang: Lang) {
	const data = loadDataset(dataset);
	const { changes, counts } = datasetChanges(pagedFeatures(data));
	return {
		datasetId: data.meta.id,
		datasetTitle: data.meta.title,
		lang,
		version: data.meta.version ?? null,
		eventPages: hasEventPages(dataset),
		changes,
		counts
	};
}
