// Equal sources made one object. Dozens of features cite the same article; the page's data is
// serialised with devalue, which writes an object met twice only once and refers to it after.
import type { PublicFeature } from './publicData.ts';
import type { Source } from './schema.ts';

/** The features with every equal source (also a location's) replaced by one shared object. */
export function withSharedSources(features: readonly PublicFeature[]): PublicFeature[] {
	const byKey = new Map<string, Source>();
	const shared = (source: Source): Source => {
		const key = JSON.stringify(source);
		const known = byKey.get(key);
		if (known) return known;
		byKey.set(key, source);
		return source;
	};
	return features.map((f) => ({
		...f,
		properties: {
			...f.properties,
			sources: f.properties.sources.map(shared),
			location: { ...f.properties.location, source: shared(f.properties.location.source) }
		}
	}));
}
