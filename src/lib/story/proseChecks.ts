// Checks on rendered prose that a naming mode can break: a word said twice in a row ("the the"), or an owner named
// twice in one clause ("Japan marks 7 February as Japan's Northern Territories Day", where a term that carries its
// owner meets a sentence that already names it). Pure; the story tests run them on every step in every mode, and the
// reading spec on the built page.

/** Who may be named as an owner ("Japan’s …"). */
const OWNERS = ['Japan', 'Russia', 'China', 'Moscow', 'Tokyo'];

/** The first word repeated back to back (case-insensitive), or null. Numbers are left alone ("7 7" is not prose). */
export function doubledWord(text: string): string | null {
	const m = /\b([A-Za-z][\w’']*)\s+\1\b/i.exec(text);
	return m ? m[0] : null;
}

/**
 * The first clause that names an owner and then, within a few words, the same owner's possessive: "Japan marks
 * 7 February as Japan’s Northern Territories Day". Clauses end at . ; : and the check looks eight words ahead.
 */
export function doubledOwner(text: string): string | null {
	for (const clause of text.split(/[.;:]\s+/)) {
		for (const owner of OWNERS) {
			const m = new RegExp(`\\b${owner}\\b(?![’']s)(?:\\W+[\\w’'-]+){0,8}?\\W+${owner}[’']s\\b`).exec(clause);
			if (m) return m[0];
		}
	}
	return null;
}
