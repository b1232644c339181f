// Vitest global setup: the data build stage writes what the server-side modules read, as
// `npm run build` does before the prerender.
import { writeGeneratedData } from '../../src/lib/pipeline/buildData.ts';

export default function setup() {
	writeGeneratedData();
}
