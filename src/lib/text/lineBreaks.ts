// Line-break opportunities inside text that has no spaces between words (Japanese, Chinese, Thai). The build marks
// where a line may break (between phrases, never inside a word) with U+200B in the story's words; the page draws each
// mark as a <wbr> under `word-break: keep-all`, and anything that needs plain text (meta tags, titles, cards' fonts)
// removes them. Pure; no dependency, so the browser's code can use it.

/** The mark of a line-break opportunity in the story's words (ZERO WIDTH SPACE). */
export const BREAK = '\u200B';
/** No line break here: a mark that belongs to the words before it (a translation mark after its quotation). */
export const WORD_JOINER = '\u2060';

/** The text without its line-break marks: for meta tags, the document's title, announcements, alt text. */
export function withoutBreaks(text: string): string {
	return text.includes(BREAK) ? text.split(BREAK).join('') : text;
}

/** The text's phrases: the pieces between its line-break marks (one piece when it has none). */
export function phrasesOf(text: string): string[] {
	return text.split(BREAK);
}

/**
 * A map label as the live map should set it. The map may break a label written without spaces (Japanese, Chinese)
 * between any two characters, inside a name ("甲地名 / 称/乙地名称"); one that joins two names with a slash is set
 * on two lines at the slash instead. A label with spaces is left to the map, which breaks it at a space.
 */
export function labelLines(label: string): string {
	const text = withoutBreaks(label);
	if (/\s/.test(text)) return text;
	const at = text.indexOf('/');
	return at > 0 && at < text.length - 1 ? `${text.slice(0, at + 1)}\n${text.slice(at + 1)}` : text;
}
