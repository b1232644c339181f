import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	NO_CLAIMS_FILTER,
	claimShown,
	formatClaimsFilter,
	parseClaimsFilter,
	toggled
} from '../../src/lib/url/claimsFilter.ts';
import { CLAIM_TYPES, VERDICTS } from '../../src/lib/domain/claims.ts';

describe('claims filter in the URL', () => {
	const cases: [string, ReturnType<typeof parseClaimsFilter>][] = [
		['', NO_CLAIMS_FILTER],
		['?verdict=contradicted', { verdicts: ['contradicted'], types: [] }],
		['?type=date,place', { verdicts: [], types: ['date', 'place'] }],
		// Canonical order, unknown and repeated values dropped.
		[
			'?verdict=interim,confirmed,bogus,interim&type=place,',
			{ verdicts: ['confirmed', 'interim'], types: ['place'] }
		],
		['?verdict=<script>&type=%00', NO_CLAIMS_FILTER],
		['?other=1', NO_CLAIMS_FILTER]
	];
	it.each(cases)('%s', (search, filter) => {
		expect(parseClaimsFilter(search)).toEqual(filter);
	});

	it('writes nothing for no filter, and reads back what it writes', () => {
		expect(formatClaimsFilter(NO_CLAIMS_FILTER)).toBe('');
		fc.assert(
			fc.property(fc.subarray([...VERDICTS]), fc.subarray([...CLAIM_TYPES]), (verdicts, types) => {
				const filter = { verdicts, types };
				expect(parseClaimsFilter(formatClaimsFilter(filter))).toEqual(filter);
			})
		);
	});

	it('never fails on any query string', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const f = parseClaimsFilter(s);
				expect(f.verdicts.every((v) => VERDICTS.includes(v))).toBe(true);
				expect(f.types.every((t) => CLAIM_TYPES.includes(t))).toBe(true);
			})
		);
	});

	it('shows a claim when its verdict and its type are let through', () => {
		const claim = { verdict: 'interim', type: 'casualty' } as const;
		expect(claimShown(claim, NO_CLAIMS_FILTER)).toBe(true);
		expect(claimShown(claim, { verdicts: ['interim'], types: [] })).toBe(true);
		expect(claimShown(claim, { verdicts: ['confirmed'], types: [] })).toBe(false);
		expect(claimShown(claim, { verdicts: ['interim'], types: ['date'] })).toBe(false);
		expect(claimShown(claim, { verdicts: [], types: ['date', 'casualty'] })).toBe(true);
	});

	it('switches one value on and off', () => {
		const on = toggled(NO_CLAIMS_FILTER, 'verdicts', 'contradicted');
		expect(on).toEqual({ verdicts: ['contradicted'], types: [] });
		expect(toggled(on, 'verdicts', 'contradicted')).toEqual(NO_CLAIMS_FILTER);
		expect(toggled(on, 'types', 'date')).toEqual({ verdicts: ['contradicted'], types: ['date'] });
	});
});
