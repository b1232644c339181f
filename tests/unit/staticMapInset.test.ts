import { describe, expect, it } from 'vitest';
import { datasetStaticMap } from '../../src/lib/server/datasetPages.ts';

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
		const overview = datasetStaticMap('bolivia-2019', { width: 600, height: 680 })!;
		expect(overview).not.toContain('data-inset');
	});
});
