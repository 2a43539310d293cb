// Build time only: each page's social card as a 1200×630 PNG, rendered from its SVG (staticMaps().socials) by resvg
// with fonts bundled from npm packages, never the machine's own: Noto Sans and Serif, and for Japanese and Chinese
// cards Noto Sans and Serif JP or SC (each language's forms of the Han characters). Before a card is drawn, every
// character it sets is looked up in the font its text names: one the font lacks fails the build, naming the card.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { openSync, type Font } from 'fontkit';
import { cardFontsFor, CARD_FONTS } from '../static-map/socialCard';
import { CARD_SIZE } from '../share/sharePaths';

const require = createRequire(import.meta.url);

/** Each card font family's TrueType files (@expo-google-fonts): regular and bold sans, bold serif. */
const FAMILY_FILES: Record<string, string[]> = {
	'Noto Sans': ['noto-sans/400Regular/NotoSans_400Regular.ttf', 'noto-sans/700Bold/NotoSans_700Bold.ttf'],
	'Noto Serif': ['noto-serif/700Bold/NotoSerif_700Bold.ttf'],
	'Noto Sans JP': ['noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'],
	'Noto Serif JP': ['noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf'],
	'Noto Sans SC': ['noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'],
	'Noto Serif SC': ['noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf']
};

const fileOf = (file: string): string => require.resolve(`@expo-google-fonts/${file}`);

/** The font files a card in `lang` loads: its own families, and the Latin ones. */
export function cardFontFiles(lang?: string): string[] {
	const families = new Set([...Object.values(cardFontsFor(lang)), ...Object.values(CARD_FONTS)]);
	return [...families].flatMap((family) => FAMILY_FILES[family]!.map(fileOf));
}

const opened = new Map<string, Font>();
function fontsOf(family: string): Font[] {
	const files = FAMILY_FILES[family];
	if (!files) return [];
	return files.map((file) => {
		let font = opened.get(file);
		if (!font) opened.set(file, (font = openSync(fileOf(file)) as Font));
		return font;
	});
}

/**
 * The characters of `svg`'s text that the font each text names cannot set (whitespace aside), by family. A text
 * without a font-family of its own takes the root <svg>'s.
 */
export function missingGlyphs(svg: string): { family: string; characters: string[] }[] {
	const rootFamily = /^[\s\S]*?<svg[^>]*?font-family="([^"]*)"/.exec(svg)?.[1];
	const missing = new Map<string, Set<string>>();
	for (const m of svg.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)) {
		const family = (/font-family="([^"]*)"/.exec(m[1]!)?.[1] ?? rootFamily ?? CARD_FONTS.sans).split(',')[0]!.trim().replace(/^'|'$/g, '');
		const fonts = fontsOf(family);
		const text = m[2]!
			.replace(/<[^>]*>/g, '')
			.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
		for (const ch of text) {
			if (/\s/.test(ch)) continue;
			const cp = ch.codePointAt(0)!;
			if (!fonts.some((f) => f.hasGlyphForCodePoint(cp))) missing.set(family, (missing.get(family) ?? new Set()).add(ch));
		}
	}
	return [...missing].map(([family, characters]) => ({ family, characters: [...characters] }));
}

/** The card `svg` in `lang` (named `what` in errors) as PNG bytes, exactly CARD_SIZE. */
export function renderCardPng(svg: string, what: string, lang?: string): Uint8Array<ArrayBuffer> {
	const missing = missingGlyphs(svg);
	if (missing.length > 0)
		throw new Error(
			`social card ${what}: the bundled fonts cannot set ${missing.map(({ family, characters }) => `${characters.map((c) => JSON.stringify(c)).join(' ')} (${family})`).join('; ')}`
		);
	const fonts = cardFontsFor(lang);
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_SIZE.width },
		font: { loadSystemFonts: false, fontFiles: cardFontFiles(lang), defaultFontFamily: fonts.sans, serifFamily: fonts.serif, sansSerifFamily: fonts.sans }
	});
	const image = resvg.render();
	if (image.width !== CARD_SIZE.width || image.height !== CARD_SIZE.height)
		throw new Error(`social card ${what}: rendered ${image.width}×${image.height}, not ${CARD_SIZE.width}×${CARD_SIZE.height}`);
	return new Uint8Array(image.asPng());
}
