import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_TESTS } from './isolatedTests.ts';

const DIR = 'tests/unit';
/** What leaks into the next file of a worker that shares its modules. */
const LEAKY = /\bvi\.(mock|doMock|stubGlobal|stubEnv|spyOn)\(/;

describe('the unit test files that need a module graph of their own', () => {
	it('are every file that mocks, stubs or spies, and only those', () => {
		const files = readdirSync(DIR)
			.filter((name) => name.endsWith('.test.ts') && name !== 'isolatedTests.test.ts')
			.map((name) => join(DIR, name));
		const leaky = files.filter((file) => LEAKY.test(readFileSync(file, 'utf8')));
		expect(leaky.toSorted()).toEqual([...ISOLATED_TESTS].toSorted());
	});
});
