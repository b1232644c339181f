// Where the chooser of events at one spot opens inside the map: centred under the point when it
// fits, above it when the point is low, never past an edge. Pure; sizes in CSS pixels.

export interface ChooserPlacement {
	left: number;
	top: number;
	maxHeight: number;
}

const WIDTH = 320;
const GAP = 12;
const MARGIN = 8;

export function chooserPlacement(
	point: { x: number; y: number },
	area: { width: number; height: number }
): ChooserPlacement {
	const left = Math.max(MARGIN, Math.min(point.x - WIDTH / 2, area.width - WIDTH - MARGIN));
	const below = area.height - point.y - GAP - MARGIN;
	const above = point.y - GAP - MARGIN;
	if (below >= 240 || below >= above)
		return { left, top: point.y + GAP, maxHeight: Math.max(120, below) };
	const maxHeight = Math.max(120, above);
	return { left, top: Math.max(MARGIN, point.y - GAP - maxHeight), maxHeight };
}
