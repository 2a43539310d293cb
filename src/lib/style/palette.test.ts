import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { PALETTE } from './palette';

describe('PALETTE and the page CSS', () => {
	it('the page’s --sea (behind a map still loading) is the map’s sea', () => {
		const css = readFileSync(resolve(import.meta.dirname, '../../app.css'), 'utf8');
		expect(css.match(/--sea:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(PALETTE.sea);
	});
});

describe('contrastRatio', () => {
	it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#cfe0ea', '#cfe0ea')).toBe(1);
		expect(contrastRatio('#1e40af', '#f4f1ea')).toBe(contrastRatio('#f4f1ea', '#1e40af'));
	});

	it('labels on their halo are readable (4.5:1, WCAG text contrast)', () => {
		expect(contrastRatio(PALETTE.label, PALETTE.labelHalo)).toBeGreaterThanOrEqual(4.5);
	});
});
