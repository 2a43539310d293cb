// Story text templating: {placeholders} for places and terms become the words of the reader's naming choice, in the
// page's language. Pure, no DOM; the table is built from a language's names.yaml (buildNameTable).
import { BOTH, type NameTable, type NamingMode, type Prose, type Segment } from './model';

/**
 * A placeholder: `{key}` with a lowercase, hyphenated key. `{Key}` (first letter capital) asks for the value with
 * its first letter capitalised, for the start of a sentence: `{Sea}` -> "The Narrow Sea".
 */
const PLACEHOLDER = /\{([A-Za-z][a-z0-9]*(?:-[a-z0-9]+)*)\}/g;

function keyOf(written: string): string {
	return written.charAt(0).toLowerCase() + written.slice(1);
}

/** The placeholders in a text, as written (so `{Territories}` gives "Territories"), in order, repeats kept. */
export function placeholdersIn(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Placeholders the table cannot fill, as written, without repeats. */
export function unknownPlaceholders(text: string, table: NameTable): string[] {
	return [...new Set(placeholdersIn(text).filter((written) => !(keyOf(written) in table)))];
}

/** True when a brace is left that is not part of a well-formed placeholder, e.g. `{ key }` or `{{key}}`. */
export function hasStrayBraces(text: string): boolean {
	return /[{}]/.test(text.replace(PLACEHOLDER, ''));
}

/** The text with every placeholder removed (for checks on the words around them). */
export function withoutPlaceholders(text: string): string {
	return text.replace(PLACEHOLDER, ' ');
}

/**
 * Replaces every known placeholder with its words for `mode`. An unknown placeholder is left as written, braces and
 * all: the validator rejects it before any build, and if one slipped through the raw `{key}` would stay visible
 * rather than vanish or throw during prerender.
 */
export function renderNames(text: string, mode: NamingMode, table: NameTable): string {
	return text.replace(PLACEHOLDER, (token, written: string) => {
		const value = table[keyOf(written)]?.[mode];
		if (value === undefined) return token;
		return written === keyOf(written) ? value : capitalise(value);
	});
}

/** The first letter in upper case, in the text's own script (no change where the script has no case). */
function capitalise(value: string): string {
	return value.charAt(0).toLocaleUpperCase() + value.slice(1);
}

/** A paragraph's runs with their names rendered: quotations are left as they are. */
export function renderProse(prose: Prose, mode: NamingMode, table: NameTable): Segment[] {
	return prose.map((s) => (typeof s === 'string' ? renderNames(s, mode, table) : s));
}

/** A place's names: one for every side, or each side's own. */
export type PlaceNames = string | Readonly<Record<string, string>>;

/**
 * What every key reads as in each mode: a party's mode gives its name; "both" gives each party's name in `bothOrder`,
 * joined by `separator`, or one name where they agree. Terms come with their words for each mode, "both" included.
 */
export function buildNameTable(
	places: Readonly<Record<string, PlaceNames>>,
	terms: Readonly<Record<string, Readonly<Record<string, string>>>>,
	parties: readonly string[],
	bothOrder: readonly string[],
	separator: string
): NameTable {
	const table: Record<string, Record<NamingMode, string>> = {};
	for (const [key, names] of Object.entries(places)) {
		if (typeof names === 'string') {
			table[key] = Object.fromEntries([...parties, BOTH].map((m) => [m, names]));
			continue;
		}
		const byMode: Record<NamingMode, string> = {};
		for (const p of parties) byMode[p] = names[p] ?? '';
		byMode[BOTH] = [...new Set(bothOrder.map((p) => names[p] ?? '').filter(Boolean))].join(separator);
		table[key] = byMode;
	}
	for (const [key, byMode] of Object.entries(terms)) table[key] = { ...byMode };
	return table;
}
