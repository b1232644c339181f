// How much of the map a panel covers, as camera padding: the selected event is centred in the
// part that stays visible (left of the details panel on wide screens, above the sheet on phones).
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export function visiblePadding(map: Box, panel: Box | null): Padding {
	const padding = { top: 0, right: 0, bottom: 0, left: 0 };
	if (!panel) return padding;
	const width = Math.min(map.right, panel.right) - Math.max(map.left, panel.left);
	const height = Math.min(map.bottom, panel.bottom) - Math.max(map.top, panel.top);
	if (width <= 0 || height <= 0) return padding;
	const mapWidth = map.right - map.left;
	const mapHeight = map.bottom - map.top;
	if (height >= mapHeight * 0.9 && width < mapWidth) {
		// A side panel, full height: on the right or the left.
		if (panel.left > map.left) padding.right = map.right - Math.max(map.left, panel.left);
		else padding.left = Math.min(map.right, panel.right) - map.left;
	} else if (width >= mapWidth * 0.9 && height < mapHeight) {
		// A sheet across the map: from the bottom or the top.
		if (panel.top > map.top) padding.bottom = map.bottom - Math.max(map.top, panel.top);
		else padding.top = Math.min(map.bottom, panel.bottom) - map.top;
	}
	return padding;
}

/** The padding grown by `margin` pixels on every side. */
export const withMargin = (padding: Padding, margin: number): Padding => ({
	top: padding.top + margin,
	right: padding.right + margin,
	bottom: padding.bottom + margin,
	left: padding.left + margin
});
