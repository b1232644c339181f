import type { Figure } from './schema.ts';

/** The number a figure stands for when figures are compared: its value, or its bound. */
export function figureLow(f: Figure): number {
	return f.value ?? f.min ?? f.max ?? 0;
}

export function figureHigh(f: Figure): number {
	return f.value ?? f.max ?? f.min ?? 0;
}

/** The most conservative (lowest) figure among sources, or null when no source gives one. */
export function conservativeFigure(figures: readonly Figure[] | undefined): number | null {
	if (!figures || figures.length === 0) return null;
	return Math.min(...figures.map(figureLow));
}

/** The highest figure among sources, or null. */
export function highestFigure(figures: readonly Figure[] | undefined): number | null {
	if (!figures || figures.length === 0) return null;
	return Math.max(...figures.map(figureHigh));
}
