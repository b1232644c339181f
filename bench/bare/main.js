// The bare reference page's script (see index.html).
import { Map as MapLibreMap, setWorkerUrl } from './maplibre-gl.mjs';

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);

const size = new URLSearchParams(location.search).get('size') ?? 'bolivia';
const map = new MapLibreMap({
	container: 'map',
	bounds: [-69.7, -23, -57.4, -9.6],
	style: {
		version: 8,
		sources: {
			departments: { type: 'geojson', data: './departments.geojson' },
			events: {
				type: 'geojson',
				data: `./events-${size}.geojson`,
				cluster: true,
				clusterProperties: { dead: ['+', ['get', 'dead']] }
			}
		},
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': '#ece9e2' } },
			{
				id: 'departments:fill',
				type: 'fill',
				source: 'departments',
				paint: { 'fill-color': '#faf8f3' }
			},
			{
				id: 'departments:line',
				type: 'line',
				source: 'departments',
				paint: { 'line-color': '#a59f94' }
			},
			{
				id: 'clusters:circle',
				type: 'circle',
				source: 'events',
				filter: ['has', 'point_count'],
				paint: { 'circle-color': '#E69F00', 'circle-radius': 12 }
			},
			{
				id: 'events:point',
				type: 'circle',
				source: 'events',
				filter: ['!', ['has', 'point_count']],
				paint: { 'circle-color': '#D55E00', 'circle-radius': 5 }
			}
		]
	}
});
window.cabildoMap = map;
