import { describe, expect, it } from 'vitest';
import { numbersInText, textNamesAll, textStatesFigure } from '../../src/lib/data/numbersInText.ts';
import { figureSchema } from '../../src/lib/data/schema.ts';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDatasetFolder, readDepartments } from '../../src/lib/pipeline/readDataset.ts';

const departments = readDepartments();
const FOLDER = 'data/geojson/bolivia-2019';

describe('numbersInText', () => {
	it.each([
		['murieron 8 personas', [8]],
		['la Defensoría dice que los ocho muertos', [8]],
		['un total de 1.112 detenidos', [1112]],
		['1,112 arrests and 715 injured', [1112, 715]],
		['treinta y seis fallecidos', [36]],
		['thirty-six dead', [36]],
		['doscientos veintitrés aprehendidos', [223]],
		['Two hundred twenty-three protesters were arrested', [223]],
		['a hundred detained', [100]],
		['una docena de heridos', [12]],
		['el saldo fue de un muerto y 90 heridos', [1, 90]],
		['treinta y un detenidos', [31]],
		['one hundred and five arrests', [105]],
		['one protester was killed', [1]]
	])('%s', (text, expected) => {
		const found = numbersInText(text);
		for (const n of expected) expect(found.has(n), `${n} in ${[...found]}`).toBe(true);
	});

	it('reads no number where there is none', () => {
		expect([...numbersInText('sin cifras en esta frase')]).toEqual([]);
	});

	it.each([
		'murió tras sufrir un accidente de motocicleta',
		'recibió un impacto de bala',
		'one day later the march went on'
	])('reads no count of one from an article: %s', (text) => {
		expect(numbersInText(text).has(1)).toBe(false);
	});
});

describe('a quote that names the people counted', () => {
	it('names them all, accents and case aside', () => {
		expect(textNamesAll('Limbert Guzman murio', ['Limbert Guzmán'])).toBe(true);
		expect(textNamesAll('Mario Salvatierra murió', ['Mario Salvatierra', 'Marcelo Terrazas'])).toBe(
			false
		);
		expect(textNamesAll('murió un joven', [])).toBe(false);
	});

	it('must name as many people as the figure counts', () => {
		const figure = { source: 'https://example.org/a', named: ['A B', 'C D'] };
		expect(figureSchema.safeParse({ ...figure, value: 2 }).success).toBe(true);
		expect(figureSchema.safeParse({ ...figure, value: 3 }).success).toBe(false);
		expect(figureSchema.safeParse({ ...figure, min: 1 }).success).toBe(true);
		expect(figureSchema.safeParse({ ...figure, max: 1 }).success).toBe(false);
	});
});

describe('textStatesFigure', () => {
	it.each([
		['al menos 11 muertos', { min: 11 }, true],
		['más de 30 heridos', { min: 31 }, true],
		['más de 30 heridos', { min: 33 }, false],
		['entre 60 y 90 heridos', { min: 60, max: 90 }, true],
		['hasta 94 bloqueos', { max: 94 }, true],
		['nueve muertos', { value: 9 }, true],
		['nueve muertos', { value: 10 }, false]
	])('%s states %j: %s', (text, figure, expected) => {
		expect(textStatesFigure(text, figure)).toBe(expected);
	});
});

describe('quotes in the Bolivia 2019 data', () => {
	const read = readDatasetFolder(FOLDER);
	const check = () => checkDataset(read, departments);

	it('quotes at least 90% of the figures, each stating its figure', () => {
		const result = check();
		expect(result.problems).toEqual([]);
		expect(result.quotes.total).toBeGreaterThan(100);
		expect(result.quotes.quoted / result.quotes.total).toBeGreaterThanOrEqual(0.9);
	});

	it('refuses a quoted figure whose number was changed', () => {
		const events = read.files.find((f) => f.path.endsWith('events.geojson'))!;
		const copy = structuredClone(events.json) as {
			features: { properties: { id: string; casualties?: Record<string, unknown[]> } }[];
		};
		const senkata = copy.features.find((f) => f.properties.id === 'senkata-2019-11-19')!;
		const quoted = (
			senkata.properties.casualties!.dead as { value?: number; quote?: object }[]
		).find((f) => f.quote && f.value !== undefined)!;
		quoted.value = quoted.value! + 1;
		const result = checkDataset(
			{ ...read, files: read.files.map((f) => (f === events ? { ...f, json: copy } : f)) },
			departments
		);
		expect(
			result.problems.some((line) =>
				/feature senkata-2019-11-19: casualties\.dead\[\d+\]\.quote: does not state the figure/.test(
					line
				)
			),
			result.problems.join('\n')
		).toBe(true);
	});
	it('refuses a quote that no longer names the person it counts', () => {
		const events = read.files.find((f) => f.path.endsWith('events.geojson'))!;
		const copy = structuredClone(events.json) as {
			features: { properties: { id: string; casualties?: Record<string, unknown[]> } }[];
		};
		const huayculi = copy.features.find(
			(f) => f.properties.id === 'huayculi-quillacollo-2019-11-06'
		)!;
		const named = (
			huayculi.properties.casualties!.dead as { named?: string[]; quote?: object }[]
		).find((f) => f.named && f.quote)!;
		named.named = ['Someone Else'];
		const result = checkDataset(
			{ ...read, files: read.files.map((f) => (f === events ? { ...f, json: copy } : f)) },
			departments
		);
		expect(
			result.problems.some((line) =>
				/huayculi-quillacollo-2019-11-06: casualties\.dead\[\d+\]\.quote: does not state the figure 1/.test(
					line
				)
			),
			result.problems.join('\n')
		).toBe(true);
	});
});
