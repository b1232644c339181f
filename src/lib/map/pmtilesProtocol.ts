// MapLibre reads a tiled dataset's PMTiles archive through the `pmtiles://` protocol, with HTTP
// range requests to the page's own origin: any static host serves it, no tile server needed.
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

/** Registers the protocol once per page (it is global to MapLibre). */
export function usePmtilesProtocol(): void {
	if (registered) return;
	addProtocol('pmtiles', new Protocol().tile);
	registered = true;
}
