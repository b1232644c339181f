import { defineParams } from '@sveltejs/kit/params';

export const params = defineParams({
	/** The optional first path segment of pages in English: /en/… (Spanish pages have none). */
	lang: (param: string) => (param === 'en' ? param : undefined)
});
