// Named places to test coordinates against (GeoNames). Pure: the file is read by the caller.

export interface GazetteerPlace {
	/** GeoNames id (https://www.geonames.org/<id>); null for a place from another source. */
	id: number | null;
	name: string;
	alt: string[];
	lat: number;
	lng: number;
	/** Where a place that is not from GeoNames comes from. */
	source?: string;
}

/** How a message names the place and its source. */
export function describePlace(place: GazetteerPlace): string {
	return place.id === null
		? `${place.name} (${place.source ?? 'gazetteer'})`
		: `${place.name} (GeoNames ${place.id})`;
}

/** Lower case, without accents or apostrophes, spaces folded: "K’ara K’ara" → "kara kara". */
export function normalisePlaceName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’`´]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export type GazetteerIndex = Map<string, GazetteerPlace[]>;

/** Places by normalised name and alternate name. */
export function indexGazetteer(places: readonly GazetteerPlace[]): GazetteerIndex {
	const index: GazetteerIndex = new Map();
	for (const place of places) {
		for (const name of new Set([place.name, ...place.alt].map(normalisePlaceName))) {
			const list = index.get(name) ?? [];
			list.push(place);
			index.set(name, list);
		}
	}
	return index;
}

/**
 * The names a feature's place could be looked up by: the whole name, its alternate names, and
 * each part between separators ("Puente Huayllani, Sacaba" → "puente huayllani", "sacaba").
 */
export function candidateNames(name: string, altNames: readonly string[] = []): string[] {
	const names = new Set<string>();
	for (const full of [name, ...altNames]) {
		names.add(normalisePlaceName(full));
		for (const part of full.split(/[,;()/]|\s[–—-]\s|\sy\s/)) {
			const n = normalisePlaceName(part);
			if (n.length > 2) names.add(n);
		}
	}
	return [...names];
}
