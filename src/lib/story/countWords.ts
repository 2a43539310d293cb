// Counting words in any language: Unicode word segmentation (Intl.Segmenter), which splits Japanese, which has no
// spaces, into words as well as English and Russian.

const segmenters = new Map<string, Intl.Segmenter>();

/** The number of words in `text`, read as `lang` (a BCP 47 tag): punctuation and spaces are not words. */
export function countWords(text: string, lang = 'en'): number {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
		segmenters.set(lang, segmenter);
	}
	let words = 0;
	for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
	return words;
}
