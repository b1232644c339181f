import { describe, expect, it } from 'vitest';
import { visiblePadding } from '../../src/lib/map/visiblePadding.ts';

const MAP = { left: 352, top: 0, right: 1280, bottom: 800 };
const PHONE = { left: 0, top: 0, right: 390, bottom: 844 };
const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

describe('visiblePadding', () => {
	it.each([
		['no panel', MAP, null, NO_PADDING],
		[
			'a details panel on the right',
			MAP,
			{ left: 880, top: 0, right: 1280, bottom: 800 },
			{ top: 0, right: 400, bottom: 0, left: 0 }
		],
		[
			'a sheet over the lower part of a phone',
			PHONE,
			{ left: 0, top: 354, right: 390, bottom: 844 },
			{ top: 0, right: 0, bottom: 490, left: 0 }
		],
		['a panel outside the map', MAP, { left: 0, top: 0, right: 352, bottom: 800 }, NO_PADDING],
		[
			'a small box over a corner (neither side nor sheet)',
			MAP,
			{ left: 1100, top: 0, right: 1280, bottom: 100 },
			NO_PADDING
		]
	])('%s', (_, map, panel, padding) => {
		expect(visiblePadding(map, panel)).toEqual(padding);
	});
});
