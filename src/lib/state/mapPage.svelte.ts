// The map page's state, computed in one place: the time window, the column index, the totals,
// the list, the choropleth's classes, the summary sentence, the reported totals and the
// selection. Panels read it and call the app state's methods; nothing assigns its fields.
import type { PublicDataset, PublicFeature, PublicMeta, RegionInfo } from '../data/publicData.ts';
import type { Delivery } from '../data/delivery.ts';
import type { JsonLoader } from '../data/jsonLoader.ts';
import { reportedTotalsFor, standingRange } from '../data/reportedTotals.ts';
import { regionName } from '../data/regionKind.ts';
import { isActiveIn } from '../geo/featureIndex.ts';
import type { EventRows } from '../geo/eventRows.ts';
import { LAYER_IDS, type LayerId } from '../domain/layers.ts';
import { eventStoreFor, type EventStore } from './eventStores.svelte.ts';
import { aggregateByRegion, countsPerDay } from '../geo/aggregates.ts';
import { dayNumber, dayString } from '../geo/days.ts';
import { classBreaks, measureValue } from '../geo/classBreaks.ts';
import { formatDay, formatNumber, shortDayStyle } from '../i18n/format.ts';
import { fill } from '../i18n/messages.ts';
import { fillCount } from '../i18n/plural.ts';
import type { AppState } from './appState.svelte.ts';

export interface MapPageInput {
	meta: PublicMeta;
	departments: Record<string, RegionInfo>;
}

/** The state of a map page over the store of its dataset's delivery. */
export function mapPageFor(
	app: AppState,
	dataset: PublicDataset,
	delivery: Delivery,
	loader: JsonLoader
): MapPageState {
	const store = eventStoreFor(
		delivery,
		{
			id: dataset.meta.id,
			departments: Object.keys(dataset.departments),
			features: dataset.features
		},
		app.lang,
		loader
	);
	return new MapPageState(app, dataset, store);
}

export class MapPageState {
	// Set once by the constructor; read through accessors so that the derived fields below,
	// which are evaluated lazily, may use them.
	readonly #app: AppState;
	readonly #meta: PublicMeta;
	readonly #departments: Record<string, RegionInfo>;
	readonly #store: EventStore;

	/** The events come from `store`, whatever the dataset's delivery (eventStores.svelte.ts). */
	constructor(app: AppState, input: MapPageInput, store: EventStore) {
		this.#app = app;
		this.#meta = input.meta;
		this.#departments = input.departments;
		this.#store = store;
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
	get store(): EventStore {
		return this.#store;
	}
	/** The summaries the page holds (an inline dataset's only). */
	get features(): PublicFeature[] {
		return this.#store.features;
	}
	/** Each event's row (geo/eventRows.ts), whatever the delivery (none when tiled). */
	get rows(): EventRows {
		return this.#store.rows;
	}
	/** Why the selected record's details could not be fetched. */
	get detailsError(): string | null {
		return this.#store.recordError;
	}

	/**
	 * Regions with polygons (Bolivia's shipped departments, or an imported dataset's matched
	 * regions, which have an area): choropleth and densities are possible.
	 */
	readonly mapped = $derived(
		Object.values(this.departments).some((region) => region.area_km2 !== null)
	);
	readonly index = $derived(this.store.index);
	/** The layers the dataset has events on (the legend offers a rare one only when present). */
	readonly layersPresent: readonly LayerId[] = $derived.by(() => {
		const seen = new Uint8Array(LAYER_IDS.length);
		for (const i of this.index.layer) seen[i] = 1;
		return LAYER_IDS.filter((_, i) => seen[i] === 1);
	});
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
	/** The rows of the events in the window (the list filters them by layer itself). */
	readonly listed: readonly number[] = $derived.by(() => {
		const { index, from, to } = this;
		const rows: number[] = [];
		for (let i = 0; i < index.size; i++) if (isActiveIn(index, i, from, to)) rows.push(i);
		return rows;
	});
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
		const place = app.department ? regionName(this.departments, app.department, app.t) : null;
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
	/** The selected feature as far as the page holds it (a summary waits for its details). */
	readonly selectedFeature = $derived(this.app.event ? this.store.summary(this.app.event) : null);
	/** The selected feature, with its details once they are here. */
	readonly selected = $derived(this.app.event ? this.store.record(this.app.event) : null);

	/** An event's title in the page's language, from its row or else its record, if known. */
	knownTitleOf = (id: string): string | undefined => {
		const { rows } = this.#store;
		const row = rows.rowOf(id);
		return row >= 0
			? rows.title(row, this.app.lang)
			: this.store.summary(id)?.properties.title[this.app.lang];
	};
	/** An event's title, or its id when the page does not know it. */
	titleOf = (id: string): string => this.knownTitleOf(id) ?? id;

	/**
	 * Fetches what the selected event needs to show whole (its details, or a tiled dataset's
	 * record). A link to a record the dataset does not have clears the selection.
	 */
	async loadSelected(): Promise<void> {
		const id = this.app.event;
		if (!id) return;
		const found = await this.store.loadRecord(id);
		if (!found && this.app.event === id) this.app.select(null);
	}
}
