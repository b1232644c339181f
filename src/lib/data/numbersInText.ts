// The numbers a sentence states, as digits or as Spanish and English number words, so that a
// figure's quote can be checked against the figure. Pure.
import type { FigureBounds } from './figures.ts';

const UNITS: Record<string, number> = {
	cero: 0,
	uno: 1,
	dos: 2,
	tres: 3,
	cuatro: 4,
	cinco: 5,
	seis: 6,
	siete: 7,
	ocho: 8,
	nueve: 9,
	diez: 10,
	once: 11,
	doce: 12,
	trece: 13,
	catorce: 14,
	quince: 15,
	dieciseis: 16,
	diecisiete: 17,
	dieciocho: 18,
	diecinueve: 19,
	veinte: 20,
	veintiun: 21,
	veintiuno: 21,
	veintiuna: 21,
	veintidos: 22,
	veintitres: 23,
	veinticuatro: 24,
	veinticinco: 25,
	veintiseis: 26,
	veintisiete: 27,
	veintiocho: 28,
	veintinueve: 29,
	zero: 0,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	// A dozen, una decena: the words a report uses for a rough count.
	docena: 12,
	dozen: 12,
	decena: 10
};

// "un", "una" and "one" are also articles ("un accidente", "one day"): they state a count of one
// only before a word for a person or a casualty.
const ARTICLE_ONE = new Set(['un', 'una', 'one']);
const PERSON_WORDS = new Set([
	'muerto',
	'muerta',
	'fallecido',
	'fallecida',
	'herido',
	'herida',
	'detenido',
	'detenida',
	'aprehendido',
	'aprehendida',
	'cadaver',
	'cuerpo',
	'persona',
	'victima',
	'joven',
	'hombre',
	'mujer',
	'menor',
	'nino',
	'nina',
	'civil',
	'manifestante',
	'comunario',
	'vecino',
	'vecina',
	'estudiante',
	'dirigente',
	'luchador',
	'policia',
	'suboficial',
	'oficial',
	'sargento',
	'coronel',
	'militar',
	'soldado',
	'uniformado',
	'efectivo',
	'agente',
	'dead',
	'death',
	'body',
	'person',
	'victim',
	'man',
	'woman',
	'child',
	'protester',
	'student',
	'officer',
	'policeman',
	'soldier',
	'detainee'
]);

const TENS: Record<string, number> = {
	treinta: 30,
	cuarenta: 40,
	cincuenta: 50,
	sesenta: 60,
	setenta: 70,
	ochenta: 80,
	noventa: 90,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	twenty: 20
};

const HUNDREDS: Record<string, number> = {
	cien: 100,
	hundred: 100,
	ciento: 100,
	doscientos: 200,
	doscientas: 200,
	trescientos: 300,
	trescientas: 300,
	cuatrocientos: 400,
	cuatrocientas: 400,
	quinientos: 500,
	quinientas: 500,
	seiscientos: 600,
	seiscientas: 600,
	setecientos: 700,
	setecientas: 700,
	ochocientos: 800,
	ochocientas: 800,
	novecientos: 900,
	novecientas: 900
};

const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');

/** The numbers a text states in digits (thousands separators of either language allowed). */
export function numbersIn(text: string): number[] {
	return [...text.matchAll(/\d{1,3}(?:[.,\u00a0]\d{3})+(?![\d])|\d+/g)].map((m) =>
		Number(m[0].replace(/[.,\u00a0]/g, ''))
	);
}

/** A number below 100 starting at words[i] ("treinta y seis", "thirty-six", "ocho"): [value, words used]. */
function belowHundred(words: readonly string[], i: number): [number, number] | null {
	const w = words[i];
	if (w === undefined) return null;
	if (w in TENS) {
		const joined = words[i + 1] === 'y';
		const next = words[i + (joined ? 2 : 1)];
		const unit = next === undefined ? undefined : ARTICLE_ONE.has(next) ? 1 : UNITS[next];
		if (unit !== undefined && unit > 0 && unit < 10) return [TENS[w] + unit, joined ? 3 : 2];
		return [TENS[w], 1];
	}
	if (w in UNITS) return [UNITS[w], 1];
	return null;
}

/** Number words, alone or joined ("treinta y seis", "doscientos veintitrés", "two hundred and five"). */
function wordNumbers(text: string): number[] {
	const words = fold(text)
		.split(/[^a-z]+/)
		.filter(Boolean);
	const found: number[] = [];
	for (let i = 0; i < words.length;) {
		let hundreds = 0;
		let used = 0;
		if (words[i] in HUNDREDS) {
			hundreds = HUNDREDS[words[i]];
			used = 1;
		} else if ((words[i] in UNITS || words[i] === 'one') && words[i + 1] === 'hundred') {
			hundreds = (UNITS[words[i]] ?? 1) * 100;
			used = 2;
		}
		if (hundreds > 0) {
			const skip = words[i + used] === 'and' ? 1 : 0;
			const rest = belowHundred(words, i + used + skip);
			if (rest) found.push(hundreds + rest[0]);
			found.push(hundreds);
			i += used + (rest ? skip + rest[1] : 0);
			continue;
		}
		if (ARTICLE_ONE.has(words[i])) {
			if (PERSON_WORDS.has(words[i + 1])) found.push(1);
			i++;
			continue;
		}
		const small = belowHundred(words, i);
		if (small) {
			found.push(small[0]);
			i += small[1];
		} else i++;
	}
	return found;
}

/** Every number the text states, in digits or in words. */
export function numbersInText(text: string): Set<number> {
	return new Set([...numbersIn(text), ...wordNumbers(text)]);
}

/** Whether a text names every one of these people (accents and case aside). */
export function textNamesAll(text: string, names: readonly string[]): boolean {
	const folded = fold(text);
	return names.length > 0 && names.every((name) => folded.includes(fold(name)));
}

/**
 * Whether a text states a figure: its value; for "at least n", n (or n − 1: "more than n − 1" is
 * stored as at least n); for "up to n", n; for a range, both ends.
 */
export function textStatesFigure(text: string, figure: FigureBounds): boolean {
	const numbers = numbersInText(text);
	if (figure.value !== undefined) return numbers.has(figure.value);
	const minOk = figure.min === undefined || numbers.has(figure.min) || numbers.has(figure.min - 1);
	const maxOk = figure.max === undefined || numbers.has(figure.max);
	return minOk && maxOk;
}
