import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidthPx } from './placeLabels';
import { BREAK } from '../text/lineBreaks';
import { CARD_COLOURS, CARD_PANEL, cardFontsFor, fitTitle, socialCardSvg, wrapText } from './socialCard';
import { xmlErrors } from './wellFormedXml';

const MAP = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630" width="1200" height="630"><rect width="1200" height="630" fill="#cfe0ec"/></svg>';

describe('wrapText', () => {
	it('breaks at words, each line within the width', () => {
		const lines = wrapText('Abe and Putin meet at a hot-spring inn in Nagato', 40, 300);
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(textWidthPx(l, 40)).toBeLessThanOrEqual(300);
		expect(lines.join(' ')).toBe('Abe and Putin meet at a hot-spring inn in Nagato');
	});
});

describe('wrapText in Japanese and Chinese', () => {
	it('breaks only at the line-break marks between phrases, and drops the marks', () => {
		const phrases = ['ロシアが', '管轄し、', '日本が', '領有を', '主張している', '四つの', '島。'];
		const lines = wrapText(phrases.join(BREAK), 40, 404);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(phrases.join(''));
		// Each line ends where a phrase ends.
		const ends = new Set(phrases.map((_, i) => phrases.slice(0, i + 1).join('').length));
		let at = 0;
		for (const l of lines) {
			expect(l).not.toContain(BREAK);
			expect(ends).toContain((at += l.length));
			expect(textWidthPx(l, 40)).toBeLessThanOrEqual(404);
		}
	});
	it('without marks, breaks between characters but never before a closing mark or after an opening one', () => {
		const text = '北方領土の日を前にした軍事演習。「信頼の欠如は根深い」と述べた。';
		for (const width of [200, 240, 300, 404]) {
			const lines = wrapText(text, 40, width);
			expect(lines.join('')).toBe(text);
			for (const l of lines) {
				expect(l).not.toMatch(/^[、。」』）]/);
				expect(l).not.toMatch(/[「『（]$/);
			}
		}
	});
	it('keeps a space between Latin words in a Japanese title', () => {
		expect(wrapText(`Aegis${BREAK}Ashore`, 40, 1000)).toEqual(['AegisAshore']);
		expect(wrapText('Aegis Ashore', 40, 1000)).toEqual(['Aegis Ashore']);
	});
});

describe('cardFontsFor', () => {
	it('sets Japanese and Chinese cards in their own forms of the Han characters, others in Noto Sans and Serif', () => {
		expect(cardFontsFor('ja')).toEqual({ sans: 'Noto Sans JP', serif: 'Noto Serif JP' });
		expect(cardFontsFor('zh-Hans')).toEqual({ sans: 'Noto Sans SC', serif: 'Noto Serif SC' });
		expect(cardFontsFor('zh')).toEqual({ sans: 'Noto Sans SC', serif: 'Noto Serif SC' });
		expect(cardFontsFor('ru')).toEqual({ sans: 'Noto Sans', serif: 'Noto Serif' });
		expect(cardFontsFor()).toEqual({ sans: 'Noto Sans', serif: 'Noto Serif' });
	});
	it('names them in the card, its map’s labels included', () => {
		const svg = socialCardSvg(MAP.replace('<svg ', '<svg font-family="\'Noto Sans\', sans-serif" '), {
			site: 's',
			kicker: 'k',
			title: '択捉島',
			story: 'd',
			lang: 'ja'
		});
		expect(svg).toContain('font-family="Noto Serif JP"');
		expect(svg).toContain('font-family="Noto Sans JP"');
		expect(svg).not.toContain("'Noto Sans'");
	});
});

describe('fitTitle', () => {
	it('keeps a short title large and shrinks a long one to fit', () => {
		const inner = CARD_PANEL.width - 2 * CARD_PANEL.padding;
		expect(fitTitle('Nagato', inner).sizePx).toBe(52);
		const long = fitTitle('1945 and 1951: two readings of the same documents, and what each side says they settled', inner);
		expect(long.sizePx).toBeLessThan(52);
		expect(long.lines.length).toBeLessThanOrEqual(5);
	});
	it('cuts a title too long for any size with an ellipsis', () => {
		const t = fitTitle('word '.repeat(80), 404);
		expect(t.lines).toHaveLength(5);
		expect(t.lines.at(-1)).toMatch(/…$/);
	});
});

describe('socialCardSvg', () => {
	const svg = socialCardSvg(MAP, {
		site: 'treaty-map explainer',
		kicker: 'Step 7 of 18 · The argument',
		title: 'A summit at Nagato & after',
		story: 'Why Japan and Russia still have no peace treaty'
	});
	it('is well-formed, 1200×630, with the map under the panel', () => {
		expect(xmlErrors(svg)).toEqual([]);
		expect(svg).toMatch(/^<svg[^>]* width="1200" height="630"/);
		expect(svg.indexOf('#cfe0ec')).toBeLessThan(svg.indexOf('TREATY-MAP EXPLAINER'));
	});
	it('sets the explainer’s name, the kicker, the title (escaped) and the story', () => {
		expect(svg).toContain('TREATY-MAP EXPLAINER');
		expect(svg).toContain('Step 7 of 18 · The argument');
		expect(svg).toContain('&amp;');
		expect(svg).not.toMatch(/& /);
		expect(svg).toContain('Why Japan and Russia');
	});
});

describe('the foot of the panel', () => {
	it('ends a text cut to fit with an ellipsis', () => {
		const svg = socialCardSvg(MAP, { site: 's', kicker: '', title: 'T', story: 'a long dek that goes on '.repeat(12) });
		expect(svg).toMatch(/…<\/tspan><\/text>\n<\/svg>$/);
	});
});

describe('CARD_COLOURS', () => {
	it('are the page’s own (src/app.css)', () => {
		const css = readFileSync(resolve(import.meta.dirname, '../../app.css'), 'utf8');
		const variable = (name: string): string | undefined => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
		expect(variable('card-bg')).toBe(CARD_COLOURS.panel);
		expect(variable('ink')).toBe(CARD_COLOURS.ink);
		expect(variable('muted')).toBe(CARD_COLOURS.muted);
		expect(variable('accent')).toBe(CARD_COLOURS.accent);
		expect(variable('rule')).toBe(CARD_COLOURS.rule);
	});
});
