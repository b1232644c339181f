// Whether the person asked for less motion: the map then jumps instead of flying or easing.
export const prefersReducedMotion = (): boolean =>
	window.matchMedia('(prefers-reduced-motion: reduce)').matches;
