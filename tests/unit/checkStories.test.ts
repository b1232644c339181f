import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../src/lib/pipeline/checkStories.ts';
import { issueLine } from '../../src/lib/pipeline/checkIssue.ts';
import { numbersIn } from '../../src/lib/data/numbersInText.ts';
import { casualtyVerdict, independentSources } from '../../src/lib/data/claims.ts';
import { checkDataset } from '../../src/lib/pipeline/check.ts';
import { readDatasetFolder, readDepartments } from '../../src/lib/pipeline/readDataset.ts';

const FOLDER = 'data/geojson/bolivia-2019';
const read = readDatasetFolder(FOLDER);
const checked = checkDataset(read, readDepartments());
const meta = checked.meta!;
const features = checked.features.map((f) => f.feature);
const departments = new Set(checked.features.map((f) => f.department));
const story = JSON.parse(readFileSync(`${FOLDER}/stories/bolivia-2019-crisis.json`, 'utf8')) as {
	steps: { text: { es: string; en: string }; link: string; sources: string[] }[];
};
const claims = JSON.parse(readFileSync(`${FOLDER}/claims.json`, 'utf8')) as {
	source: string;
	claims: { id: string; type: string; verdict: string; value?: number; features: string[] }[];
};

/** The problems of the real story and claims with one change made to a copy. */
function problemsWith(change: (s: typeof story, c: typeof claims) => void): string[] {
	const s = structuredClone(story);
	const c = structuredClone(claims);
	change(s, c);
	return checkStories(
		{
			stories: [{ path: 'stories/bolivia-2019-crisis.json', json: s }],
			claims: { path: 'claims.json', json: c }
		},
		meta,
		features,
		departments
	).problems.map(issueLine);
}

describe('stories and claims in data:check', () => {
	it('accept the committed story and claims', () => {
		expect(checked.problems).toEqual([]);
		expect(checked.stories).toHaveLength(1);
		expect(checked.claims?.claims.length).toBeGreaterThan(10);
		expect(problemsWith(() => {})).toEqual([]);
	});

	it('refuse a number in a step that its features do not carry', () => {
		const problems = problemsWith((s) => {
			s.steps[4].text.en = s.steps[4].text.en.replace('98 injured', '99 injured');
		});
		expect(problems).toEqual([
			"stories/bolivia-2019-crisis.json: step 5: text.en: states 99, which is not a figure, name or day of the step's features"
		]);
	});

	it('accept the number of a reported total only in a step that cites its source', () => {
		const step = story.steps.findIndex((st) => / 71 blockades/.test(st.text.en));
		expect(step).toBeGreaterThanOrEqual(0);
		const total = meta.reported_totals.find((t) => t.value === 71)!;
		const problems = problemsWith((s) => {
			s.steps[step].sources = s.steps[step].sources.filter((u) => u !== total.source.url);
		});
		expect(problems).toContain(
			`stories/bolivia-2019-crisis.json: step ${step + 1}: text.en: states 71, which is not a figure, name or day of the step's features`
		);
	});

	it('refuse a link the map would read differently, and a source the step does not have', () => {
		const problems = problemsWith((s) => {
			s.steps[0].link = s.steps[0].link.replace('layers=violence', 'layers=violense');
			s.steps[1].link = s.steps[1].link.replace(/event=[a-z0-9-]+/, 'event=no-such-event');
			s.steps[2].link = s.steps[2].link.replace(/#.*$/, '#99/0/0');
			s.steps[3].sources.push('https://example.org/not-cited');
		});
		expect(problems.some((p) => /step 1: link: layers=violense,/.test(p))).toBe(true);
		expect(
			problems.some((p) => /step 2: link: event=no-such-event is not a valid map state/.test(p))
		).toBe(true);
		expect(problems.some((p) => /step 3: link: its view #99\/0\/0 is out of range/.test(p))).toBe(
			true
		);
		expect(
			problems.some((p) =>
				/step 4: sources: https:\/\/example.org\/not-cited is not a source/.test(p)
			)
		).toBe(true);
	});

	it("refuse a casualty claim whose verdict or value is not what the feature's figures give", () => {
		const casualty = claims.claims.findIndex((c) => c.type === 'casualty');
		const id = claims.claims[casualty].id;
		const wrongVerdict = problemsWith((_, c) => {
			c.claims[casualty].verdict =
				c.claims[casualty].verdict === 'confirmed' ? 'contradicted' : 'confirmed';
		});
		expect(wrongVerdict).toHaveLength(1);
		expect(wrongVerdict[0]).toMatch(new RegExp(`claim ${id}: verdict: the feature's figures give`));
		const wrongValue = problemsWith((_, c) => {
			c.claims[casualty].value = 4242;
		});
		expect(wrongValue[0]).toMatch(
			/value: the feature carries no .* figure of 4242 from the source text/
		);
		const unknown = problemsWith((_, c) => {
			c.claims[0].features = ['no-such-feature'];
		});
		expect(unknown.some((p) => p.includes('features: no feature no-such-feature'))).toBe(true);
	});
});

describe('casualtyVerdict', () => {
	const TEXT = 'https://text.example/';
	const fig = (
		source: string,
		f: { value?: number; min?: number; max?: number },
		interim = false
	) => ({
		...f,
		source,
		...(interim ? { interim: { superseded_by: 'https://later/' } } : {})
	});
	it.each([
		['no other source', [fig(TEXT, { value: 9 })], 'only-in-source-text'],
		[
			'another gives the same',
			[fig(TEXT, { value: 9 }), fig('https://a/', { value: 9 })],
			'confirmed'
		],
		[
			'one gives the same though another differs',
			[fig(TEXT, { value: 9 }), fig('https://a/', { value: 9 }), fig('https://b/', { value: 10 })],
			'confirmed'
		],
		[
			'a range holds it',
			[fig(TEXT, { value: 8 }), fig('https://a/', { min: 7, max: 9 })],
			'within-range'
		],
		[
			'others say 7 and 9',
			[fig(TEXT, { value: 8 }), fig('https://a/', { value: 7 }), fig('https://b/', { value: 9 })],
			'within-range'
		],
		[
			'all above',
			[fig(TEXT, { value: 9 }), fig('https://a/', { value: 10 }), fig('https://b/', { min: 11 })],
			'contradicted'
		],
		['up to 8', [fig(TEXT, { value: 9 }), fig('https://a/', { max: 8 })], 'contradicted'],
		[
			'"at least 6" does not confirm 9',
			[fig(TEXT, { value: 9 }), fig('https://a/', { min: 6 })],
			'contradicted'
		],
		[
			'the source text’s own count was superseded',
			[fig(TEXT, { value: 9 }, true), fig('https://a/', { value: 10 })],
			'interim'
		],
		[
			'another source’s interim count does not confirm it',
			[
				fig(TEXT, { value: 9 }),
				fig('https://a/', { value: 9 }, true),
				fig('https://b/', { value: 10 })
			],
			'contradicted'
		]
	])('%s', (_, figures, verdict) => {
		expect(casualtyVerdict(figures, TEXT, figures[0].value!)).toBe(verdict);
	});

	it('counts pages carrying one agency dispatch once', () => {
		const agencyOf = (url: string) => (url.startsWith('https://efe') ? 'EFE' : undefined);
		const text = 'https://efe-copy-1/';
		const figures = [fig(text, { value: 8 }), fig('https://efe-copy-2/', { value: 8 })];
		// The only other page carries the source text's own agency dispatch: not independent.
		expect(casualtyVerdict(figures, text, 8, agencyOf)).toBe('only-in-source-text');
		expect(casualtyVerdict(figures, text, 8)).toBe('confirmed');
		const three = [
			...figures,
			fig('https://efe-copy-3/', { value: 8 }),
			fig('https://other/', { value: 9 })
		];
		expect(independentSources(three, agencyOf)).toBe(2);
		expect(independentSources(three, () => undefined)).toBe(4);
	});
});

describe('numbersIn', () => {
	it("reads numbers with either language's thousands separator, and ordinals", () => {
		expect(numbersIn('1,112 detained; 1.112 detenidos; the 21st; 30 y 4078')).toEqual([
			1112, 1112, 21, 30, 4078
		]);
	});
});
