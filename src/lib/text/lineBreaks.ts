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
