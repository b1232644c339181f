// Where a map page's events come from, one store per delivery mode (data/delivery.ts) behind one
// interface: the summaries the page holds, the column index the totals read, and a record by
// id with what its selection fetches (a details file; a tiled dataset's record file). The page
// composes the store of its dataset's mode and never asks which mode it is.
import type { PublicFeature } from '../data/publicData.ts';
import { withDetails, type FeatureDetails } from '../data/featureDetails.ts';
import { detailsUrl, type Delivery } from '../data/delivery.ts';
import type { JsonLoader } from '../data/jsonLoader.ts';
import { unpackFeatures } from '../data/packedFeatures.ts';
import { readIndexFile } from '../geo/indexFile.ts';
import { featureFileUrl, tiledEventIds, type TiledData } from '../data/tiledData.ts';
import { buildFeatureIndex, type FeatureIndex } from '../geo/featureIndex.ts';

export interface EventStore {
	/** The summaries the page holds, in the dataset's order (none for a tiled dataset). */
	readonly features: PublicFeature[];
	/** The columns the totals, the timeline and the list read (empty until they are here). */
	readonly index: FeatureIndex;
	/** Whether everything the first view lists and counts is here. */
	readonly loaded: boolean;
	/** Why it could not be loaded (null: it was, or is on its way). */
	readonly loadError: string | null;
	/** Why the selected record's file could not be loaded. */
	readonly recordError: string | null;
	/** What a link's `event` may name. */
	readonly eventIds: { has(id: string): boolean };
	/** A file the page head asks for with the page (null: none). */
	readonly preloadUrl: string | null;
	/** The link's event and department are read once the features are here (they name them). */
	readonly linkWaitsForFeatures: boolean;
	/** Several features under a click can be offered by title (the page holds their titles). */
	readonly offersChoice: boolean;
	/** Fetches what the page counts and lists after first paint; resolves when here or failed. */
	load(): Promise<void>;
	/** The feature as far as the page holds it: its summary, or a fetched record. */
	summary(id: string): PublicFeature | null;
	/** The feature whole (its details merged in) once they are here, else its summary. */
	record(id: string): PublicFeature | null;
	/**
	 * Fetches what showing `id` whole needs. Resolves when it is here or has failed (see
	 * recordError): false when the dataset has no such record.
	 */
	loadRecord(id: string): Promise<boolean>;
}

const failure = (error: unknown): string | null =>
	(error as Error).name === 'AbortError' ? null : (error as Error).message;

/** Summaries carried in the page; descriptions, notes and quotes in details files. */
export class InlineStore implements EventStore {
	features: PublicFeature[] = $state.raw([]);
	loadError: string | null = $state(null);
	recordError: string | null = $state(null);
	/** Details files fetched so far, by feature id. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced on change
	details: ReadonlyMap<string, FeatureDetails> = $state.raw(new Map());
	readonly #datasetId: string;
	readonly #departments: readonly string[];
	protected readonly loader: JsonLoader;

	constructor(
		dataset: { id: string; departments: readonly string[]; features: PublicFeature[] },
		loader: JsonLoader
	) {
		this.#datasetId = dataset.id;
		this.#departments = dataset.departments;
		this.features = dataset.features;
		this.loader = loader;
	}

	// Derived fields are evaluated lazily, after the constructor: they read its fields through
	// an accessor.
	get #departmentCodes(): readonly string[] {
		return this.#departments;
	}
	readonly index = $derived(buildFeatureIndex(this.features, this.#departmentCodes));
	readonly #byId: ReadonlyMap<string, PublicFeature> = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole with the features
		new Map(this.features.map((f) => [f.properties.id, f]))
	);
	get eventIds(): { has(id: string): boolean } {
		return this.#byId;
	}
	get loaded(): boolean {
		return true;
	}
	get preloadUrl(): string | null {
		return null;
	}
	get linkWaitsForFeatures(): boolean {
		return false;
	}
	readonly offersChoice = true;

	async load(): Promise<void> {}

	summary(id: string): PublicFeature | null {
		return this.#byId.get(id) ?? null;
	}

	record(id: string): PublicFeature | null {
		const f = this.summary(id);
		const details = f && f.properties.details !== undefined ? this.details.get(id) : undefined;
		return f && details ? withDetails(f, details) : f;
	}

	/** Fetches the details file of a summary waiting for them (once for two selections in it). */
	async loadRecord(id: string): Promise<boolean> {
		const chunk = this.summary(id)?.properties.details;
		if (chunk === undefined || this.details.has(id)) return true;
		this.recordError = null;
		try {
			const file = await this.loader.load<Record<string, FeatureDetails>>(
				detailsUrl(this.#datasetId, chunk)
			);
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced
			this.details = new Map([...this.details, ...Object.entries(file)]);
		} catch (error) {
			this.recordError = failure(error);
		}
		return true;
	}
}

/** The summaries come packed in one file, fetched after first paint (data/packedFeatures.ts). */
export class FetchedStore extends InlineStore {
	#received = $state(false);
	readonly #url: string;

	constructor(
		dataset: { id: string; departments: readonly string[] },
		url: string,
		loader: JsonLoader
	) {
		super({ ...dataset, features: [] }, loader);
		this.#url = url;
	}

	override get loaded(): boolean {
		return this.#received;
	}
	override get preloadUrl(): string {
		return this.#url;
	}
	override get linkWaitsForFeatures(): boolean {
		return true;
	}

	override async load(): Promise<void> {
		try {
			this.features = unpackFeatures(await this.loader.load(this.#url));
			this.#received = true;
		} catch (error) {
			this.loadError = failure(error);
		}
	}
}

/** Nothing per feature is downloaded: a grouped summary for the totals, a record file per id. */
export class TiledStore implements EventStore {
	summaryIndex: FeatureIndex | null = $state.raw(null);
	/** Records fetched so far (the selected ones' files), by id. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced on change
	records: ReadonlyMap<string, PublicFeature> = $state.raw(new Map());
	loadError: string | null = $state(null);
	recordError: string | null = $state(null);
	readonly features: PublicFeature[] = [];
	readonly eventIds = tiledEventIds;
	readonly linkWaitsForFeatures = false;
	readonly offersChoice = false;
	readonly #files: TiledData;
	readonly #empty: FeatureIndex;
	readonly #loader: JsonLoader;

	constructor(departments: readonly string[], files: TiledData, loader: JsonLoader) {
		this.#files = files;
		this.#empty = buildFeatureIndex([], departments);
		this.#loader = loader;
	}

	get index(): FeatureIndex {
		return this.summaryIndex ?? this.#empty;
	}
	get loaded(): boolean {
		return this.summaryIndex !== null;
	}
	get preloadUrl(): string {
		return this.#files.summaryUrl;
	}

	async load(): Promise<void> {
		try {
			this.summaryIndex = await readIndexFile(await this.#loader.loadBytes(this.#files.summaryUrl));
		} catch (error) {
			this.loadError = failure(error);
		}
	}

	summary(id: string): PublicFeature | null {
		return this.records.get(id) ?? null;
	}

	record(id: string): PublicFeature | null {
		return this.summary(id);
	}

	/** Fetches the file holding `id`'s record (its id hashes to it). */
	async loadRecord(id: string): Promise<boolean> {
		if (this.records.has(id)) return true;
		this.recordError = null;
		try {
			const file = await this.#loader.load<Record<string, PublicFeature>>(
				featureFileUrl(this.#files, id)
			);
			if (!Object.hasOwn(file, id)) return false;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced
			this.records = new Map([...this.records, ...Object.entries(file)]);
		} catch (error) {
			this.recordError = failure(error);
		}
		return true;
	}
}

/** The store of a dataset's delivery. */
export function eventStoreFor(
	delivery: Delivery,
	dataset: { id: string; departments: readonly string[]; features: PublicFeature[] },
	loader: JsonLoader
): EventStore {
	switch (delivery.mode) {
		case 'inline':
			return new InlineStore(dataset, loader);
		case 'fetched':
			return new FetchedStore(dataset, delivery.featuresUrl, loader);
		case 'tiled':
			return new TiledStore(dataset.departments, delivery.files, loader);
	}
}
