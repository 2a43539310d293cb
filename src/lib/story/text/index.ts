// The story's words in each of the interface's languages (src/lib/i18n/locales.ts).
import type { Locale } from '../../i18n/locales';
import type { StoryText } from '../types';
import { STORY_TEXT_EN } from './en';

export const STORY_TEXT: Record<Locale, StoryText> = { en: STORY_TEXT_EN };

/** Where each language's words live, for error messages. */
export const STORY_TEXT_FILES: Record<Locale, string> = { en: 'src/lib/story/text/en.ts' };
