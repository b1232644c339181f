/** The map view as MapLibre's `hash` option writes it: `#zoom/lat/lng[/bearing/pitch]`. */
export interface View {
	zoom: number;
	lat: number;
	lng: number;
	bearing: number;
	pitch: number;
}

export const VIEW_LIMITS = { minZoom: 2, maxZoom: 18, maxPitch: 60, maxLat: 85.0511 } as const;

/** Numbers as people and MapLibre write them (no exponents, no hex, no padding tricks). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function parseNumber(text: string | undefined): number | null {
	if (text === undefined || text.length > 24 || !NUMBER.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Bearing in (-180, 180]. */
function normaliseBearing(degrees: number): number {
	const b = ((((degrees + 180) % 360) + 360) % 360) - 180;
	return b === -180 ? 180 : b;
}

/**
 * Parses a location hash. Returns null (the default view) when it is missing or not a view;
 * clamps zoom and pitch, normalises bearing, and rejects impossible latitudes/longitudes.
 */
export function parseViewHash(hash: string): View | null {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (body.length === 0 || body.length > 200) return null;
	const parts = body.split('/');
	if (parts.length < 3 || parts.length > 5) return null;
	const [zoom, lat, lng] = parts.slice(0, 3).map(parseNumber);
	if (zoom === null || lat === null || lng === null) return null;
	if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
	const bearing = parts[3] === undefined ? 0 : parseNumber(parts[3]);
	const pitch = parts[4] === undefined ? 0 : parseNumber(parts[4]);
	if (bearing === null || pitch === null) return null;
	return {
		zoom: clamp(zoom, VIEW_LIMITS.minZoom, VIEW_LIMITS.maxZoom),
		lat: clamp(lat, -VIEW_LIMITS.maxLat, VIEW_LIMITS.maxLat),
		lng,
		bearing: normaliseBearing(bearing),
		pitch: clamp(pitch, 0, VIEW_LIMITS.maxPitch)
	};
}

/** Writes a view as MapLibre does: coordinate precision grows with zoom; bearing/pitch only when not zero. */
export function formatViewHash(view: View): string {
	const zoom = Math.round(view.zoom * 100) / 100;
	const precision = Math.max(
		0,
		Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10)
	);
	const m = 10 ** precision;
	const lat = Math.round(view.lat * m) / m;
	const lng = Math.round(view.lng * m) / m;
	const bearing = Math.round(view.bearing * 10) / 10;
	const pitch = Math.round(view.pitch);
	let hash = `#${zoom}/${lat}/${lng}`;
	if (bearing !== 0 || pitch !== 0) hash += `/${bearing}`;
	if (pitch !== 0) hash += `/${pitch}`;
	return hash;
}
