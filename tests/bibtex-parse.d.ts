// The test's BibTeX parser ships no types: what tests/unit/citation.test.ts uses of it.
declare module 'bibtex-parse' {
	/** Each entry: its key, type and fields (field names as written, often upper-cased). */
	export function entries(text: string): Record<string, string>[];
}
