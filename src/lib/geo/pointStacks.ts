// Points that stand at the same place (a site where several events happened): their markers
// cover each other at every zoom, so the map marks each such stack with its count. Pure.

/** Points closer than this stand at the same place (the chooser lists them together). */
export const SAME_PLACE_M = 60;

type Position = readonly [number, number];

const METRES_PER_DEGREE = 111_320;

/** Approximate ground distance in metres; exact enough at the scale of a site. */
function metresBetween(a: Position, b: Position): number {
	const dx = (a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const dy = a[1] - b[1];
	return Math.hypot(dx, dy) * METRES_PER_DEGREE;
}

/**
 * Groups of point indexes that stand within `toleranceM` of each other, directly or through a
 * chain of such points; only groups of two or more, each in input order. The input is not changed.
 */
export function pointStacks(
	positions: readonly Position[],
	toleranceM: number = SAME_PLACE_M
): number[][] {
	const parent = positions.map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	// A grid of cells `toleranceM` high: only nearby cells can hold a close point (a degree of
	// longitude is shorter away from the equator, so more cells are searched east and west).
	// Cells are named by one number, not a string: at 50,000 points the strings took most of
	// a second of the page's first view.
	const cellDeg = toleranceM / METRES_PER_DEGREE;
	const rows = 2 * Math.ceil(90 / cellDeg) + 3;
	const cellKey = (cx: number, cy: number) => cx * rows + cy;
	const cells = new Map<number, number[]>();
	positions.forEach(([lng, lat], i) => {
		const cx = Math.floor(lng / cellDeg);
		const cy = Math.floor(lat / cellDeg);
		const reach = Math.ceil(1 / Math.max(Math.cos((lat * Math.PI) / 180), 0.05));
		for (let dx = -reach; dx <= reach; dx++)
			for (let dy = -1; dy <= 1; dy++) {
				const cell = cells.get(cellKey(cx + dx, cy + dy));
				if (cell)
					for (const j of cell)
						if (metresBetween(positions[i], positions[j]) < toleranceM) parent[root(i)] = root(j);
			}
		const key = cellKey(cx, cy);
		const cell = cells.get(key);
		if (cell) cell.push(i);
		else cells.set(key, [i]);
	});
	const groups = new Map<number, number[]>();
	positions.forEach((_, i) => {
		const r = root(i);
		const group = groups.get(r);
		if (group) group.push(i);
		else groups.set(r, [i]);
	});
	return [...groups.values()].filter((g) => g.length > 1);
}
