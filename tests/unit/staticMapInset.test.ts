import { describe, expect, it } from 'vitest';
import { datasetStaticMap } from '../../src/lib/server/datasetPages.ts';
import { LAYER_COLORS } from '../../src/lib/domain/layers.ts';
import type { Box } from '../../src/lib/map/staticLabels.ts';

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the event figure’s close-up inset', () => {
	it('frames the event with the towns around it, and only on an event’s figure', () => {
		const svg = datasetStaticMap(
			'bolivia-2019',
			{ width: 300, height: 340 },
			'senkata-2019-11-19'
		)!;
		const inset = svg.slice(svg.indexOf('data-inset="close-up"'));
		expect(svg).toContain('data-inset="close-up"');
		// Senkata lies in El Alto, next to La Paz: both are named in the close-up.
		expect(inset).toContain('>El Alto</text>');
		expect(inset).toContain('>La Paz</text>');
		// A faraway capital is not.
		expect(inset).not.toContain('>Tarija</text>');
		// No two names of the close-up overlap.
		const boxes = [...inset.matchAll(/data-box="([\d.,-]+)"/g)].map((m) => {
			const [x0, y0, x1, y1] = m[1].split(',').map(Number);
			return { x0, y0, x1, y1 };
		});
		expect(boxes.length).toBeGreaterThanOrEqual(2);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
		const overview = datasetStaticMap('bolivia-2019', { width: 600, height: 680 })!;
		expect(overview).not.toContain('data-inset');
	});

	it('draws the overview as the live map does: massacres ringed, sized by the dead, on top', () => {
		const overview = datasetStaticMap('bolivia-2019', { width: 600, height: 680 })!;
		const rings = overview.match(/stroke="#5a0000"/g) ?? [];
		// Senkata and Sacaba.
		expect(rings.length).toBe(2);
		const circles = [
			...overview.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="([^"]+)"/g)
		];
		const radius = (fill: string) =>
			Math.max(...circles.filter((c) => c[4] === fill).map((c) => Number(c[3])));
		// A massacre's circle is larger than any blockade's.
		expect(radius(LAYER_COLORS.violence)).toBeGreaterThan(
			radius(LAYER_COLORS['blockade-points']) + 2
		);
		// Drawn after (over) every blockade point.
		const lastBlockade = overview.lastIndexOf(`fill="${LAYER_COLORS['blockade-points']}"`);
		expect(overview.indexOf('stroke="#5a0000"')).toBeGreaterThan(lastBlockade);
	});
});
