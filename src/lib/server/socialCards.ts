// Build time only: each page's social card as a 1200×630 PNG, rendered from its SVG (staticMaps().socials) by resvg
// with fonts bundled from npm packages, never the machine's own. A card whose text the fonts cannot set fails the
// build, naming the card.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { uncoveredCharacters, CARD_FONTS } from '../static-map/socialCard';
import { CARD_SIZE } from '../share/sharePaths';

const require = createRequire(import.meta.url);

/** Noto Sans (labels, the panel's small text) and Noto Serif bold (titles), in TrueType from @expo-google-fonts. */
export const CARD_FONT_FILES = [
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
	'@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'
].map((file) => require.resolve(file));

/** The card `svg` (named `what` in errors) as PNG bytes, exactly CARD_SIZE. */
export function renderCardPng(svg: string, what: string): Uint8Array<ArrayBuffer> {
	const missing = uncoveredCharacters(svg);
	if (missing.length > 0) throw new Error(`social card ${what}: the bundled fonts cannot set ${missing.map((c) => JSON.stringify(c)).join(' ')}`);
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: CARD_SIZE.width },
		font: {
			loadSystemFonts: false,
			fontFiles: CARD_FONT_FILES,
			defaultFontFamily: CARD_FONTS.sans,
			serifFamily: CARD_FONTS.serif,
			sansSerifFamily: CARD_FONTS.sans
		}
	});
	const image = resvg.render();
	if (image.width !== CARD_SIZE.width || image.height !== CARD_SIZE.height)
		throw new Error(`social card ${what}: rendered ${image.width}×${image.height}, not ${CARD_SIZE.width}×${CARD_SIZE.height}`);
	return new Uint8Array(image.asPng());
}
