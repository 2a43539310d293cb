// Quotations inside prose: the spans between quotation marks, in the marks of the languages the story is told in
// (“…”, «…», „…“, 「…」, 『…』, "…"), and the registered quotation each one is. Pure.
import type { Segment } from './model';

/** A quoted span: where it is, its marks and its words. */
export interface QuotedSpan {
	start: number;
	end: number;
	open: string;
	close: string;
	words: string;
}

const QUOTED =
	/\u201C([^\u201D]*)\u201D|\u00AB([^\u00BB]*)\u00BB|\u201E([^\u201C\u201D]*)[\u201C\u201D]|\u300C([^\u300D]*)\u300D|\u300E([^\u300F]*)\u300F|"([^"]*)"/g;

export function quotedSpans(text: string): QuotedSpan[] {
	return [...text.matchAll(QUOTED)].map((m) => {
		const words = m.slice(1).find((g) => g !== undefined) ?? '';
		const whole = m[0];
		return { start: m.index, end: m.index + whole.length, open: whole.slice(0, 1), close: whole.slice(-1), words };
	});
}

/** Compares quotations without tripping on typographic quote marks, apostrophes, case, width or spacing. */
export function normaliseQuote(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u02BC]/g, "'")
		.replace(/[\u201C\u201D\u00AB\u00BB\u201E]/g, '"')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

const WORDY = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * Whether `text` holds `words` whole: in a language written with spaces, a quoted "Bal" is not the start of "balance";
 * in one written without (Japanese, Chinese), any run of characters is words.
 */
function containsWords(text: string, words: string): boolean {
	const fits = (edge: string | undefined, next: string | undefined): boolean =>
		!edge || !next || !WORDY.test(edge) || !WORDY.test(next) || UNSPACED.test(edge) || UNSPACED.test(next);
	for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1))
		if (fits(words[0], text[i - 1]) && fits(words[words.length - 1], text[i + words.length])) return true;
	return false;
}

/** The key of the first quotation whose words contain the span (word for word), or undefined. */
export function quotationFor(words: string, renderings: ReadonlyMap<string, string>): string | undefined {
	const q = normaliseQuote(words);
	if (!q) return undefined;
	for (const [key, text] of renderings) if (containsWords(normaliseQuote(text), q)) return key;
	return undefined;
}

/**
 * A paragraph as runs: text, and each quoted span that is a registered quotation as `{ quote }`, its marks kept in the
 * text around it. Spans that are no quotation stay text (the validator refuses them first).
 */
export function segmentProse(text: string, renderings: ReadonlyMap<string, string>): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const span of quotedSpans(text)) {
		const key = quotationFor(span.words, renderings);
		if (!key) continue;
		out.push(text.slice(at, span.start + span.open.length));
		out.push({ quote: key, words: span.words });
		at = span.end - span.close.length;
	}
	out.push(text.slice(at));
	return mergeText(out);
}

function mergeText(segments: Segment[]): Segment[] {
	const out: Segment[] = [];
	for (const s of segments) {
		const last = out[out.length - 1];
		if (typeof s === 'string' && s === '') continue;
		if (typeof s === 'string' && typeof last === 'string') out[out.length - 1] = last + s;
		else out.push(s);
	}
	return out;
}

/** A paragraph's plain text, its quotations in their marks (for page descriptions and word counts). */
export function proseText(prose: readonly Segment[]): string {
	return prose.map((s) => (typeof s === 'string' ? s : s.words)).join('');
}
