import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadDataset } from '../../src/lib/server/dataset.ts';
import { CSV_COLUMNS, toCsv, toGeoJson } from '../../src/lib/data/downloads.ts';
import type { PublicFeature } from '../../src/lib/data/publicData.ts';
import { figureHigh, figureLow } from '../../src/lib/data/figures.ts';

const dataset = loadDataset();

describe('downloads', () => {
	it('GeoJSON round-trips every feature and figure', () => {
		const back = JSON.parse(toGeoJson(dataset));
		expect(back.features).toEqual(JSON.parse(JSON.stringify(dataset.features)));
		expect(back.metadata.reported_totals).toEqual(dataset.meta.reported_totals);
	});

	it('CSV round-trips every feature, place and figure range', () => {
		const parsed = Papa.parse<Record<string, string>>(toCsv(dataset), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(CSV_COLUMNS.map(([name]) => name));
		expect(parsed.data).toHaveLength(dataset.features.length);
		const unguard = (s: string) => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);
		for (const [i, f] of dataset.features.entries()) {
			const row = parsed.data[i];
			const p = f.properties;
			expect(row.event_id_cnty).toBe(p.id);
			expect(row.event_date).toBe(p.date.start);
			expect(unguard(row.location)).toBe(p.place.name);
			expect(unguard(row.notes)).toBe(p.description.en);
			for (const m of ['dead', 'injured', 'detained'] as const) {
				const figures = p.casualties?.[m] ?? [];
				// The conservative figure leaves out interim counts that a later count replaced.
				const standing = figures.filter((f) => !f.interim);
				const low = figures.length ? String(Math.min(...standing.map(figureLow))) : '';
				const high = figures.length ? String(Math.max(...figures.map(figureHigh))) : '';
				expect(row[`${m}_min`], `${p.id} ${m}`).toBe(low);
				expect(row[`${m}_max`], `${p.id} ${m}`).toBe(high);
			}
			expect(row.source_urls.split(' ')).toEqual(p.sources.map((s) => s.url));
			if (f.geometry.type === 'Point') {
				expect(Number(row.longitude)).toBe(f.geometry.coordinates[0]);
				expect(Number(row.latitude)).toBe(f.geometry.coordinates[1]);
			}
		}
	});

	it('quotes commas, quotes and newlines, and defuses spreadsheet formulas in text', () => {
		const [first] = dataset.features;
		const tricky: PublicFeature = {
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [-68.15, -16.5] },
			properties: {
				...first.properties,
				place: { name: 'a,b', alt_names: [] },
				title: { es: 'say "hi"', en: '=HYPERLINK("x")' },
				description: { es: 'two\nlines', en: '@SUM(A1)' }
			}
		};
		const csv = toCsv({ ...dataset, features: [tricky] });
		const line = csv.slice(csv.indexOf('\r\n') + 2);
		expect(line).toContain(',"a,b",');
		expect(line).toContain(',"say ""hi""",');
		expect(line).toContain(`,"'=HYPERLINK(""x"")",`);
		expect(line).toContain(`,"'@SUM(A1)",`);
		expect(line).toContain(',"two\nlines",');
		expect(line).toContain(',-16.5,-68.15,'); // numbers are never escaped, minus sign or not
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('every published figure names a source the feature lists', () => {
		for (const f of dataset.features) {
			const urls = new Set(f.properties.sources.map((s) => s.url));
			expect(f.properties.sources.length).toBeGreaterThan(0);
			for (const m of ['dead', 'injured', 'detained'] as const) {
				for (const figure of f.properties.casualties?.[m] ?? []) {
					expect(urls.has(figure.source), `${f.properties.id} ${m}`).toBe(true);
				}
			}
			for (const c of f.properties.reported_count ?? []) expect(urls.has(c.source)).toBe(true);
		}
		for (const t of dataset.meta.reported_totals) expect(t.source.url).toMatch(/^https?:\/\//);
	});
});
