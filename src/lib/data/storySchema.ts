// The schema of a dataset's stories (`stories/<id>.json`) and of its source text's claims
// (`claims.json`), checked by `npm run data:check` with the rules in pipeline/checkStories.ts.
// Described in words in data/README.md.
import { z } from 'zod';
import { bilingual, httpUrl } from './schema.ts';
import { SLUG } from './slug.ts';
import { CASUALTY_MEASURES } from '../domain/kinds.ts';
import { CLAIM_TYPES, VERDICTS } from '../domain/claims.ts';

const slug = z.string().max(120).regex(SLUG, 'must be a lowercase slug');

export const storyStepSchema = z.strictObject({
	title: bilingual(160),
	text: bilingual(1500),
	/** The map state the step shows, as a Cabildo link: the dataset's map path, ?query, #view. */
	link: z
		.string()
		.max(600)
		.regex(/^\/(d\/[a-z0-9-]+\/)?\?[^#\s]*#[^\s]+$/, 'must be a map link: /?query#zoom/lat/lng'),
	/** The features the step speaks of: every number its text states must be one of their figures. */
	features: z.array(slug).min(1),
	/** The sources the step's text relies on (each one of its features' sources). */
	sources: z.array(httpUrl).min(1)
});

export const storySchema = z.strictObject({
	id: slug,
	title: bilingual(160),
	intro: bilingual(2000),
	steps: z.array(storyStepSchema).min(2).max(30)
});
export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;

export const claimSchema = z
	.strictObject({
		id: slug,
		type: z.enum(CLAIM_TYPES),
		claim: bilingual(300),
		where: bilingual(200),
		/** The map's features the claim is about; none for a claim about the wider chronology. */
		features: z.array(slug),
		measure: z.enum(CASUALTY_MEASURES).optional(),
		value: z.number().int().nonnegative().optional(),
		verdict: z.enum(VERDICTS),
		reason: bilingual(400),
		evidence: z.array(z.strictObject({ source: httpUrl, what: bilingual(300) })).optional()
	})
	.superRefine((c, ctx) => {
		const casualty = c.type === 'casualty';
		if (casualty && (c.measure === undefined || c.value === undefined))
			ctx.addIssue({ code: 'custom', message: 'a casualty claim names its measure and value' });
		if (casualty && c.features.length !== 1)
			ctx.addIssue({
				code: 'custom',
				path: ['features'],
				message: 'a casualty claim is about one feature'
			});
		if (casualty && c.evidence)
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: "a casualty claim's evidence is its feature's figures: give none by hand"
			});
		if (!casualty && (c.measure !== undefined || c.value !== undefined))
			ctx.addIssue({ code: 'custom', message: 'only a casualty claim has a measure and a value' });
		if (
			!casualty &&
			c.verdict !== 'only-in-source-text' &&
			c.verdict !== 'not-checked' &&
			!c.evidence?.length
		)
			ctx.addIssue({
				code: 'custom',
				path: ['evidence'],
				message: 'name the evidence for the verdict'
			});
	});
export type Claim = z.infer<typeof claimSchema>;

export const claimsFileSchema = z.strictObject({
	/** The source text's URL, as the dataset's features cite it. */
	source: httpUrl,
	/** How the map's navigation names the source text ("Source article (Giménez, LIS)"). */
	label: bilingual(60).optional(),
	claims: z.array(claimSchema).min(1),
	/** Claims of the text about things the map does not hold. */
	unmapped: z.array(z.strictObject({ claim: bilingual(300), reason: bilingual(400) })).default([])
});
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
