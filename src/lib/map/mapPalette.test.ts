import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_STYLES } from './layerRegistry';
import { PALETTE } from './mapPalette';

describe('PALETTE and the page CSS', () => {
	it('the page’s --sea (behind a map still loading) is the map’s sea', () => {
		const css = readFileSync(resolve(import.meta.dirname, '../../app.css'), 'utf8');
		expect(css.match(/--sea:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(PALETTE.sea);
	});
});

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

describe('the line styles', () => {
	it('stand out (3:1, WCAG non-text contrast) on the sea, the land and Hokkaido', () => {
		for (const [id, style] of Object.entries(LINE_STYLES))
			for (const ground of [PALETTE.sea, PALETTE.land, PALETTE.hokkaido]) expect(contrast(style.color, ground), `${id} on ${ground}`).toBeGreaterThanOrEqual(3);
	});

	it('differ from one another in colour and dash, so lines shown together stay apart', () => {
		const styles = Object.values(LINE_STYLES);
		expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
		const borders = styles.filter((s) => s.kind === 'border');
		expect(new Set(borders.map((s) => s.dash.join(','))).size).toBe(borders.length);
	});
});
