// Schema problems as checker issues: one per zod issue, at its field path.
import type { z } from 'zod';
import type { CheckIssue } from './checkIssue.ts';

function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
		.join('');
}

/** The issues of a schema error, each at `where` (a file, and a feature or part of it). */
export function schemaIssues(
	where: Pick<CheckIssue, 'file' | 'feature' | 'part'>,
	error: z.ZodError
): CheckIssue[] {
	return error.issues.map((issue) => ({
		...where,
		field: fieldPath(issue.path) || '(whole)',
		rule: 'schema',
		message: issue.message
	}));
}
