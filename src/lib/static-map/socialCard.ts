// A social card (1200×630) as SVG: the step's static map filling the card, framed clear of a text panel that sets the
// explainer's name, the step's place in the story, its title and the story's title. Pure; the build renders it to
// PNG with the bundled fonts (src/lib/server/socialCards.ts).
import { CARD_SIZE } from '../share/sharePaths';
import { escapeXml } from './renderStaticMap';
import { textWidthPx } from './placeLabels';
import { phrasesOf, withoutBreaks } from '../text/lineBreaks';

/** The fonts a card is set in: bundled at build (npm font packages), never the machine's. */
export interface CardFonts {
	sans: string;
	serif: string;
}

/** Latin, Greek and Cyrillic. */
export const CARD_FONTS: CardFonts = { sans: 'Noto Sans', serif: 'Noto Serif' };
/** Han characters take the forms of the card's language: Japanese, or Simplified Chinese. */
const CJK_CARD_FONTS: Record<string, CardFonts> = {
	ja: { sans: 'Noto Sans JP', serif: 'Noto Serif JP' },
	'zh-Hans': { sans: 'Noto Sans SC', serif: 'Noto Serif SC' }
};

/** The fonts for a card in `lang` (BCP 47): a language written in Han characters gets its own forms of them. */
export function cardFontsFor(lang = 'en'): CardFonts {
	const locale = new Intl.Locale(lang).maximize();
	if (locale.language === 'ja') return CJK_CARD_FONTS.ja!;
	if (locale.language === 'zh' && locale.script === 'Hans') return CJK_CARD_FONTS['zh-Hans']!;
	return CARD_FONTS;
}

/** The text panel on the card's left, in px; the map is framed in the rest (see `CARD_PANEL`'s use in socialCards). */
export const CARD_PANEL = { width: 500, padding: 48 } as const;

/** The house colours (src/app.css, tested to match): the panel is a card of the page, in its accent. */
export const CARD_COLOURS = { panel: '#ffffff', ink: '#1a1a1a', muted: '#4b5563', accent: '#1e4e79', rule: '#d1d5db' } as const;

/** Title sizes tried largest first; the first at which the title fits in TITLE_MAX_LINES is used. */
const TITLE_SIZES_PX = [52, 46, 40, 34];
const TITLE_MAX_LINES = 5;
/** The story's title (the dek on the front page's card) at the foot of the panel: at most this many lines. */
const STORY_MAX_LINES = 4;
/** Serif bold runs about this much wider than the sans estimate of `textWidthPx`. */
const SERIF_BOLD_WIDTH = 1.08;

export interface CardText {
	/** The explainer's name, set small at the top ("treaty-map explainer"). */
	site: string;
	/** Where the page is in the story ("Step 7 of 18 · The argument"); empty on the front page's card. */
	kicker: string;
	/** The step's title (the story's on the front page), names filled in. */
	title: string;
	/** The story's title, set under the step's; empty on the front page's card. */
	story: string;
	/** The card's language (BCP 47). */
	lang?: string;
}

/** Characters that may not start a line (closing marks, small kana, the iteration mark): kinsoku shori, simplified. */
const NO_LINE_START = /^[、。，．,.!?！？：；:;)）」』】〕〉》”’»ゝゞーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々]/u;
/** Characters that may not end a line (opening marks). */
const NO_LINE_END = /[(（「『【〔〈《“‘«]$/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * The pieces a line may break between, each with the text that joins it to the one before: a space between words;
 * nothing at a line-break mark (lineBreaks.ts: between Japanese or Chinese phrases); and, in a run of Han or kana
 * characters that has no mark, between characters, except where a closing mark would start a line or an opening one
 * end it.
 */
function breakUnits(text: string): { text: string; join: string }[] {
	const out: { text: string; join: string }[] = [];
	for (const [w, word] of text.split(/\s+/).filter(Boolean).entries()) {
		const phrases = phrasesOf(word);
		for (const [p, phrase] of phrases.entries()) {
			const pieces = phrases.length > 1 || !HAN_OR_KANA.test(phrase) ? [phrase] : characterUnits(phrase);
			pieces.forEach((piece, i) => out.push({ text: piece, join: i === 0 && p === 0 && w > 0 ? ' ' : '' }));
		}
	}
	return out;
}

/** A run with no break marks, in pieces a line may break between: before each Han or kana character, within kinsoku. */
function characterUnits(run: string): string[] {
	const units: string[] = [];
	let unit = '';
	for (const ch of run) {
		if (unit && HAN_OR_KANA.test(ch) && !NO_LINE_START.test(ch) && !NO_LINE_END.test(unit)) {
			units.push(unit);
			unit = '';
		}
		unit += ch;
	}
	if (unit) units.push(unit);
	return units;
}

/** Greedy wrap to `maxPx` at `sizePx` (a piece longer than the line stands alone); the lines carry no break marks. */
export function wrapText(text: string, sizePx: number, maxPx: number, widthFactor = 1): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text)) {
		const next = line ? `${line}${unit.join}${unit.text}` : unit.text;
		if (line && textWidthPx(next, sizePx) * widthFactor > maxPx) {
			lines.push(line);
			line = unit.text;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/** A last line cut short: its trailing spaces and punctuation dropped, an ellipsis added. */
function ellipsis(line: string): string {
	return `${line.replace(/[\s\p{P}]*$/u, '')}…`;
}

/** The title's size and lines: the largest size at which it fits the panel; at the smallest, cut with an ellipsis. */
export function fitTitle(title: string, maxPx: number): { sizePx: number; lines: string[] } {
	for (const sizePx of TITLE_SIZES_PX) {
		const lines = wrapText(title, sizePx, maxPx, SERIF_BOLD_WIDTH);
		if (lines.length <= TITLE_MAX_LINES) return { sizePx, lines };
	}
	const sizePx = TITLE_SIZES_PX[TITLE_SIZES_PX.length - 1]!;
	const lines = wrapText(title, sizePx, maxPx, SERIF_BOLD_WIDTH).slice(0, TITLE_MAX_LINES);
	lines[TITLE_MAX_LINES - 1] = ellipsis(lines[TITLE_MAX_LINES - 1]!);
	return { sizePx, lines };
}

function textBlock(lines: string[], x: number, y: number, sizePx: number, lineHeight: number, attrs: string): string {
	const spans = lines.map((l, i) => `<tspan x="${x}" y="${(y + i * sizePx * lineHeight).toFixed(1)}">${escapeXml(l)}</tspan>`).join('');
	return `<text font-size="${sizePx}" ${attrs}>${spans}</text>`;
}

/**
 * The card: `mapSvg` (drawn at the card's size, framed clear of the panel) under the panel and its text. Everything
 * the card shows is text in its language's card fonts (cardFontsFor) or drawn shapes.
 */
export function socialCardSvg(mapSvg: string, text: CardText): string {
	const fonts = cardFontsFor(text.lang);
	const { width, height } = CARD_SIZE;
	const { width: panel, padding } = CARD_PANEL;
	const inner = panel - 2 * padding;
	const out: string[] = [];
	out.push(`<rect width="${panel}" height="${height}" fill="${CARD_COLOURS.panel}"/>`);
	out.push(`<rect x="${panel}" width="2" height="${height}" fill="${CARD_COLOURS.rule}"/>`);
	out.push(`<rect width="${panel}" height="10" fill="${CARD_COLOURS.accent}"/>`);
	let y = padding + 30;
	out.push(
		textBlock(
			[withoutBreaks(text.site).toUpperCase()],
			padding,
			y,
			20,
			1.2,
			`font-family="${fonts.sans}" font-weight="700" letter-spacing="1.5" fill="${CARD_COLOURS.accent}"`
		)
	);
	y += 44;
	if (text.kicker) {
		out.push(textBlock([withoutBreaks(text.kicker)], padding, y, 22, 1.2, `font-family="${fonts.sans}" fill="${CARD_COLOURS.muted}"`));
		y += 30;
	}
	const title = fitTitle(text.title, inner);
	y += title.sizePx;
	out.push(textBlock(title.lines, padding, y, title.sizePx, 1.18, `font-family="${fonts.serif}" font-weight="700" fill="${CARD_COLOURS.ink}"`));
	if (text.story) {
		const all = wrapText(text.story, 22, inner);
		const lines = all.slice(0, STORY_MAX_LINES);
		if (all.length > STORY_MAX_LINES) lines[STORY_MAX_LINES - 1] = ellipsis(lines[STORY_MAX_LINES - 1]!);
		const top = height - padding - (lines.length - 1) * 22 * 1.35;
		out.push(`<rect x="${padding}" y="${(top - 44).toFixed(1)}" width="64" height="4" fill="${CARD_COLOURS.accent}"/>`);
		out.push(textBlock(lines, padding, top, 22, 1.35, `font-family="${fonts.sans}" fill="${CARD_COLOURS.muted}"`));
	}
	// The map's labels in the card's fonts: the names are in the card's language.
	const map = mapSvg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^(<svg[^>]*?) font-family="[^"]*"/, `$1 font-family="${fonts.sans}"`);
	return [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`, map, ...out, '</svg>'].join('\n');
}
