// A record's change (data/recordHistory.ts) in the reader's language: one sentence each, field
// names and words from the message catalogue. Pure.
import type { RecordChange } from '../data/recordHistory.ts';
import { formatNumber } from '../i18n/format.ts';
import { fill, type Lang, type Messages, type TextKey } from '../i18n/messages.ts';

const word = (t: Messages, key: string): string => t[key as TextKey] ?? key;

function distanceText(metres: number, lang: Lang): string {
	return metres >= 1000
		? `${formatNumber(Math.round(metres / 100) / 10, lang)} km`
		: `${formatNumber(metres, lang)} m`;
}

export function historyChangeText(change: RecordChange, t: Messages, lang: Lang): string {
	switch (change.kind) {
		case 'added':
			return t.history_added;
		case 'moved':
			return fill(t.history_moved, {
				km: formatNumber(change.km, lang),
				towards: word(t, `compass_${change.towards}`)
			});
		case 'course':
			return t.history_course;
		case 'figure': {
			const values = { measure: word(t, change.measure), by: change.by };
			if (change.from === null) return fill(t.history_figureAdded, { ...values, to: change.to! });
			if (change.to === null)
				return fill(t.history_figureRemoved, { ...values, from: change.from });
			return fill(t.history_figure, { ...values, from: change.from, to: change.to });
		}
		case 'source-added':
			return fill(t.history_sourceAdded, { publisher: change.publisher, title: change.title });
		case 'source-removed':
			return fill(t.history_sourceRemoved, { publisher: change.publisher, title: change.title });
		case 'title':
			return fill(t.history_title, { from: change.from[lang], to: change.to[lang] });
		case 'date':
		case 'place':
			return fill(t[`history_${change.kind}`], { from: change.from, to: change.to });
		case 'precision':
			return fill(t.history_precision, {
				from: word(t, `precision_${change.from}`),
				to: word(t, `precision_${change.to}`)
			});
		case 'radius':
			return fill(t.history_radius, {
				from: distanceText(change.fromM, lang),
				to: distanceText(change.toM, lang)
			});
		case 'status': {
			const name = (s: string | null) => (s ? word(t, `statusName_${s}`) : t.historyNoStatus);
			return fill(t.history_status, { from: name(change.from), to: name(change.to) });
		}
		case 'kind':
			return fill(t.history_kind, {
				from: word(t, `kind_${change.from}`),
				to: word(t, `kind_${change.to}`)
			});
		case 'description':
			return t.history_description;
	}
}
