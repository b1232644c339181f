// What the checker finds, as data: which file, which feature (or which other part of the file:
// a story's step, a claim), which field, the rule that found it and what is wrong. The importer
// reads the feature from it; data:check and the build print it as one line,
// `file: feature <id>: field: message`. Pure.
import type { EventFeature } from '../data/schema.ts';

export interface CheckIssue {
	/** The file's path as messages show it. */
	file: string;
	/** The feature's id, or `#<index>` for one without a usable id. */
	feature?: string;
	/** Another part of the file (`step 2`, `claim senkata-dead`), for what is not a feature. */
	part?: string;
	/** The field's path (`casualties.dead[0].quote`), or `(whole)`. */
	field: string;
	/** The rule that found it, a short name (`schema`, `duplicate-id`, `outside-area`...). */
	rule: string;
	message: string;
}

/** A feature's place in its file: the start of each of its issues. */
export interface LocatedFeature {
	file: string;
	feature: EventFeature;
}

/** An issue of a located feature. */
export const featureIssue = (
	{ file, feature }: LocatedFeature,
	field: string,
	rule: string,
	message: string
): CheckIssue => ({ file, feature: feature.properties.id, field, rule, message });

/** The issue as data:check prints it. */
export function issueLine(issue: CheckIssue): string {
	const where =
		issue.feature !== undefined ? `feature ${issue.feature}` : (issue.part ?? undefined);
	return [issue.file, where, issue.field, issue.message].filter((s) => s !== undefined).join(': ');
}
