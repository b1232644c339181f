import { langOfPath } from '#lib/i18n/messages.ts';

export const entries = () => [{}, { lang: 'en' }];

export const load = ({ params }: { params: { lang?: string } }) => ({
	lang: langOfPath(params.lang)
});
