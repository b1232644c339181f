import { describe, expect, it } from 'vitest';
import { numbersInText, textStatesFigure } from '../../src/lib/data/numbersInText.ts';
import { checkDataset } from '../../src/lib/build/check.ts';
import { readDatasetFolder, readDepartments } from '../../src/lib/build/readDataset.ts';

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
		['una docena de heridos', [12]]
	])('%s', (text, expected) => {
		const found = numbersInText(text);
		for (const n of expected) expect(found.has(n), `${n} in ${[...found]}`).toBe(true);
	});

	it('reads no number where there is none', () => {
		expect([...numbersInText('sin cifras en esta frase')]).toEqual([]);
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

	it('quotes at least 80% of the figures, each stating its figure', () => {
		const result = check();
		expect(result.problems).toEqual([]);
		expect(result.quotes.total).toBeGreaterThan(100);
		expect(result.quotes.quoted / result.quotes.total).toBeGreaterThanOrEqual(0.8);
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
});
