import { describe, expect, it } from 'vitest';
import { LabelCollisions, layoutLineText, layoutText, lineCenter, textWidthPx, wrapLabel } from './placeLabels';

describe('wrapLabel', () => {
	it('breaks a long island label into balanced lines, as MapLibre does with text-max-width', () => {
		expect(wrapLabel('Kunashir / Kunashiri', 15, 8)).toEqual(['Kunashir /', 'Kunashiri']);
	});
	it('keeps a short label on one line', () => {
		expect(wrapLabel('Shikotan', 15, 8)).toEqual(['Shikotan']);
		expect(wrapLabel('Iturup / Etorofu', 15, 8)).toEqual(['Iturup / Etorofu']); // 7.6 em in DejaVu Sans
		expect(wrapLabel('Tokyo', 14, 10)).toEqual(['Tokyo']);
	});
	it('balances three lines rather than filling the first', () => {
		const lines = wrapLabel('Aegis Ashore site at Araya, Akita (cancelled)', 14, 8);
		expect(lines.length).toBeGreaterThan(1);
		const widths = lines.map((l) => textWidthPx(l, 14));
		expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(60);
	});
});

describe('layoutText', () => {
	it('puts a left-anchored label to the right of its point, the radial offset away', () => {
		const t = layoutText(['Tokyo'], 14, [100, 100], 'left', 11.2);
		expect(t.align).toBe('start');
		expect(t.x).toBeCloseTo(111.2, 6);
		expect(t.box.x0).toBeCloseTo(111.2, 6);
		expect((t.box.y0 + t.box.y1) / 2).toBeCloseTo(100, 6);
	});
	it('puts a top-anchored label below its point, and centres a centred one', () => {
		const top = layoutText(['A', 'B'], 10, [50, 50], 'top', 5);
		expect(top.box.y0).toBeCloseTo(55, 6);
		expect(top.box.y1 - top.box.y0).toBeCloseTo(24, 6);
		const centre = layoutText(['Shikotan'], 15, [50, 50], 'center');
		expect((centre.box.x0 + centre.box.x1) / 2).toBeCloseTo(50, 6);
		expect(centre.align).toBe('middle');
	});
});

describe('LabelCollisions', () => {
	it('keeps the first label and drops later ones that overlap it or leave the view', () => {
		const c = new LabelCollisions({ width: 100, height: 100 });
		expect(c.claim({ x0: 10, y0: 10, x1: 40, y1: 20 })).toBe(true);
		expect(c.claim({ x0: 30, y0: 15, x1: 60, y1: 25 })).toBe(false);
		expect(c.claim({ x0: 10, y0: 22, x1: 40, y1: 30 })).toBe(false); // within the 2 px padding
		expect(c.claim({ x0: 10, y0: 30, x1: 40, y1: 40 })).toBe(true);
		expect(c.claim({ x0: 90, y0: 50, x1: 110, y1: 60 })).toBe(false);
	});
});

describe('lineCenter and layoutLineText', () => {
	it('finds the middle of a line by length and keeps its text upright', () => {
		const c = lineCenter([
			[100, 0],
			[0, 0],
			[0, 100]
		])!;
		expect(c.at).toEqual([0, 0]);
		expect(c.lengthPx).toBe(200);
		expect(c.angleDeg).toBe(0); // a westward segment reads left to right, not upside down
	});
	it('sets the label above the line and hides it when it is longer than the line', () => {
		const c = lineCenter([
			[0, 100],
			[200, 100]
		])!;
		const t = layoutLineText('Shimoda line', 13, c, -0.9)!;
		expect(t.box.y1).toBeLessThan(100);
		expect(
			layoutLineText(
				'A name far too long for this line',
				13,
				lineCenter([
					[0, 0],
					[40, 0]
				])!,
				-0.9
			)
		).toBeNull();
	});
});
