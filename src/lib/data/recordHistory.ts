// A record's history as the data build reads it from git (pipeline/gitHistory.ts,
// pipeline/recordChanges.ts): one entry per commit that changed it, latest first, each with what
// changed in words a reader can follow. Shown on the event page and in the details panel
// (ui/RecordHistory.svelte), and on the dataset's changes page.

export const CASUALTY_HISTORY_MEASURES = ['dead', 'injured', 'detained', 'held'] as const;

/** A figure as the page writes it: "11", "5–8", "≥ 3". */
export type FigureText = string;

export type RecordChange =
	| { kind: 'added' }
	| { kind: 'moved'; km: number; towards: Compass }
	| { kind: 'course' }
	| {
			kind: 'figure';
			measure: (typeof CASUALTY_HISTORY_MEASURES)[number];
			/** Who counted it (the source's publisher). */
			by: string;
			from: FigureText | null;
			to: FigureText | null;
	  }
	| { kind: 'source-added'; publisher: string; title: string }
	| { kind: 'source-removed'; publisher: string; title: string }
	| { kind: 'title'; from: { es: string; en: string }; to: { es: string; en: string } }
	| { kind: 'date'; from: string; to: string }
	| { kind: 'place'; from: string; to: string }
	| { kind: 'precision'; from: string; to: string }
	| { kind: 'radius'; fromM: number; toM: number }
	| { kind: 'status'; from: string | null; to: string | null }
	| { kind: 'kind'; from: string; to: string }
	| { kind: 'description' };

export type Compass = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';

export interface HistoryEntry {
	/** The commit's day (YYYY-MM-DD) and short id. */
	date: string;
	commit: string;
	/** The commit's own explanation (its subject), shown as text. */
	message: string;
	changes: RecordChange[];
}

/** Latest first; the last entry is the record's first appearance ("added"). */
export type RecordHistory = HistoryEntry[];

/**
 * The record's changes since the version a link was pinned to, latest first: every entry after
 * the pinned commit, or dated after the pinned day when the record's history does not name that
 * commit (it changed other records). None when the link is at the current version.
 */
export function changesSince(
	history: RecordHistory,
	pinned: { date: string; commit: string }
): HistoryEntry[] {
	// Short ids: one may be longer than the other.
	const at = history.findIndex(
		(e) => e.commit.startsWith(pinned.commit) || pinned.commit.startsWith(e.commit)
	);
	if (at >= 0) return history.slice(0, at);
	return history.filter((e) => e.date > pinned.date);
}
