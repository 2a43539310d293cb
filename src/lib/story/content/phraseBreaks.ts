// Build time: where lines may break in text of a language written without spaces between words, so that a line
// never breaks inside a word where it can break between phrases. Japanese: BudouX's phrases (bunsetsu: a word with
// its particles). Chinese: a break only where both BudouX and ICU's word segmenter (Intl.Segmenter) break, as each
// alone splits some words the other keeps. Thai: BudouX. Other languages need none. Names are written as
// {placeholders} in the text; each is segmented as the name a reader sees and never broken inside.
import {
	loadDefaultJapaneseParser,
	loadDefaultSimplifiedChineseParser,
	loadDefaultThaiParser,
	loadDefaultTraditionalChineseParser,
	type Parser
} from 'budoux';
import { BREAK } from '../../text/lineBreaks';

type Segmenter = (text: string) => Set<number>;

const parsers = new Map<string, Parser>();
function budoux(kind: 'ja' | 'zh-hans' | 'zh-hant' | 'th'): Segmenter {
	return (text) => {
		let parser = parsers.get(kind);
		if (!parser) {
			parser = { ja: loadDefaultJapaneseParser, 'zh-hans': loadDefaultSimplifiedChineseParser, 'zh-hant': loadDefaultTraditionalChineseParser, th: loadDefaultThaiParser }[kind]();
			parsers.set(kind, parser);
		}
		return offsetsOf(parser.parse(text));
	};
}

function icu(lang: string): Segmenter {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
	return (text) => new Set([...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0));
}

/** The offsets between consecutive pieces. */
function offsetsOf(pieces: readonly string[]): Set<number> {
	const out = new Set<number>();
	let at = 0;
	for (const piece of pieces.slice(0, -1)) out.add((at += piece.length));
	return out;
}

/** The segmenter for a language (BCP 47), or undefined when its words are separated by spaces. */
export function segmenterFor(lang: string): Segmenter | undefined {
	const locale = new Intl.Locale(lang).maximize();
	if (locale.language === 'ja') return budoux('ja');
	if (locale.language === 'th') return budoux('th');
	if (locale.language === 'zh') {
		const phrases = budoux(locale.script === 'Hant' ? 'zh-hant' : 'zh-hans');
		const words = icu(lang);
		return (text) => {
			const both = words(text);
			return new Set([...phrases(text)].filter((i) => both.has(i)));
		};
	}
	return undefined;
}

const PLACEHOLDER = /\{([a-z0-9][a-z0-9-]*)\}/g;
/** Characters between which a break mark is never needed: a space already breaks; Latin words and numbers stay whole. */
const NO_MARK = /[\s\p{Script=Latin}\p{Number}]/u;

/** A dot that joins the parts of a transcribed name (约翰·史密斯, ジョン・スミス): never a break beside it. */
const NAME_JOINER = /[·・]/;

/** The spans of `text` (start, end) that are one of the `whole` strings: a line never breaks inside them. */
function wholeSpans(text: string, whole: readonly string[]): [number, number][] {
	const spans: [number, number][] = [];
	for (const w of whole) {
		if (w.length < 2) continue;
		for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) spans.push([at, at + w.length]);
	}
	return spans;
}

/**
 * The offsets in `text` where a line may break, for `lang`. `nameOf` gives the words a placeholder stands for (its
 * name as shown): the text is segmented with the names in place, and no break falls inside a placeholder. No break
 * falls inside any of the `whole` strings either (the names of people and places written out in the text, which a
 * segmenter trained on common words may split), nor beside a dot that joins a name's parts.
 */
export function breakOffsets(text: string, lang: string, nameOf: (key: string) => string, whole: readonly string[] = []): number[] {
	const segment = segmenterFor(lang);
	if (!segment) return [];
	// The text as read, and for each of its offsets the offset in `text` (or -1 inside a name).
	let read = '';
	const origin: number[] = [];
	const copy = (from: number, to: number): void => {
		read += text.slice(from, to);
		for (let i = from; i < to; i++) origin.push(i);
	};
	let at = 0;
	for (const m of text.matchAll(PLACEHOLDER)) {
		copy(at, m.index);
		const name = nameOf(m[1]!) || m[0];
		origin.push(m.index, ...Array<number>(Math.max(name.length - 1, 0)).fill(-1));
		read += name;
		at = m.index + m[0].length;
	}
	copy(at, text.length);
	const kept = wholeSpans(text, whole);
	const out: number[] = [];
	for (const i of [...segment(read)].sort((a, b) => a - b)) {
		const o = origin[i];
		if (o === undefined || o <= 0) continue;
		if (NO_MARK.test(text[o - 1]!) && NO_MARK.test(text[o]!)) continue;
		if (/\s/.test(text[o - 1]!) || /\s/.test(text[o]!)) continue;
		if (NAME_JOINER.test(text[o - 1]!) || NAME_JOINER.test(text[o]!)) continue;
		if (kept.some(([start, end]) => o > start && o < end)) continue;
		out.push(o);
	}
	return out;
}

/** `text` with a line-break mark (U+200B) at each offset where a line may break; unchanged for spaced languages. */
export function markBreaks(text: string, lang: string, nameOf: (key: string) => string, whole: readonly string[] = []): string {
	const offsets = breakOffsets(text, lang, nameOf, whole);
	if (offsets.length === 0) return text;
	let out = '';
	let from = 0;
	for (const o of offsets) {
		out += text.slice(from, o) + BREAK;
		from = o;
	}
	return out + text.slice(from);
}
