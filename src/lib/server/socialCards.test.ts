import { describe, expect, it } from 'vitest';
import { cardFontFiles, missingGlyphs, renderCardPng } from './socialCards';
import { socialCardSvg } from '../static-map/socialCard';

const MAP = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630" font-family="'Noto Sans', sans-serif"><rect width="1200" height="630" fill="#cfe0ec"/><text x="800" y="300">{label}</text></svg>`;
const card = (lang: string, title: string, label: string): string =>
	socialCardSvg(MAP.replace('{label}', label), { site: 'treaty-map', kicker: 'k', title, story: 'dek', lang });

describe('missingGlyphs', () => {
	it('finds every character in the fonts the text names', () => {
		expect(missingGlyphs(card('en', 'Iturup / Etorofu — «Итуруп» 45°N', 'Kunashir'))).toEqual([]);
		expect(missingGlyphs(card('ja', '択捉島と国後島「根深い」', 'イトゥルップ島/択捉島'))).toEqual([]);
		expect(missingGlyphs(card('zh-Hans', '择捉岛和国后岛“根深蒂固”', '伊图鲁普岛/择捉岛'))).toEqual([]);
	});
	it('names the characters and the font that lacks them', () => {
		expect(missingGlyphs(card('en', 'Etorofu 択捉', 'x'))).toEqual([{ family: 'Noto Serif', characters: ['択', '捉'] }]);
		// The map's labels are set in the card's sans.
		expect(missingGlyphs(card('ru', 'Итуруп', 'Хабомаи 歯舞'))).toEqual([{ family: 'Noto Sans', characters: ['歯', '舞'] }]);
		// A character outside every bundled font (Linear B).
		expect(missingGlyphs(card('ja', '𐀀', 'x'))).toEqual([{ family: 'Noto Serif JP', characters: ['𐀀'] }]);
	});
});

describe('renderCardPng', () => {
	it('draws a Japanese card as a 1200×630 PNG', () => {
		const png = renderCardPng(card('ja', '択捉島の空港', '択捉島'), '"ja/test"', 'ja');
		expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const view = new DataView(png.buffer, png.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
	});
	it('fails naming the card and what it cannot set', () => {
		expect(() => renderCardPng(card('en', 'Etorofu 択捉', 'x'), '"step/x"', 'en')).toThrow(
			/social card "step\/x": the bundled fonts cannot set "択" "捉" \(Noto Serif\)/
		);
	});
	it('loads only the fonts of the card’s language (and the Latin ones)', () => {
		expect(cardFontFiles('ja').some((f) => f.includes('NotoSansJP'))).toBe(true);
		expect(cardFontFiles('ja').some((f) => f.includes('SC_'))).toBe(false);
		expect(cardFontFiles('ru').every((f) => /NotoS(ans|erif)_/.test(f))).toBe(true);
	});
});
