import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/domain/kinds.ts';
import {
	BLOCKADE_LAYERS,
	CATEGORY_OF_KIND,
	EVENT_LAYERS,
	LAYER_IDS,
	LAYER_OF_KIND,
	LAYERS
} from '../../src/lib/domain/layers.ts';
import { MEASURE_IDS, MEASURES, measuresFor } from '../../src/lib/domain/measures.ts';
import { messages } from '../../src/lib/i18n/messages.ts';

describe('the layer table', () => {
	it('draws every kind on exactly one layer, and derives the lookups from it', () => {
		for (const kind of KINDS) {
			const layers = EVENT_LAYERS.filter((l) => (l.kinds as readonly string[]).includes(kind));
			expect(
				layers.map((l) => l.id),
				kind
			).toHaveLength(1);
			expect(LAYER_OF_KIND[kind]).toBe(layers[0].id);
			expect(CATEGORY_OF_KIND[kind]).toBe(layers[0].category);
		}
		expect(new Set(LAYER_IDS).size).toBe(LAYERS.length);
		expect(BLOCKADE_LAYERS).toEqual(['blockade-points', 'blockade-sections']);
	});

	it('gives every layer a colour and a name in both languages', () => {
		for (const layer of LAYERS) {
			expect(layer.color).toMatch(/^#[0-9a-f]{6}$/i);
			for (const lang of ['es', 'en'] as const) {
				expect(messages[lang][layer.label], `${layer.id} ${lang}`).toBeTruthy();
			}
		}
	});
});

describe('the measures', () => {
	const totals = {
		blockades: 3,
		features: 5,
		dead: { low: 2, high: 4 },
		injured: { low: 0, high: 0 },
		detained: { low: 1, high: 1 },
		held: { low: 0, high: 0 }
	};

	it('are the choropleth’s choices and the table’s columns', () => {
		expect(MEASURE_IDS).toEqual(['none', ...MEASURES.map((m) => m.id)]);
		expect(measuresFor(false).map((m) => m.id)).not.toContain('density');
		expect(measuresFor(true)).toEqual(MEASURES);
		for (const m of MEASURES) {
			for (const lang of ['es', 'en'] as const) {
				expect(messages[lang][m.column]).toBeTruthy();
				expect(messages[lang][`measure_${m.id}`]).toBeTruthy();
			}
		}
	});

	it('read a region’s totals under the chosen rule', () => {
		const value = (id: string, rule: 'low' | 'high', area = 0) =>
			MEASURES.find((m) => m.id === id)!.value(totals, rule, area);
		expect(value('blockades', 'low')).toBe(3);
		expect(value('dead', 'low')).toBe(2);
		expect(value('dead', 'high')).toBe(4);
		expect(value('density', 'low', 133_971)).toBe(0.22); // 3 per 133,971 km², two decimals
		expect(value('density', 'low', 0)).toBe(0);
	});
});
