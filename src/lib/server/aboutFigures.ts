// The figures the about page quotes, computed from the default dataset at build time, so the
// page never says one thing while the map says another.
import type { Figure, Source } from '../data/schema.ts';
import { figureHigh, figureLow } from '../data/figures.ts';
import { buildFeatureIndex } from '../geo/featureIndex.ts';
import { aggregateByRegion } from '../geo/aggregates.ts';
import { dayNumber } from '../geo/days.ts';
import { LAYER_IDS } from '../domain/layers.ts';
import { loadDataset } from './dataset.ts';
import { sourceFinder } from './storyPages.ts';
import { reportedTotalsFor, standingRange } from '../data/reportedTotals.ts';

export interface DisputedEvent {
	id: string;
	title: { es: string; en: string };
	/** Each source's figure of the dead, by the source's date (undated last). */
	figures: { figure: Figure; source: Source }[];
}

export interface AboutFigures {
	period: { start: string; end: string };
	/** The map's own totals over the whole period, all layers: what its headline says. */
	events: number;
	locatedBlockades: number;
	/** The sum of each event's conservative count of the dead. */
	dead: number;
	/** The highest national count of blockades a source gives, and its source. */
	blockadesReported: { value: number; source: Source } | null;
	/** The national counts of the dead that stand (no interim one). */
	nationalDead: { low: number; high: number; sources: number } | null;
	/** The two events whose sources give the most different counts of the dead. */
	disputed: DisputedEvent[];
}

const distinctValues = (figures: readonly Figure[]) =>
	new Set(figures.map((f) => `${figureLow(f)}-${figureHigh(f)}`)).size;

export function aboutFigures(dataset: string): AboutFigures {
	const data = loadDataset(dataset);
	const { meta, features } = data;
	const sourceOf = sourceFinder(dataset);
	const index = buildFeatureIndex(features, Object.keys(data.departments));
	const totals = aggregateByRegion(index, {
		from: dayNumber(meta.period.start),
		to: dayNumber(meta.period.end),
		layers: [...LAYER_IDS]
	});
	const sum = (pick: (t: (typeof totals)[number]) => number) =>
		totals.reduce((n, t) => n + pick(t), 0);

	// The same national counts as the map's headline over the whole period.
	const national = reportedTotalsFor(
		meta.reported_totals,
		{ from: meta.period.start, to: meta.period.end, periodEnd: meta.period.end },
		null
	);
	const blockades = national
		.filter((t) => t.measure === 'blockades')
		.toSorted((a, b) => figureHigh(b) - figureHigh(a))[0];

	const disputed = features
		.map((f) => ({ f, figures: f.properties.casualties?.dead ?? [] }))
		.filter(({ figures }) => distinctValues(figures) > 1)
		.toSorted((a, b) => distinctValues(b.figures) - distinctValues(a.figures))
		.slice(0, 2)
		.map(({ f, figures }) => ({
			id: f.properties.id,
			title: f.properties.title,
			figures: figures
				.map((figure) => ({ figure, source: sourceOf(figure.source) }))
				.toSorted((a, b) => (a.source.date ?? '9999').localeCompare(b.source.date ?? '9999'))
		}));

	return {
		period: meta.period,
		events: sum((t) => t.features),
		locatedBlockades: sum((t) => t.blockades),
		dead: sum((t) => t.dead.low),
		blockadesReported: blockades
			? { value: figureHigh(blockades), source: blockades.source }
			: null,
		nationalDead: standingRange(national, 'dead'),
		disputed
	};
}
