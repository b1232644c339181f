import type { Kind } from '../data/schema.ts';

/**
 * The map's toggleable layer groups, in legend order. Each data kind belongs to one group;
 * the blockade groups can be switched together or one by one.
 */
export const LAYER_IDS = [
	'violence',
	'assembly',
	'marches',
	'political',
	'blockade-points',
	'blockade-sections',
	'departments'
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const BLOCKADE_LAYERS: readonly LayerId[] = ['blockade-points', 'blockade-sections'];

export const LAYER_OF_KIND: Record<Kind, LayerId> = {
	massacre: 'violence',
	clash: 'violence',
	death: 'violence',
	cabildo: 'assembly',
	mobilisation: 'assembly',
	occupation: 'assembly',
	march: 'marches',
	political: 'political',
	blockade: 'blockade-points',
	'blockade-section': 'blockade-sections'
};

export function isLayerId(value: string): value is LayerId {
	return (LAYER_IDS as readonly string[]).includes(value);
}
