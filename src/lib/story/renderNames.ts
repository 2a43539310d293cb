// Story text templating: {placeholders} for disputed places become each naming mode's words. Pure, no DOM.
import { labelFor, type NameSet } from '../geo/labelFor';
import { NAMING_MODES, type NamingMode } from '../geo/types';
import { ISLAND_NAMES, OTHER_DISPUTED_NAMES, TERMS } from './placeNames';
import type { StoryStep } from './types';

/** What each placeholder key becomes in each naming mode. */
export type NameTable = Readonly<Record<string, Readonly<Record<NamingMode, string>>>>;

function namesByMode(names: NameSet): Record<NamingMode, string> {
	return Object.fromEntries(NAMING_MODES.map((mode) => [mode, labelFor(names, mode)])) as Record<NamingMode, string>;
}

/** Islands and other disputed names go through labelFor (one naming rule for map and text); terms are as written. */
export function buildNameTable(): NameTable {
	const table: Record<string, Record<NamingMode, string>> = {};
	for (const [key, names] of Object.entries({ ...ISLAND_NAMES, ...OTHER_DISPUTED_NAMES })) table[key] = namesByMode(names);
	for (const [key, byMode] of Object.entries(TERMS)) table[key] = { ...byMode };
	return table;
}

export const NAME_TABLE: NameTable = buildNameTable();

/**
 * A placeholder: `{key}` with a lowercase, hyphenated key. `{Key}` (first letter capital) asks for the value with
 * its first letter capitalised, for the start of a sentence: `{Territories}` -> "The Northern Territories".
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
export function unknownPlaceholders(text: string, table: NameTable = NAME_TABLE): string[] {
	return [...new Set(placeholdersIn(text).filter((written) => !(keyOf(written) in table)))];
}

/** True when a brace is left that is not part of a well-formed placeholder, e.g. `{ iturup }` or `{{iturup}}`. */
export function hasStrayBraces(text: string): boolean {
	return /[{}]/.test(text.replace(PLACEHOLDER, ''));
}

/**
 * Replaces every known placeholder with its words for `mode`. An unknown placeholder is left as written, braces
 * and all: the validator (validateStory) rejects it before any build, and if one slips through unvalidated the
 * raw `{key}` stays visible to readers and testers rather than vanishing or throwing during prerender.
 */
export function renderNames(text: string, mode: NamingMode, table: NameTable = NAME_TABLE): string {
	return text.replace(PLACEHOLDER, (token, written: string) => {
		const value = table[keyOf(written)]?.[mode];
		if (value === undefined) return token;
		return written === keyOf(written) ? value : value.charAt(0).toUpperCase() + value.slice(1);
	});
}

/**
 * A step with all its prose rendered for `mode`: title, opinion, facts, map description and what each source
 * supports. Quotes are the article's words and stay literal. The input is not changed.
 */
export function renderStep(step: StoryStep, mode: NamingMode, table: NameTable = NAME_TABLE): StoryStep {
	const r = (text: string): string => renderNames(text, mode, table);
	return {
		...step,
		title: r(step.title),
		...(step.opinion ? { opinion: step.opinion.map(r) } : {}),
		facts: step.facts.map(r),
		mapDescription: r(step.mapDescription),
		citations: step.citations.map((c) => (c.supports === undefined ? c : { ...c, supports: r(c.supports) }))
	};
}
