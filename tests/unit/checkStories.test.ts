import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStories } from '../../src/lib/build/checkStories.ts';
import { numbersIn } from '../../src/lib/data/numbersInText.ts';
import { casualtyVerdict } from '../../src/lib/data/claims.ts';
import { checkDataset } from '../../src/lib/build/check.ts';
import { readDatasetFolder, readDepartments } from '../../src/lib/build/readDataset.ts';

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
	).problems;
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
				c.claims[casualty].verdict === 'consistent' ? 'differs' : 'consistent';
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
	it.each([
		[[{ value: 9, source: TEXT }], 'not-found-elsewhere'],
		[
			[
				{ value: 9, source: TEXT },
				{ value: 9, source: 'https://a/' }
			],
			'consistent'
		],
		[
			[
				{ value: 9, source: TEXT },
				{ min: 8, max: 10, source: 'https://a/' }
			],
			'consistent'
		],
		[
			[
				{ value: 9, source: TEXT },
				{ min: 6, source: 'https://a/' }
			],
			'consistent'
		],
		[
			[
				{ value: 9, source: TEXT },
				{ value: 9, source: 'https://a/' },
				{ value: 10, source: 'https://b/' }
			],
			'differs'
		],
		[
			[
				{ value: 9, source: TEXT },
				{ max: 8, source: 'https://a/' }
			],
			'differs'
		]
	])('%j → %s', (figures, verdict) => {
		expect(casualtyVerdict(figures, TEXT, 9)).toBe(verdict);
	});
});

describe('numbersIn', () => {
	it("reads numbers with either language's thousands separator, and ordinals", () => {
		expect(numbersIn('1,112 detained; 1.112 detenidos; the 21st; 30 y 4078')).toEqual([
			1112, 1112, 21, 30, 4078
		]);
	});
});
