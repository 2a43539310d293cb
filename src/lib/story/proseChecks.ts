// Checks on rendered prose that a naming mode can break: a word said twice in a row ("the the"), or an owner named
// twice in one clause ("Freedonia marks 7 May as Freedonia's Liberation Day", where a term that carries its owner
// meets a sentence that already names it). Pure; a story's tests run them on every step in every mode, with the
// owners that story names.

/** The first word repeated back to back (case-insensitive), or null. Numbers are left alone ("7 7" is not prose). */
export function doubledWord(text: string): string | null {
	const m = /\b([A-Za-z][\w’']*)\s+\1\b/i.exec(text);
	return m ? m[0] : null;
}

/**
 * The first clause that names an owner and then, within a few words, the same owner's possessive: "Freedonia marks 7 May as Freedonia’s Liberation Day". Clauses end at . ; : and the check looks eight words ahead.
 */
export function doubledOwner(text: string, owners: readonly string[]): string | null {
	for (const clause of text.split(/[.;:]\s+/)) {
		for (const owner of owners) {
			const m = new RegExp(`\\b${owner}\\b(?![’']s)(?:\\W+[\\w’'-]+){0,8}?\\W+${owner}[’']s\\b`).exec(clause);
			if (m) return m[0];
		}
	}
	return null;
}
