import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';

/** A finger's slack around a click, in pixels: a tap picks what it nearly hit. */
const SLACK = 6;

/** The ids of the features of `layers` (those the map holds) drawn within a tap of `point`. */
export function featureIdsAt(
	map: MapLibreMap,
	point: { x: number; y: number },
	layers: readonly string[]
): string[] {
	const held = layers.filter((id) => map.getLayer(id));
	if (held.length === 0) return [];
	const box: [PointLike, PointLike] = [
		[point.x - SLACK, point.y - SLACK],
		[point.x + SLACK, point.y + SLACK]
	];
	const hits = map.queryRenderedFeatures(box, { layers: held });
	return [...new Set(hits.map((f) => String(f.properties.id)))];
}
