// The URL prefix of a language the story is told in besides its default (/ja/, /ru/, /zh/): the story says which.
import type { ParamMatcher } from '@sveltejs/kit';
import languages from 'virtual:treaty-map/languages';

const prefixes = new Set(languages.filter((l) => l.base).map((l) => l.base.slice(1)));

export const match: ParamMatcher = (param) => prefixes.has(param);
