// The features of a large dataset as the page downloads them: every source object is stored once
// in a table and referred to by its index (tens of thousands of events often share a handful of
// sources). Lossless: unpackFeatures(packFeatures(f)) deep-equals f.
import type { PublicFeature } from './publicData.ts';
import type { Source } from './schema.ts';
import { CASUALTY_MEASURES } from '../domain/kinds.ts';
import { PENDING_DESCRIPTION, splitDetails } from './featureDetails.ts';

type PackedFigure<F> = Omit<F, 'source'> & { source: number };
type Properties = PublicFeature['properties'];
type Figures = NonNullable<NonNullable<Properties['casualties']>['dead']>;
type ReportedCounts = NonNullable<Properties['reported_count']>;

export interface PackedFeatures {
	format: 'cabildo-packed-1';
	sources: Source[];
	features: unknown[];
}

/** A feature's summary without its pending description (unpackFeatures puts it back). */
function packedSummary(properties: Properties, chunk: number) {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { description: _pending, ...summary } = splitDetails(properties, chunk).summary;
	return summary;
}

/**
 * Packs features; does not modify them. With `detailsChunkSize`, each feature is packed as its
 * summary (see featureDetails.ts), naming the details file that holds the rest.
 */
export function packFeatures(
	features: readonly PublicFeature[],
	options: { detailsChunkSize?: number } = {}
): PackedFeatures {
	const chunkSize = options.detailsChunkSize;
	const table: Source[] = [];
	const indexByKey = new Map<string, number>();
	const ref = (source: Source) => {
		const key = JSON.stringify(source);
		let i = indexByKey.get(key);
		if (i === undefined) {
			i = table.push(source) - 1;
			indexByKey.set(key, i);
		}
		return i;
	};
	const packed = features.map((f, i) => {
		const p = chunkSize ? packedSummary(f.properties, Math.floor(i / chunkSize)) : f.properties;
		const sourceRefs = p.sources.map(ref);
		// A figure names its source by URL: one of the feature's own sources.
		const refOfUrl = (url: string) => {
			const k = p.sources.findIndex((s) => s.url === url);
			if (k < 0) throw new Error(`packFeatures: ${p.id}: ${url} is not among its sources`);
			return sourceRefs[k];
		};
		const casualties = p.casualties
			? Object.fromEntries(
					CASUALTY_MEASURES.filter((m) => p.casualties![m]).map((m) => [
						m,
						p.casualties![m]!.map((fig) => ({ ...fig, source: refOfUrl(fig.source) }))
					])
				)
			: undefined;
		return {
			...f,
			properties: {
				...p,
				sources: sourceRefs,
				location: { ...p.location, source: ref(p.location.source) },
				...(casualties ? { casualties } : {}),
				...(p.reported_count
					? { reported_count: p.reported_count.map((c) => ({ ...c, source: refOfUrl(c.source) })) }
					: {})
			}
		};
	});
	return { format: 'cabildo-packed-1', sources: table, features: packed };
}

/** Rebuilds the features; shared sources become shared objects. Throws on a malformed payload. */
export function unpackFeatures(payload: unknown): PublicFeature[] {
	const packed = payload as Partial<PackedFeatures> | null;
	if (
		!packed ||
		packed.format !== 'cabildo-packed-1' ||
		!Array.isArray(packed.sources) ||
		!Array.isArray(packed.features)
	)
		throw new Error('not a packed list of features');
	const table = packed.sources;
	const source = (i: unknown) => {
		const s = typeof i === 'number' ? table[i] : undefined;
		if (!s) throw new Error(`unknown source reference ${String(i)}`);
		return s;
	};
	return packed.features.map((raw) => {
		const f = raw as PublicFeature & {
			properties: Omit<
				Properties,
				'sources' | 'location' | 'casualties' | 'reported_count' | 'description'
			> & {
				description?: Properties['description'];
				sources: number[];
				location: Omit<Properties['location'], 'source'> & { source: number };
				casualties?: Partial<Record<string, PackedFigure<Figures[number]>[]>>;
				reported_count?: PackedFigure<ReportedCounts[number]>[];
			};
		};
		const p = f.properties;
		const casualties = p.casualties
			? Object.fromEntries(
					Object.entries(p.casualties).map(([m, figures]) => [
						m,
						figures!.map((fig) => ({ ...fig, source: source(fig.source).url }))
					])
				)
			: undefined;
		return {
			...f,
			properties: {
				...p,
				// Waiting for its details file: an empty description until then.
				...(p.details !== undefined ? { description: PENDING_DESCRIPTION } : {}),
				sources: p.sources.map(source),
				location: { ...p.location, source: source(p.location.source) },
				...(casualties ? { casualties } : {}),
				...(p.reported_count
					? {
							reported_count: p.reported_count.map((c) => ({ ...c, source: source(c.source).url }))
						}
					: {})
			}
		} as PublicFeature;
	});
}
