import type { Figure } from './schema.ts';

/** A figure's number or bounds (a source's figure, a reported total): exact, at least, up to, or a range. */
export type FigureBounds = Pick<Figure, 'value' | 'min' | 'max'>;

/** The number a figure stands for when figures are compared: its value, or its bound. */
export function figureLow(f: FigureBounds): number {
	return f.value ?? f.min ?? f.max ?? 0;
}

export function figureHigh(f: FigureBounds): number {
	return f.value ?? f.max ?? f.min ?? 0;
}

/** Figures that no later count replaced (an interim count is shown, never summed). */
function standingFigures(figures: readonly Figure[]): Figure[] {
	return figures.filter((f) => f.interim === undefined);
}

/**
 * The most conservative figure: the lowest among sources that is not an interim count, or null
 * when no source gives one. (When every figure is interim, which data:check refuses, the lowest.)
 */
export function conservativeFigure(figures: readonly Figure[] | undefined): number | null {
	if (!figures || figures.length === 0) return null;
	const standing = standingFigures(figures);
	return Math.min(...(standing.length > 0 ? standing : figures).map(figureLow));
}

/** The highest figure among sources, or null. */
export function highestFigure(figures: readonly Figure[] | undefined): number | null {
	if (!figures || figures.length === 0) return null;
	return Math.max(...figures.map(figureHigh));
}
