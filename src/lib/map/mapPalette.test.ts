import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './mapPalette';

describe('PALETTE and the page CSS', () => {
	it('the page’s --sea (behind a map still loading) is the map’s sea', () => {
		const css = readFileSync(resolve(import.meta.dirname, '../../app.css'), 'utf8');
		expect(css.match(/--sea:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(PALETTE.sea);
	});
});
