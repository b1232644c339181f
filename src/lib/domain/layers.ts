// The map's layers, stated once: which kinds each draws, its colour, its name in the legend and
// where it sits there. The map's style specs, the legend, the list's filter, the page's data and
// the downloads' category all derive from this table. Adding a layer is adding a row here (and
// its name to the message catalogue).
import type { TextKey } from '../i18n/messages.ts';
import { KINDS, type Kind } from './kinds.ts';

export interface LayerDefinition {
	id: string;
	/** Kinds of event drawn on this layer; none for a layer of the basemap. */
	kinds: readonly Kind[];
	/** The group kinds share in styles and downloads (two blockade layers, one category). */
	category?: string;
	/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
	color: string;
	label: TextKey;
	hint?: TextKey;
	/** Where the legend shows its toggle: at the top, under "Road blockades", or last. */
	legend: 'top' | 'blockades' | 'regions';
	swatch: 'circle' | 'line' | 'border';
	/** The legend offers it only for a dataset that has such events. */
	onlyWhenPresent?: boolean;
}

export const LAYERS = [
	{
		id: 'violence',
		kinds: ['massacre', 'clash', 'death'],
		category: 'violence',
		color: '#D55E00',
		label: 'layerViolence',
		hint: 'layerViolenceHint',
		legend: 'top',
		swatch: 'circle'
	},
	{
		id: 'assembly',
		kinds: ['cabildo', 'mobilisation', 'occupation'],
		category: 'assembly',
		color: '#0072B2',
		label: 'layerAssembly',
		legend: 'top',
		swatch: 'circle'
	},
	{
		id: 'marches',
		kinds: ['march'],
		category: 'march',
		color: '#009E73',
		label: 'layerMarches',
		legend: 'top',
		swatch: 'line'
	},
	{
		id: 'political',
		kinds: ['political'],
		category: 'political',
		color: '#CC79A7',
		label: 'layerPolitical',
		legend: 'top',
		swatch: 'circle'
	},
	{
		id: 'blockade-points',
		kinds: ['blockade'],
		category: 'blockade',
		color: '#E69F00',
		label: 'layerBlockadePoints',
		legend: 'blockades',
		swatch: 'circle'
	},
	{
		id: 'blockade-sections',
		kinds: ['blockade-section'],
		category: 'blockade',
		color: '#E69F00',
		label: 'layerBlockadeSections',
		legend: 'blockades',
		swatch: 'line'
	},
	{
		id: 'departments',
		kinds: [],
		color: '#a59f94',
		label: 'layerDepartments',
		legend: 'regions',
		swatch: 'border'
	},
	{
		// Last, so that the layers' indexes in summaries and tiles keep their meaning.
		id: 'other',
		kinds: ['other'],
		category: 'other',
		// Neutral grey: no claim about what the events are.
		color: '#7a7a7a',
		label: 'layerOther',
		hint: 'layerOtherHint',
		legend: 'top',
		swatch: 'circle',
		onlyWhenPresent: true
	}
] as const satisfies readonly LayerDefinition[];

export type Layer = (typeof LAYERS)[number];
export type LayerId = Layer['id'];
/** The layers that draw events (all but the basemap's). */
type EventLayer = Extract<Layer, { category: string }>;
export type EventLayerId = EventLayer['id'];
export type Category = EventLayer['category'];

/** The toggleable layers, in legend order. */
export const LAYER_IDS: readonly LayerId[] = LAYERS.map((l) => l.id);

export const EVENT_LAYERS: readonly EventLayer[] = LAYERS.filter(
	(l): l is EventLayer => 'category' in l
);
export const EVENT_LAYER_IDS: readonly EventLayerId[] = EVENT_LAYERS.map((l) => l.id);

/** The layers under the legend's "Road blockades" group, switched together or one by one. */
export const BLOCKADE_LAYERS: readonly LayerId[] = LAYERS.filter(
	(l) => l.legend === 'blockades'
).map((l) => l.id);

const layerOfKind = (kind: Kind): EventLayer => {
	const layer = EVENT_LAYERS.find((l) => (l.kinds as readonly Kind[]).includes(kind));
	if (!layer) throw new Error(`kind ${kind} is on no layer`);
	return layer;
};

export const LAYER_OF_KIND = Object.fromEntries(KINDS.map((k) => [k, layerOfKind(k).id])) as Record<
	Kind,
	EventLayerId
>;

/** Categories group kinds for styling and the downloads' category column. */
export const CATEGORY_OF_KIND = Object.fromEntries(
	KINDS.map((k) => [k, layerOfKind(k).category])
) as Record<Kind, Category>;

export const LAYER_COLORS = Object.fromEntries(EVENT_LAYERS.map((l) => [l.id, l.color])) as Record<
	EventLayerId,
	string
>;

export const layerDefinition = (id: LayerId): LayerDefinition => LAYERS.find((l) => l.id === id)!;

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}
