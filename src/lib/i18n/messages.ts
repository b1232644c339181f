/** The one catalogue of user-facing text. Every key exists in every language (checked by the type). */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'es';

const es = {
	appName: 'Cabildo',
	tagline: 'Mapa abierto de la protesta y la represión',
	datasetTitle: 'Bolivia, octubre–noviembre de 2019',
	pageTitle: 'Cabildo — mapa de la protesta y la represión en Bolivia, 2019',
	pageDescription:
		'Mapa abierto de la crisis boliviana de octubre y noviembre de 2019: masacres, cabildos, marchas y bloqueos de carreteras, con cada cifra atribuida a su fuente.',
	mapLabel: 'Mapa de Bolivia con sus nueve departamentos',
	mapLoading: 'Cargando el mapa…',
	mapUnavailable:
		'Este navegador no puede dibujar el mapa (WebGL no está disponible). Los datos siguen disponibles en forma de texto.',
	lakeTiticaca: 'Lago Titicaca'
};

export type Messages = { [K in keyof typeof es]: string };

const en: Messages = {
	appName: 'Cabildo',
	tagline: 'An open map of protest and repression',
	datasetTitle: 'Bolivia, October–November 2019',
	pageTitle: 'Cabildo — a map of protest and repression in Bolivia, 2019',
	pageDescription:
		"An open map of Bolivia's crisis of October and November 2019: massacres, cabildos, marches and road blockades, with every figure attributed to its source.",
	mapLabel: 'Map of Bolivia and its nine departments',
	mapLoading: 'Loading the map…',
	mapUnavailable:
		'This browser cannot draw the map (WebGL is not available). The data is still available as text.',
	lakeTiticaca: 'Lake Titicaca'
};

export const messages: Record<Lang, Messages> = { es, en };

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Picks the first supported language from the browser's preference list. */
export function preferredLang(browserLanguages: readonly string[]): Lang {
	for (const tag of browserLanguages) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return DEFAULT_LANG;
}
