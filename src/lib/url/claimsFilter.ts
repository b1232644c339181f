// The claims page's filters in its URL: `?verdict=contradicted,interim&type=date`. Unknown or
// repeated values are dropped, so a hand-edited link always opens a valid view. Pure.
import { CLAIM_TYPES, VERDICTS, type ClaimType, type Verdict } from '../domain/claims.ts';

export interface ClaimsFilter {
	/** Verdicts shown; empty: all. In the order of VERDICTS. */
	verdicts: Verdict[];
	/** Types shown; empty: all. In the order of CLAIM_TYPES. */
	types: ClaimType[];
}

export const NO_CLAIMS_FILTER: ClaimsFilter = { verdicts: [], types: [] };

function known<T extends string>(all: readonly T[], raw: string | null): T[] {
	const asked = new Set((raw ?? '').split(',').map((v) => v.trim()));
	return all.filter((v) => asked.has(v));
}

export function parseClaimsFilter(search: string): ClaimsFilter {
	const params = new URLSearchParams(search);
	return {
		verdicts: known(VERDICTS, params.get('verdict')),
		types: known(CLAIM_TYPES, params.get('type'))
	};
}

/** The query string for a filter ('' when nothing is filtered), values in canonical order. */
export function formatClaimsFilter(filter: ClaimsFilter): string {
	const parts: string[] = [];
	const verdicts = known(VERDICTS, filter.verdicts.join(','));
	const types = known(CLAIM_TYPES, filter.types.join(','));
	if (verdicts.length) parts.push(`verdict=${verdicts.join(',')}`);
	if (types.length) parts.push(`type=${types.join(',')}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

export function claimShown(
	claim: { verdict: Verdict; type: ClaimType },
	filter: ClaimsFilter
): boolean {
	return (
		(filter.verdicts.length === 0 || filter.verdicts.includes(claim.verdict)) &&
		(filter.types.length === 0 || filter.types.includes(claim.type))
	);
}

/** The filter with one value switched on or off. */
export function toggled<K extends keyof ClaimsFilter>(
	filter: ClaimsFilter,
	key: K,
	value: ClaimsFilter[K][number]
): ClaimsFilter {
	const values = filter[key] as string[];
	const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
	return parseClaimsFilter(formatClaimsFilter({ ...filter, [key]: next }));
}
