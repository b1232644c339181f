// What the basemap is drawn from; all of it ships with the site.
import type { FeatureCollection } from 'geojson';

/** The embedded basemap's data: all of it ships with the site, none is fetched from elsewhere. */
export interface BasemapData {
	departments: FeatureCollection;
	borders: FeatureCollection;
	neighbours: FeatureCollection;
	lakes: FeatureCollection;
	places: FeatureCollection;
	/** Trunk roads, schematic lines through their towns (data/gazetteer/routes.json). */
	roads: FeatureCollection;
}
