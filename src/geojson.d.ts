// GeoJSON files are imported as parsed collections (see the `geojson` plugin in vite.config.ts).
declare module '*.geojson' {
	const collection: import('geojson').FeatureCollection;
	export default collection;
}
