import { describe, expect, it } from 'vitest';
import { firstViewPaths } from '../../src/lib/offline/register.ts';

describe('firstViewPaths', () => {
	const origin = 'https://cabildo.example';
	it('names the page and the site’s own files it loaded, once each', () => {
		const loaded = [
			{ name: `${origin}/_app/immutable/entry/start.abc.js` },
			{ name: `${origin}/_app/immutable/entry/start.abc.js` },
			{ name: `${origin}/d/bolivia-2019/details/0.json?v=1` },
			{ name: `${origin}/` }
		];
		expect(firstViewPaths(origin, '/', loaded)).toEqual([
			'/',
			'/_app/immutable/entry/start.abc.js',
			'/d/bolivia-2019/details/0.json'
		]);
	});
	it('leaves out other origins, data and blob URLs, and the worker script itself', () => {
		const loaded = [
			{ name: 'https://tiles.example/0/0/0.pbf' },
			{ name: 'blob:https://cabildo.example/5e1' },
			{ name: 'data:image/png;base64,AAAA' },
			{ name: `${origin}/service-worker.js` }
		];
		expect(firstViewPaths(origin, '/en/', loaded)).toEqual(['/en/']);
	});
});
