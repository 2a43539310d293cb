// Build time only: the story's languages as the language control and each page's alternates name them: in
// themselves, from each language's messages file (meta.name, meta.ogLocale). Every messages file is read here, at
// build; a page's browser code loads only its own.
import type { Messages } from '../i18n/messages/en';
import type { LanguageChoice, StoryLanguage } from '../story/model';

const MESSAGES = import.meta.glob<Messages>('../i18n/messages/*.ts', { import: 'default', eager: true });

/** Each of `languages` with its own name and Open Graph locale; a language without a messages file is an error naming it. */
export function languageChoices(languages: readonly StoryLanguage[]): LanguageChoice[] {
	return languages.map((l) => {
		const messages = Object.entries(MESSAGES).find(([path]) => path.endsWith(`/${l.lang}.ts`))?.[1];
		if (!messages)
			throw new Error(`treaty-map: the story is told in "${l.lang}", but the interface has no messages for it (add src/lib/i18n/messages/${l.lang}.ts)`);
		return { ...l, name: messages.meta.name, ogLocale: messages.meta.ogLocale };
	});
}
