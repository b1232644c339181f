// The map page's state, computed in one place: the time window, the column index, the totals,
// the list, the choropleth's classes, the summary sentence, the reported totals and the
// selection. Panels read it and call the app state's methods; nothing assigns its fields.
import type { PublicFeature, PublicMeta, RegionInfo } from '../data/publicData.ts';
import { withDetails, type FeatureDetails } from '../data/featureDetails.ts';
import { detailsUrl } from '../data/delivery.ts';
import { reportedTotalsFor, standingRange } from '../data/reportedTotals.ts';
import type { JsonLoader } from '../data/jsonLoader.ts';
import { buildFeatureIndex, isActiveIn, type FeatureIndex } from '../geo/featureIndex.ts';
import { featureFileUrl, type TiledData } from '../data/tiledData.ts';
import { aggregateByRegion, countsPerDay } from '../geo/aggregates.ts';
import { dayNumber, dayString } from '../geo/days.ts';
import { classBreaks, measureValue } from '../map/choropleth.ts';
import { formatDay, formatNumber, shortDayStyle } from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { fillCount } from '../i18n/plural.ts';
import type { AppState } from './appState.svelte.ts';

export interface MapPageInput {
	meta: PublicMeta;
	departments: Record<string, RegionInfo>;
	/** Empty for a large dataset until its features arrive (`receiveFeatures`). */
	features: PublicFeature[];
	/** A tiled dataset's files: no features come, only the summary and the selected records. */
	tiled?: TiledData | null;
}

export class MapPageState {
	// Set once by the constructor; read through accessors so that the derived fields below,
	// which are evaluated lazily, may use them.
	readonly #app: AppState;
	readonly #meta: PublicMeta;
	readonly #departments: Record<string, RegionInfo>;
	readonly #loader: JsonLoader;
	readonly #tiled: TiledData | null;

	features: PublicFeature[] = $state.raw([]);
	/** Details files fetched so far, by feature id. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced on change
	details: ReadonlyMap<string, FeatureDetails> = $state.raw(new Map());
	detailsError: string | null = $state(null);
	/** A tiled dataset's grouped index (see geo/groupedIndex.ts), once downloaded. */
	summaryIndex: FeatureIndex | null = $state.raw(null);
	/** A tiled dataset's records fetched so far (the selected ones' files), by id. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced on change
	records: ReadonlyMap<string, PublicFeature> = $state.raw(new Map());

	constructor(app: AppState, input: MapPageInput, loader: JsonLoader) {
		this.#app = app;
		this.#meta = input.meta;
		this.#departments = input.departments;
		this.#tiled = input.tiled ?? null;
		this.#loader = loader;
		this.features = input.features;
	}

	get app(): AppState {
		return this.#app;
	}
	get meta(): PublicMeta {
		return this.#meta;
	}
	get departments(): Record<string, RegionInfo> {
		return this.#departments;
	}

	/** Regions with polygons (the shipped boundaries): choropleth and densities are possible. */
	readonly mapped = $derived(this.meta.boundaries === 'bolivia');
	readonly index = $derived(
		this.summaryIndex ?? buildFeatureIndex(this.features, Object.keys(this.departments))
	);
	readonly firstDay = $derived(dayNumber(this.meta.period.start));
	readonly lastDay = $derived(dayNumber(this.meta.period.end));
	/** The time window, inclusive day numbers. */
	readonly from = $derived(this.app.from ? dayNumber(this.app.from) : this.firstDay);
	readonly to = $derived(this.app.to ? dayNumber(this.app.to) : this.lastDay);
	/** The window as offsets into the period, for the map's filters; null for the whole period. */
	readonly dayWindow = $derived(
		this.from === this.firstDay && this.to === this.lastDay
			? null
			: { from: this.from - this.firstDay, to: this.to - this.firstDay }
	);
	readonly totals = $derived(
		aggregateByRegion(this.index, { from: this.from, to: this.to, layers: this.app.layers })
	);
	readonly dailyCounts = $derived(
		countsPerDay(this.index, this.firstDay, this.lastDay, this.app.layers)
	);
	/** Of those, the features whose date is known only to a few days or a week. */
	readonly dailyApproximateCounts = $derived(
		countsPerDay(this.index, this.firstDay, this.lastDay, this.app.layers, 2)
	);
	/** The features in the window (the list filters them by layer itself). */
	readonly listed = $derived(
		this.features.filter((_, i) => isActiveIn(this.index, i, this.from, this.to))
	);
	readonly choropleth = $derived.by(() => {
		const measure = this.app.measure;
		if (measure === 'none' || !this.mapped) return null;
		const values = Object.fromEntries(
			this.totals.map((t) => [
				t.code,
				measureValue(t, measure, this.app.rule, this.departments[t.code]?.area_km2 ?? 0)
			])
		);
		return { values, breaks: classBreaks(Object.values(values)) };
	});
	readonly #titles = $derived(
		Object.fromEntries(this.features.map((f) => [f.properties.id, f.properties.title]))
	);
	readonly #reportedWindow = $derived({
		from: dayString(this.from),
		to: dayString(this.to),
		periodEnd: this.meta.period.end
	});
	/** Totals sources report for the country in the window (shown beside the map's own). */
	readonly reportedNational = $derived(
		reportedTotalsFor(this.meta.reported_totals, this.#reportedWindow, null)
	);
	readonly selectedDepartment = $derived(
		this.app.department ? (this.totals.find((t) => t.code === this.app.department) ?? null) : null
	);
	readonly reportedRegional = $derived(
		this.app.department
			? reportedTotalsFor(this.meta.reported_totals, this.#reportedWindow, this.app.department)
			: []
	);
	/** What the map shows, in one sentence, for screen readers (and as a caption). */
	readonly summary = $derived.by(() => {
		const { app } = this;
		const rows = app.department
			? this.totals.filter((r) => r.code === app.department)
			: this.totals;
		const sum = (pick: (r: (typeof rows)[number]) => number) =>
			rows.reduce((n, r) => n + pick(r), 0);
		const place = app.department ? this.departments[app.department]?.name : null;
		return (
			fill(app.t.mapSummary, {
				events: fillCount(
					app.lang,
					'n_events',
					sum((r) => r.features)
				),
				blockades: fillCount(
					app.lang,
					'n_locatedBlockades',
					sum((r) => r.blockades)
				),
				dead: fillCount(
					app.lang,
					'n_dead',
					sum((r) => r.dead.low)
				),
				place: place ? fill(app.t.mapSummaryIn, { place }) : '',
				from: formatDay(dayString(this.from), app.lang, shortDayStyle(this.meta.period)),
				to: formatDay(dayString(this.to), app.lang, shortDayStyle(this.meta.period))
			}) + (app.department ? '' : this.#nationalDead())
		);
	});
	/** The national dead counts that stand (no interim one) in the window, as a clause. */
	#nationalDead(): string {
		const { app } = this;
		const dead = standingRange(this.reportedNational, 'dead');
		if (!dead) return '';
		const range =
			dead.low === dead.high
				? formatNumber(dead.low, app.lang)
				: `${formatNumber(dead.low, app.lang)}–${formatNumber(dead.high, app.lang)}`;
		return fill(app.t.mapSummaryNational, { range, n: formatNumber(dead.sources, app.lang) });
	}
	readonly selectedFeature = $derived(
		this.app.event
			? (this.features.find((f) => f.properties.id === this.app.event) ??
					this.records.get(this.app.event) ??
					null)
			: null
	);
	/** The selected feature, with its details once they are here. */
	readonly selected = $derived.by(() => {
		const f = this.selectedFeature;
		const details =
			f && f.properties.details !== undefined ? this.details.get(f.properties.id) : undefined;
		return f && details ? withDetails(f, details) : f;
	});

	titleOf = (id: string): string =>
		(this.#titles[id] ?? this.records.get(id)?.properties.title)?.[this.app.lang] ?? id;

	/** A large dataset's features, once downloaded. */
	receiveFeatures(features: PublicFeature[]): void {
		this.features = features;
	}

	/** A tiled dataset's summary, once downloaded. */
	receiveSummary(summary: FeatureIndex): void {
		this.summaryIndex = summary;
	}

	/**
	 * A tiled dataset: fetches the file holding the selected event's record. An id that file
	 * does not hold (a link to an event that is not there) clears the selection.
	 */
	async loadSelectedRecord(): Promise<void> {
		const id = this.app.event;
		if (!this.#tiled || !id || this.records.has(id)) return;
		this.detailsError = null;
		try {
			const file = await this.#loader.load<Record<string, PublicFeature>>(
				featureFileUrl(this.#tiled, id)
			);
			if (!Object.hasOwn(file, id)) {
				if (this.app.event === id) this.app.select(null);
				return;
			}
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- raw state, replaced
			this.records = new Map([...this.records, ...Object.entries(file)]);
		} catch (error) {
			if ((error as Error).name !== 'AbortError') this.detailsError = (error as Error).message;
		}
	}

	/**
	 * Fetches the details file of the selected feature when it is a summary waiting for them
	 * (two selections in one file fetch it once). Resolves when they are here or have failed.
	 */
	async loadSelectedDetails(): Promise<void> {
		const f = this.selectedFeature;
		const chunk = f?.properties.details;
		if (!f || chunk === undefined || this.details.has(f.properties.id)) return;
		this.detailsError = null;
		try {
			const chunkDetails = await this.#loader.load<Record<string, FeatureDetails>>(
				detailsUrl(this.meta.id, chunk)
			);
			// A new map each time: the field is raw state, replaced rather than changed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			this.details = new Map([...this.details, ...Object.entries(chunkDetails)]);
		} catch (error) {
			if ((error as Error).name !== 'AbortError') this.detailsError = (error as Error).message;
		}
	}
}
