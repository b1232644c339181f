// Label placement for the static maps: each name tries the right of its dot, then the left, above
// and below, then the same a little farther out, and is left out if every spot overlaps a name already placed, a kept-clear area
// (the highlighted event) or the frame's edge. Names earlier in the list are placed first. Pure.

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface LabelCandidate {
	text: string;
	x: number;
	y: number;
}

export interface PlacedLabel extends LabelCandidate {
	/** Where the text starts: SVG `x`, `y` and `text-anchor`. */
	textX: number;
	textY: number;
	anchor: 'start' | 'end' | 'middle';
	box: Box;
}

/** A conservative width for sans-serif text (wider than most glyphs). */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
	candidates: readonly LabelCandidate[],
	frame: { width: number; height: number },
	options: { fontSize?: number; gap?: number; keepClear?: readonly Box[] } = {}
): PlacedLabel[] {
	const { fontSize = 10, gap = 4, keepClear = [] } = options;
	const placed: PlacedLabel[] = [];
	const ascent = fontSize * 0.75;
	const descent = fontSize * 0.25;
	for (const c of candidates) {
		const w = textWidth(c.text, fontSize);
		// The text's baseline sits a little below the dot's centre when beside it.
		const mid = c.y + ascent / 2 - descent / 2;
		// Beside the dot first, then a little farther out (past a ring drawn next to it).
		const spots: Omit<PlacedLabel, keyof LabelCandidate>[] = [gap, gap * 4].flatMap((g) => [
			{ textX: c.x + g, textY: mid, anchor: 'start', box: box(c.x + g, mid, w, 'start') },
			{ textX: c.x - g, textY: mid, anchor: 'end', box: box(c.x - g, mid, w, 'end') },
			{ textX: c.x, textY: c.y - g, anchor: 'middle', box: box(c.x, c.y - g, w, 'middle') },
			{
				textX: c.x,
				textY: c.y + g + ascent,
				anchor: 'middle',
				box: box(c.x, c.y + g + ascent, w, 'middle')
			}
		]);
		const spot = spots.find(
			(s) =>
				s.box.x0 >= 0 &&
				s.box.y0 >= 0 &&
				s.box.x1 <= frame.width &&
				s.box.y1 <= frame.height &&
				!keepClear.some((k) => overlaps(k, s.box)) &&
				!placed.some((p) => overlaps(p.box, s.box))
		);
		if (spot) placed.push({ ...c, ...spot });
	}
	return placed;

	function box(x: number, baseline: number, w: number, anchor: PlacedLabel['anchor']): Box {
		const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		return { x0, y0: baseline - ascent, x1: x0 + w, y1: baseline + descent };
	}
}
