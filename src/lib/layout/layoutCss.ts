// Expands the layout tokens of layout.ts in every stylesheet (app.css and each component's <style>), as a PostCSS
// plugin run by Vite. An unknown token stops the build rather than leaving a query that never matches.
import type { Plugin } from 'postcss';
// With its extension: vite.config.ts loads this module as it is written.
import { CSS_MEDIA, CSS_VALUES } from './layout.ts';

const MEDIA_TOKEN = /\((--[a-z][a-z0-9-]*)\)/g;
const VALUE_TOKEN = /layout\(\s*([a-z][a-z0-9-]*)\s*\)/g;

/**
 * A media query's parameters with every `(--name)` replaced by its query from CSS_MEDIA. A token that stands for a
 * list of queries (a comma means "or") must stand alone: `and` would bind to only one of them.
 */
export function expandMedia(params: string, media: Readonly<Record<string, string>> = CSS_MEDIA): string {
	return params.replace(MEDIA_TOKEN, (token, name: string) => {
		const query = media[name];
		if (!query) throw new Error(`layoutCss: unknown media token (${name}); known: ${Object.keys(media).join(', ')}`);
		if (query.includes(',') && params.trim() !== token) throw new Error(`layoutCss: (${name}) is a list of queries; use it alone, not in "${params}"`);
		return query;
	});
}

/** A declaration's value with every `layout(name)` replaced by its value from CSS_VALUES. */
export function expandValue(value: string, values: Readonly<Record<string, string>> = CSS_VALUES): string {
	return value.replace(VALUE_TOKEN, (_token, name: string) => {
		const v = values[name];
		if (v === undefined) throw new Error(`layoutCss: unknown value token layout(${name}); known: ${Object.keys(values).join(', ')}`);
		return v;
	});
}

export function layoutCss(): Plugin {
	return {
		postcssPlugin: 'treaty-map-layout',
		AtRule: {
			media(rule) {
				if (rule.params.includes('(--')) rule.params = expandMedia(rule.params);
			}
		},
		Declaration(decl) {
			if (decl.value.includes('layout(')) decl.value = expandValue(decl.value);
		}
	};
}
