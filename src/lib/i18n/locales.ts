// The interface's languages: every messages file in ./messages/, named by its language tag (en.ts, ja.ts, zh-Hans.ts),
// found by the bundler, so a new language is a new file there and nothing else. Each page loads only its own
// language's file; its messages then travel by context. A component alone gets the default language's.
import { getContext, hasContext, setContext } from 'svelte';
import { en, type Messages } from './messages/en';

const loaders = import.meta.glob<Messages>('./messages/*.ts', { import: 'default' });
const langOf = (path: string): string => path.replace(/^.*\/([^/]+)\.ts$/, '$1');

/** Every language the interface speaks (BCP 47 tags). */
export const MESSAGE_LANGUAGES: readonly string[] = Object.keys(loaders).map(langOf).sort();

/** The default language's messages (a story's first language needs them too). */
export const DEFAULT_MESSAGES: Messages = en;

/** A language's messages, fetched once; an unknown language is an error naming the file it needs. */
export async function loadMessages(lang: string): Promise<Messages> {
	if (lang === en.meta.lang) return en;
	const load = Object.entries(loaders).find(([path]) => langOf(path) === lang)?.[1];
	if (!load) throw new Error(`treaty-map: the interface has no messages for "${lang}" (add src/lib/i18n/messages/${lang}.ts)`);
	return load();
}

const KEY = Symbol('treaty-map messages');

/** Makes `messages` the interface's strings for this component and its children. */
export function setMessages(messages: Messages): Messages {
	return setContext(KEY, messages);
}

/** The interface's strings: those of the page's language, or the default where no page set them (a component alone). */
export function getMessages(): Messages {
	return hasContext(KEY) ? getContext<Messages>(KEY) : DEFAULT_MESSAGES;
}
