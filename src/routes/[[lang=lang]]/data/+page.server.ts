import { loadDataset } from '#lib/server/dataset.ts';
import { langOfPath } from '#lib/i18n/messages.ts';
import { CSV_COLUMNS } from '#lib/data/downloads.ts';
import { conservativeFigure, highestFigure } from '#lib/data/figures.ts';

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
				const low = conservativeFigure(p.casualties?.[m]);
				return low === null ? null : ([low, highestFigure(p.casualties?.[m])!] as [number, number]);
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
