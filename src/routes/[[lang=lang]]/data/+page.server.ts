import { loadDataset } from '#lib/server/dataset.ts';
import { langOfPath } from '#lib/i18n/messages.ts';
import { CSV_COLUMNS } from '#lib/data/downloads.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) => {
	const dataset = loadDataset();
	return {
		lang: langOfPath(params.lang),
		meta: dataset.meta,
		departments: dataset.departments,
		// Only what the table shows: the page stays light.
		rows: dataset.features.map((f) => {
			const p = f.properties;
			const range = (m: 'dead' | 'injured' | 'detained') => {
				const figures = p.casualties?.[m] ?? [];
				if (figures.length === 0) return null;
				const lows = figures.map((x) => x.value ?? x.min ?? x.max ?? 0);
				const highs = figures.map((x) => x.value ?? x.max ?? x.min ?? 0);
				return [Math.min(...lows), Math.max(...highs)] as [number, number];
			};
			return {
				id: p.id,
				date: p.date.start,
				title: p.title,
				kind: p.kind,
				department: p.department,
				place: p.place.name,
				dead: range('dead'),
				injured: range('injured'),
				detained: range('detained'),
				sources: p.sources.length
			};
		}),
		columns: CSV_COLUMNS
	};
};
