import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textWidthPx } from './placeLabels';
import { CARD_COLOURS, CARD_PANEL, fitTitle, socialCardSvg, uncoveredCharacters, wrapText } from './socialCard';
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

describe('uncoveredCharacters', () => {
	it('passes Latin, Cyrillic and punctuation, and names what the bundled fonts lack', () => {
		expect(uncoveredCharacters('<text>Iturup / Etorofu — «Итуруп» 45°N</text>')).toEqual([]);
		expect(uncoveredCharacters('<text><tspan>Etorofu 択捉</tspan></text>')).toEqual(['択', '捉']);
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
