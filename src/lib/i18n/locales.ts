// The interface's languages: each a messages file and the story's prose in that language. One for now; a translation
// adds an entry here, a messages file like en.ts and a prose file like src/lib/story/text/en.ts (docs/architecture.md).
import { getContext, hasContext, setContext } from 'svelte';
import { en, type Messages } from './en';

export interface LocaleInfo {
	/** BCP 47 tag for the page's `lang` attribute. */
	lang: string;
	messages: Messages;
}

export const LOCALES = {
	en: { lang: 'en', messages: en }
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The language whose messages these are (the default when they are no registered language's). */
export function localeOf(messages: Messages): Locale {
	return (Object.keys(LOCALES) as Locale[]).find((l) => LOCALES[l].messages === messages) ?? DEFAULT_LOCALE;
}

const KEY = Symbol('treaty-map messages');

/** Makes `messages` the interface's strings for this component and its children. */
export function setMessages(messages: Messages): Messages {
	return setContext(KEY, messages);
}

/** The interface's strings: those of the page's language, or English where no page set them (a component alone). */
export function getMessages(): Messages {
	return hasContext(KEY) ? getContext<Messages>(KEY) : LOCALES[DEFAULT_LOCALE].messages;
}
