// The only words of the article the story may quote: short phrases, checked verbatim against the article in tests.
/**
 * The article is copyrighted, so the repository keeps no copy of it, only these phrases. A quote or a quoted
 * span in `opinion` must be one of them (or part of one); articlePhrases.test.ts checks each against the article
 * text (shared/seeds/) wherever that file is available.
 */
export const ARTICLE_PHRASES: readonly string[] = [
	'Since we did not interfere in your elections, we decided to intervene in the weather',
	'a chill has indeed descended',
	'ostensibly',
	'Distrust runs deep',
	'seems eager to impress',
	'diplomatic bonhomie',
	'Japan Year in Russia',
	'Russia Year in Japan',
	'Trojan Horse',
	'cannot be trusted to act independently',
	'walk a tightrope',
	'lots of questions',
	'what commitments Japan has toward its partners in the areas of defense and security',
	'needed to examine',
	'the signal from Russia is clear',
	'unlikely to happen this year'
];

/** Compares quotations without tripping on typographic quote marks, apostrophes, case or spacing. */
export function normaliseQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** True when `quote` is, word for word, one of the phrases or part of one. */
export function isArticlePhrase(quote: string, phrases: readonly string[] = ARTICLE_PHRASES): boolean {
	const q = normaliseQuote(quote);
	return q.length > 0 && phrases.some((p) => normaliseQuote(p).includes(q));
}
