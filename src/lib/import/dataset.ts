// The dataset.json of an import and the text of its files, computed from the imported features.
import { isLocatedBlockade } from '../domain/kinds.ts';
import type { DatasetMeta, EventFeature, Source } from '../data/schema.ts';
import { roundCoordinate } from './values.ts';

/** Degrees added around the data's extent, so that the map frames the points with a margin. */
export const BBOX_PADDING_DEGREES = 0.5;

export const EVENTS_FILE = 'events.geojson';

/**
 * Features per file of an import: a million ACLED rows as one file would pass V8's longest
 * string (about 512 MB), which neither the importer nor data:check could then write or read.
 */
export const FEATURES_PER_FILE = 100_000;

/** The files an import of `count` features is written in: events.geojson, or numbered parts. */
export function eventFileNames(count: number, perFile = FEATURES_PER_FILE): string[] {
	if (count <= perFile) return [EVENTS_FILE];
	return Array.from(
		{ length: Math.ceil(count / perFile) },
		(_, i) => `events-${String(i + 1).padStart(3, '0')}.geojson`
	);
}

export interface DatasetOptions {
	id: string;
	title: { es: string; en: string };
	description: { es: string; en: string };
	/** What its regions are (dataset.json `regions`). */
	regions: DatasetMeta['regions'];
	licence: { name: string; url: string };
	sources: Source[];
	/** The day of the import (YYYY-MM-DD), written as last_reviewed. */
	today: string;
	/** Whose ids the records carry, when their source assigned them (dataset.json `record_ids`). */
	recordIds?: { assigned_by: string; field: string };
	/** The columns of the imported file, in its order, when each feature keeps its record. */
	importedColumns?: readonly string[];
}

/** First and last day of the features (their start dates, and end dates where given). */
export function periodOf(features: readonly EventFeature[]): { start: string; end: string } {
	const days = features.flatMap((f) => [
		f.properties.date.start,
		f.properties.date.end ?? f.properties.date.start,
		...(f.properties.active_dates ?? [])
	]);
	if (days.length === 0) throw new Error('no features: a dataset needs at least one');
	const sorted = [...days].sort();
	return { start: sorted[0], end: sorted[sorted.length - 1] };
}

/** The features' extent padded by BBOX_PADDING_DEGREES, within the world's limits. */
export function bboxOf(features: readonly EventFeature[]): [number, number, number, number] {
	const positions = features.flatMap((f) =>
		f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates
	);
	if (positions.length === 0) throw new Error('no features: a dataset needs at least one');
	// A loop, not Math.min(...): a million positions as arguments overflow the stack.
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of positions) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	return [
		roundCoordinate(Math.max(-180, west - BBOX_PADDING_DEGREES)),
		roundCoordinate(Math.max(-90, south - BBOX_PADDING_DEGREES)),
		roundCoordinate(Math.min(180, east + BBOX_PADDING_DEGREES)),
		roundCoordinate(Math.min(90, north + BBOX_PADDING_DEGREES))
	];
}

/** dataset.json for the imported features, in the order maintainers write its fields. */
export function datasetMetaFor(
	features: readonly EventFeature[],
	options: DatasetOptions
): DatasetMeta {
	return {
		id: options.id,
		title: options.title,
		description: options.description,
		period: periodOf(features),
		...(options.recordIds ? { record_ids: { ...options.recordIds } } : {}),
		...(options.importedColumns ? { imported_columns: [...options.importedColumns] } : {}),
		bbox: bboxOf(features),
		regions: options.regions,
		delivery: 'auto',
		licence: options.licence,
		last_reviewed: options.today,
		files: eventFileNames(features.length),
		blockades_located: features.filter((f) => isLocatedBlockade(f.properties)).length,
		reported_totals: [],
		blockades_unlocated: [],
		sources: options.sources
	};
}

/**
 * The features as the files eventFileNames names, each a FeatureCollection (see below), its
 * text made when asked for (one part at a time in memory).
 */
export function featureCollectionFiles(
	features: readonly EventFeature[],
	perFile = FEATURES_PER_FILE
): Record<string, () => string> {
	return Object.fromEntries(
		eventFileNames(features.length, perFile).map((name, i) => [
			name,
			() => featureCollectionText(features.slice(i * perFile, (i + 1) * perFile))
		])
	);
}

/** A FeatureCollection with one feature a line, like the repository's data files. */
export function featureCollectionText(features: readonly EventFeature[]): string {
	const lines = features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function datasetMetaText(meta: DatasetMeta): string {
	return `${JSON.stringify(meta, null, '\t')}\n`;
}
