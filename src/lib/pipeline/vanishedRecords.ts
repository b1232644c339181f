// A record is never deleted: one that was in a dataset's last commit and is gone from its files
// (without a `retracted` status to keep it) is a problem of `data:check`. The comparison is pure;
// gitHistory.ts reads the committed ids where the folder has a history.

/** Ids of a dataset's features in a committed version, and which version that is. */
export interface CommittedIds {
	/** The short commit id and its day, as the message names them. */
	commit: string;
	date: string;
	ids: ReadonlySet<string>;
}

/** One line per id the commit had and the files no longer have. */
export function vanishedRecordLines(
	folder: string,
	committed: CommittedIds,
	currentIds: ReadonlySet<string>
): string[] {
	const lines: string[] = [];
	for (const id of committed.ids)
		if (!currentIds.has(id))
			lines.push(
				`${folder}: feature ${id}: was in commit ${committed.commit} (${committed.date}) and is gone: a record is never deleted; keep it with "status": { "value": "retracted", "reason": …, "date": … }`
			);
	return lines;
}
