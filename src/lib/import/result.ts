import type { EventFeature } from '../data/schema.ts';
import type { ImportProblem, RecordPosition } from './problems.ts';

/** What an importer made of its records: the features it could convert, and every problem. */
export interface ImportResult {
	features: { at: RecordPosition; feature: EventFeature }[];
	problems: ImportProblem[];
}
