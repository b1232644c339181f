// npm run data:roads — writes data/geojson/boundaries/roads.geojson, the basemap's trunk roads:
// one schematic line per road through the gazetteer points of the towns it passes, in order
// (data/gazetteer/routes.json, sources there). Committed; a unit test keeps it in step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGazetteer, readRoutes } from '../src/lib/pipeline/readDataset.ts';
import { routeLines } from '../src/lib/geo/routes.ts';

const lines = routeLines(readRoutes(), readGazetteer());
const out = join(process.cwd(), 'data/geojson/boundaries/roads.geojson');
writeFileSync(out, `${JSON.stringify(lines)}\n`);
console.log(`${out}: ${lines.features.length} roads`);
