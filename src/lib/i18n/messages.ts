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
	lakeTiticaca: 'Lago Titicaca',
	languageName: 'Español',
	switchLanguage: 'Read in English',
	switchLanguageLabel: 'Idioma',
	layersHeading: 'Capas',
	listHeading: 'Lista de hechos',
	listCount: '{count} hechos en las capas visibles',
	listEmpty: 'Ninguna capa visible: active una capa para ver sus hechos.',
	showPanel: 'Capas y lista',
	hidePanel: 'Ocultar panel',
	layerViolence: 'Masacres, enfrentamientos y muertes',
	layerViolenceHint: 'Tamaño según muertos; borde según heridos',
	layerAssembly: 'Cabildos y movilizaciones',
	layerMarches: 'Marchas',
	layerPolitical: 'Actos de gobierno',
	layerBlockades: 'Bloqueos de carreteras',
	layerBlockadePoints: 'Puntos de bloqueo',
	layerBlockadeSections: 'Tramos bloqueados',
	layerDepartments: 'Límites departamentales',
	legendApproximate: 'Ubicación aproximada (radio de incertidumbre)',
	legendApproximateLine: 'Trazado aproximado',
	legendSelected: 'Hecho seleccionado',
	kind_massacre: 'Masacre',
	kind_clash: 'Enfrentamiento',
	kind_death: 'Muerte',
	kind_cabildo: 'Cabildo',
	kind_mobilisation: 'Movilización',
	kind_occupation: 'Toma',
	kind_march: 'Marcha',
	kind_blockade: 'Bloqueo',
	'kind_blockade-section': 'Tramo bloqueado',
	kind_political: 'Acto de gobierno',
	dead: 'Muertos',
	injured: 'Heridos',
	detained: 'Detenidos',
	casualtiesHeading: 'Víctimas según cada fuente',
	casualtiesNone: 'Ninguna fuente consultada da cifras de víctimas para este hecho.',
	figureAtLeast: 'al menos {n}',
	figureUpTo: 'hasta {n}',
	sourceColumn: 'Fuente',
	figureColumn: 'Cifra',
	dateLabel: 'Fecha',
	dateApproximate: 'fecha aproximada',
	activeDatesLabel: 'Días con bloqueo reportado',
	placeLabel: 'Lugar',
	alsoSpelled: 'también escrito',
	departmentLabel: 'Departamento',
	locationLabel: 'Ubicación',
	precision_exact: 'exacta',
	precision_locality: 'centro de la localidad',
	precision_approximate: 'aproximada',
	radius: 'radio de {km} km',
	radiusMetres: 'radio de {m} m',
	coordinatesFrom: 'Coordenadas según',
	reportedCountHeading: 'Bloqueos contados en el tramo',
	reportedCount: '{n} bloqueos el {date}',
	descriptionLabel: 'Descripción',
	sourcesHeading: 'Fuentes',
	opensInNewTab: '(se abre en una pestaña nueva)',
	closeDetails: 'Cerrar detalles',
	detailsLabel: 'Detalles del hecho',
	chooseFeature: 'Hay varios hechos en este punto. Elija uno:',
	chooseFeatureLabel: 'Hechos en este punto',
	cancel: 'Cancelar',
	copyLink: 'Copiar enlace',
	linkCopied: 'Enlace copiado',
	linkCopyFailed: 'No se pudo copiar; copie la dirección de la barra del navegador.',
	share: 'Compartir',
	shareTitle: 'Cabildo: {title}'
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
	lakeTiticaca: 'Lake Titicaca',
	languageName: 'English',
	switchLanguage: 'Leer en español',
	switchLanguageLabel: 'Language',
	layersHeading: 'Layers',
	listHeading: 'List of events',
	listCount: '{count} events in the visible layers',
	listEmpty: 'No layer is visible: turn a layer on to see its events.',
	showPanel: 'Layers and list',
	hidePanel: 'Hide panel',
	layerViolence: 'Massacres, clashes and deaths',
	layerViolenceHint: 'Size by deaths; outline by injured',
	layerAssembly: 'Cabildos and mobilisations',
	layerMarches: 'Marches',
	layerPolitical: 'Government acts',
	layerBlockades: 'Road blockades',
	layerBlockadePoints: 'Blockade points',
	layerBlockadeSections: 'Blockaded road sections',
	layerDepartments: 'Department boundaries',
	legendApproximate: 'Approximate location (uncertainty radius)',
	legendApproximateLine: 'Approximate route',
	legendSelected: 'Selected event',
	kind_massacre: 'Massacre',
	kind_clash: 'Clash',
	kind_death: 'Death',
	kind_cabildo: 'Cabildo (open assembly)',
	kind_mobilisation: 'Mobilisation',
	kind_occupation: 'Occupation',
	kind_march: 'March',
	kind_blockade: 'Blockade',
	'kind_blockade-section': 'Blockaded road section',
	kind_political: 'Government act',
	dead: 'Dead',
	injured: 'Injured',
	detained: 'Detained',
	casualtiesHeading: 'Casualties according to each source',
	casualtiesNone: 'No source consulted gives casualty figures for this event.',
	figureAtLeast: 'at least {n}',
	figureUpTo: 'up to {n}',
	sourceColumn: 'Source',
	figureColumn: 'Figure',
	dateLabel: 'Date',
	dateApproximate: 'approximate date',
	activeDatesLabel: 'Days with the blockade reported',
	placeLabel: 'Place',
	alsoSpelled: 'also spelled',
	departmentLabel: 'Department',
	locationLabel: 'Location',
	precision_exact: 'exact',
	precision_locality: 'town centre',
	precision_approximate: 'approximate',
	radius: '{km} km radius',
	radiusMetres: '{m} m radius',
	coordinatesFrom: 'Coordinates from',
	reportedCountHeading: 'Blockades counted on the section',
	reportedCount: '{n} blockades on {date}',
	descriptionLabel: 'Description',
	sourcesHeading: 'Sources',
	opensInNewTab: '(opens in a new tab)',
	closeDetails: 'Close details',
	detailsLabel: 'Event details',
	chooseFeature: 'Several events are at this spot. Choose one:',
	chooseFeatureLabel: 'Events at this spot',
	cancel: 'Cancel',
	copyLink: 'Copy link',
	linkCopied: 'Link copied',
	linkCopyFailed: 'Could not copy; copy the address from the browser bar.',
	share: 'Share',
	shareTitle: 'Cabildo: {title}'
};

export const messages: Record<Lang, Messages> = { es, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

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
