// The zoom at which a point stands apart from its nearest neighbour, for a link that opens at an
// event (`?event=`): close enough to tell it from the events around it, no closer. Pure.
import distance from '@turf/distance';
import { SAME_PLACE_M } from './pointStacks.ts';

type Position = readonly [number, number];

/** Metres per pixel at zoom 0 on the equator (512-pixel tiles, as MapLibre draws). */
const METRES_PER_PIXEL_Z0 = 78_271.517;

export interface DistinctZoomOptions {
	/** Pixels between the point and its nearest neighbour. */
	apartPx?: number;
	min?: number;
	max?: number;
	/** Neighbours closer than this stand at the same place (the chooser lists them). */
	samePlaceM?: number;
}

export function distinctZoom(
	at: Position,
	others: readonly Position[],
	{ apartPx = 40, min = 9, max = 13, samePlaceM = SAME_PLACE_M }: DistinctZoomOptions = {}
): number {
	let nearest = Infinity;
	for (const other of others) {
		const metres = distance([...at], [...other], { units: 'meters' });
		if (metres >= samePlaceM && metres < nearest) nearest = metres;
	}
	if (!Number.isFinite(nearest)) return min;
	const metresPerPixelZ0 = METRES_PER_PIXEL_Z0 * Math.cos((at[1] * Math.PI) / 180);
	const zoom = Math.log2((apartPx * metresPerPixelZ0) / nearest);
	return Math.min(max, Math.max(min, zoom));
}
