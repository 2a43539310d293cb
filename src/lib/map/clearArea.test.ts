import { describe, expect, it } from 'vitest';
import { area, clearPadding, clearRect, intersect, type Rect } from './clearArea';

const map: Rect = { left: 0, top: 0, right: 1280, bottom: 800 };

describe('clearPadding', () => {
	it('leaves an uncovered map alone', () => {
		expect(clearPadding(map, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});

	it('keeps a full-height text panel on the left out of the view', () => {
		const panel = { left: 24, top: 0, right: 484, bottom: 800 };
		expect(clearPadding(map, [panel])).toEqual({ top: 0, right: 0, bottom: 0, left: 484 });
	});

	it('clears a corner box by the cheaper side for the target: a wide target gives up height, a tall one width', () => {
		const key = { left: 1000, top: 600, right: 1270, bottom: 790 };
		// Wide: pushing the bottom up costs height, which a wide target has to spare.
		expect(clearPadding(map, [key], 4)).toMatchObject({ bottom: 200, right: 0 });
		// Tall: pushing the right side in costs width, which a tall target has to spare.
		expect(clearPadding(map, [key], 0.25)).toMatchObject({ right: 280, bottom: 0 });
	});

	it('clears the panel, the buttons, the key and the attribution together, and the clear part meets none of them', () => {
		const covers: Rect[] = [
			{ left: 24, top: 0, right: 484, bottom: 800 },
			{ left: 1110, top: 10, right: 1270, bottom: 54 },
			{ left: 980, top: 520, right: 1270, bottom: 770 },
			{ left: 1000, top: 778, right: 1280, bottom: 800 }
		];
		const clear = clearRect(map, clearPadding(map, covers, 1.5));
		for (const c of covers) expect(intersect(c, clear), JSON.stringify(c)).toBeNull();
		// For a 3:2 target, the view from the panel to the map's right edge, between the buttons and the key, beats the
		// tall strip left of the key (796 × 466 px fits it at 466 px high; 496 × 800 px at only 331).
		expect(clear).toEqual({ left: 484, top: 54, right: 1280, bottom: 520 });
		// Without a target, the larger area wins: the tall strip.
		expect(area(clearRect(map, clearPadding(map, covers)))).toBe(496 * 800);
	});

	it('ignores what lies outside the map, and measures what overlaps it only where it does', () => {
		const stepper = { left: 0, top: 900, right: 400, bottom: 960 };
		expect(clearPadding(map, [stepper])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
		const overhang = { left: -50, top: -20, right: 100, bottom: 800 };
		expect(clearPadding(map, [overhang])).toEqual({ top: 0, right: 0, bottom: 0, left: 100 });
	});

	it('works in page coordinates: a map that does not start at the top-left', () => {
		const phoneMap = { left: 0, top: 0, right: 360, bottom: 300 };
		const buttons = { left: 220, top: 8, right: 352, bottom: 44 };
		const p = clearPadding(phoneMap, [buttons], 2);
		expect(p.top).toBe(44);
		const shifted = clearPadding({ left: 100, top: 50, right: 460, bottom: 350 }, [{ left: 320, top: 58, right: 452, bottom: 94 }], 2);
		expect(shifted).toEqual(p);
	});
});
