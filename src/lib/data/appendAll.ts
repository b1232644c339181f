// Appending a list that may be long. `target.push(...items)` passes every item as an argument,
// and past about 100,000 of them (a million-row import's problems) the call overflows the stack.

/** Appends every item of `items` to `target`, in order. */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
	for (const item of items) target.push(item);
}
