// Schema problems as the checker prints them: `<where>: <field path>: <message>`, one a line.
import type { z } from 'zod';

function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
		.join('');
}

export function issueLines(prefix: string, error: z.ZodError): string[] {
	return error.issues.map((issue) => {
		const field = fieldPath(issue.path) || '(whole)';
		return `${prefix}: ${field}: ${issue.message}`;
	});
}
