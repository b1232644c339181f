// Where a map page's events come from, one store per delivery mode (data/delivery.ts) behind one
// interface: the summaries the page holds, the rows the list and the totals read, and a record by
// id with what its selection fetches (a details file; a fetched or tiled dataset's records
// file). The page composes the store of its dataset's mode and never asks which mode it is.
import type { PublicFeature } from '../data/publicData.ts';
import { withDetails, type FeatureDetails } from '../data/featureDetails.ts';
import {
	DETAILS_CHUNK_SIZE,
	detailsUrl,
	recordsUrl,
	titlesUrl,
	type Delivery
} from '../data/delivery.ts';
import type { Lang } from '../i18n/messages.ts';
import type { JsonLoader } from '../data/jsonLoader.ts';
import { readIndexFile } from '../geo/indexFile.ts';
import {
	checkedTitles,
	emptyRows,
	rowsOfColumns,
	rowsOfFeatures,
	type EventRows,
	type RowColumns
} from '../geo/eventRows.ts';
import { readRowsFile } from './readRows.ts';
import { featureFileUrl, tiledEventIds, type TiledData } from '../data/tiledData.ts';
import { buildFeatureIndex, type FeatureIndex } from '../geo/featureIndex.ts';

export interface EventStore {
	/** The summaries the page holds, in the dataset's order (an inline dataset's only). */
	readonly features: PublicFeature[];
	/** The columns the totals, the timeline and the list read (empty until they are here). */
	readonly index: FeatureIndex;
	/** Each event's row: its title, first day and position, beside the index (none when tiled). */
	readonly rows: EventRows;
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
	/**
	 * The page shows its text in `lang` (from its load on): what the store names events with in
	 * it is fetched if it is not here (a fetched dataset's titles).
	 */
	showIn(lang: Lang): void;
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

/** The ids of a dataset's rows, as a link's `event` is checked against them. */
const idsOf = (rows: EventRows) => ({ has: (id: string) => rows.rowOf(id) >= 0 });

/**
 * A store whose records come whole on selection, a file of them at a time (fetched and tiled
 * datasets): what it holds of an event is its record once its file is here.
 */
abstract class RecordFileStore {
	#records: ReadonlyMap<string, PublicFeature> = $state.raw(new Map());
	#error: string | null = $state(null);
	protected readonly loader: JsonLoader;

	constructor(loader: JsonLoader) {
		this.loader = loader;
	}

	/** The file said to hold `id`'s record, or, without one, whether the dataset may have it. */
	protected abstract recordFile(id: string): Promise<string | boolean>;

	get recordError(): string | null {
		return this.#error;
	}

	summary(id: string): PublicFeature | null {
		return this.#records.get(id) ?? null;
	}

	record(id: string): PublicFeature | null {
		return this.summary(id);
	}

	/** Fetches the file of `id`'s record (once for two selections in it): false if it has none. */
	async loadRecord(id: string): Promise<boolean> {
		if (this.#records.has(id)) return true;
		const url = await this.recordFile(id);
		if (typeof url === 'boolean') return url;
		this.#error = null;
		try {
			const file = await this.loader.load<Record<string, PublicFeature>>(url);
			if (!Object.hasOwn(file, id)) return false;
			this.#records = new Map([...this.#records, ...Object.entries(file)]);
		} catch (error) {
			this.#error = failure(error);
		}
		return true;
	}
}

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
	readonly rows = $derived(rowsOfFeatures(this.features, this.index));
	get eventIds(): { has(id: string): boolean } {
		return idsOf(this.rows);
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

	showIn(): void {}

	summary(id: string): PublicFeature | null {
		const row = this.rows.rowOf(id);
		return row < 0 ? null : this.features[row];
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

/**
 * The events come as rows (geo/eventRows.ts), read as soon as the page starts and decoded in a
 * worker; a selected event's whole record comes from the records file of its row.
 */
export class FetchedStore extends RecordFileStore implements EventStore {
	loadError: string | null = $state(null);
	#columns: RowColumns | null = $state.raw(null);
	/** The titles read so far, by language (a page reads those of the language it shows). */
	#titles: Partial<Record<Lang, readonly string[]>> = $state.raw({});
	readonly features: PublicFeature[] = [];
	readonly linkWaitsForFeatures = true;
	readonly offersChoice = true;
	readonly #datasetId: string;
	readonly #url: string;
	readonly #empty: EventRows;
	#lang: Lang;

	constructor(
		dataset: { id: string; departments: readonly string[] },
		url: string,
		lang: Lang,
		loader: JsonLoader
	) {
		super(loader);
		this.#datasetId = dataset.id;
		this.#empty = emptyRows(dataset.departments);
		this.#url = url;
		this.#lang = lang;
	}

	// Evaluated lazily, after the constructor: it reads the empty rows through an accessor.
	get #noRows(): EventRows {
		return this.#empty;
	}
	readonly rows: EventRows = $derived(
		this.#columns ? rowsOfColumns(this.#columns, this.#titles) : this.#noRows
	);
	get index(): FeatureIndex {
		return this.rows.index;
	}
	get eventIds(): { has(id: string): boolean } {
		return idsOf(this.rows);
	}
	get loaded(): boolean {
		return this.#columns !== null;
	}
	get preloadUrl(): string {
		return this.#url;
	}

	#reading: Promise<void> | null = null;

	/** Reads the rows and their titles in the page's language, once however often it is asked. */
	load(): Promise<void> {
		this.#reading ??= this.#read();
		return this.#reading;
	}

	async #read(): Promise<void> {
		const lang = this.#lang;
		const url = titlesUrl(this.#datasetId, lang);
		try {
			const [columns, titles] = await Promise.all([
				this.loader.loadBytes(this.#url).then(readRowsFile),
				this.loader.load<unknown>(url)
			]);
			this.#titles = { [lang]: checkedTitles(titles, columns.index.size, url) };
			this.#columns = columns;
		} catch (error) {
			this.loadError = failure(error);
		}
	}

	showIn(lang: Lang): void {
		this.#lang = lang;
		if (this.#reading) void this.#reading.then(() => this.#readTitles(lang));
	}

	/**
	 * Reads the titles in `lang` if the rows are here and they are not (a file asked for twice
	 * while on its way is fetched once: the loader shares it).
	 */
	async #readTitles(lang: Lang): Promise<void> {
		const rows = this.#columns?.index.size;
		if (rows === undefined || this.#titles[lang]) return;
		const url = titlesUrl(this.#datasetId, lang);
		try {
			const titles = checkedTitles(await this.loader.load(url), rows, url);
			this.#titles = { ...this.#titles, [lang]: titles };
		} catch (error) {
			// The list keeps the titles it has, in the other language; a later switch tries again.
			console.warn(`Cabildo: the titles in ${lang} could not be loaded`, error);
		}
	}

	/** The records file of `id`'s row (a click may come before the rows: they are read first). */
	protected async recordFile(id: string): Promise<string | boolean> {
		await this.load();
		const row = this.rows.rowOf(id);
		if (row < 0) return !this.loaded;
		return recordsUrl(this.#datasetId, Math.floor(row / DETAILS_CHUNK_SIZE));
	}
}

/** Nothing per feature is downloaded: a grouped summary for the totals, a record file per id. */
export class TiledStore extends RecordFileStore implements EventStore {
	summaryIndex: FeatureIndex | null = $state.raw(null);
	loadError: string | null = $state(null);
	readonly features: PublicFeature[] = [];
	readonly rows: EventRows;
	readonly eventIds = tiledEventIds;
	readonly linkWaitsForFeatures = false;
	readonly offersChoice = false;
	readonly #files: TiledData;
	readonly #empty: FeatureIndex;

	constructor(departments: readonly string[], files: TiledData, loader: JsonLoader) {
		super(loader);
		this.#files = files;
		this.rows = emptyRows(departments);
		this.#empty = this.rows.index;
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
			this.summaryIndex = await readIndexFile(await this.loader.loadBytes(this.#files.summaryUrl));
		} catch (error) {
			this.loadError = failure(error);
		}
	}

	showIn(): void {}

	/** The file its id hashes to. */
	protected async recordFile(id: string): Promise<string> {
		return featureFileUrl(this.#files, id);
	}
}

/** The store of a dataset's delivery. */
export function eventStoreFor(
	delivery: Delivery,
	dataset: { id: string; departments: readonly string[]; features: PublicFeature[] },
	lang: Lang,
	loader: JsonLoader
): EventStore {
	switch (delivery.mode) {
		case 'inline':
			return new InlineStore(dataset, loader);
		case 'fetched':
			return new FetchedStore(dataset, delivery.rowsUrl, lang, loader);
		case 'tiled':
			return new TiledStore(dataset.departments, delivery.files, loader);
	}
}
