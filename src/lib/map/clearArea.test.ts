import { describe, expect, it } from 'vitest';
import { targetAspect, type CameraTarget } from './camera';
import { area, clearPadding, clearRect, frameStep, intersect, type Rect } from './clearArea';

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

describe('frameStep', () => {
	const flat = { bearing: 0, pitch: 0 };
	/** Two features far apart east to west: a wide target; its small camera frames one of them, a tall one. */
	const small: CameraTarget = { center: [10, 50], bounds: [9.9, 49, 10.1, 51], fitPaddingPx: 20, maxZoom: 9, ...flat };
	const wide: CameraTarget = { center: [20, 50], bounds: [0, 49, 40, 51], fitPaddingPx: 40, maxZoom: 11, ...flat, small };
	const panel: Rect = { left: 24, top: 0, right: 484, bottom: 800 };
	const key: Rect = { left: 1000, top: 600, right: 1270, bottom: 790 };

	it('frames the step’s own camera in the part the covers leave, with the padding that keeps it clear', () => {
		const { target, padding } = frameStep(wide, map, [panel, key]);
		expect(target).toBe(wide);
		expect(padding).toEqual(clearPadding(map, [panel, key], targetAspect(wide)));
		expect(padding.left).toBe(484);
		expect(intersect(key, clearRect(map, padding))).toBeNull();
	});

	it('takes the small camera where the clear part is narrow (a phone), and pads for its shape', () => {
		const phone: Rect = { left: 0, top: 0, right: 390, bottom: 300 };
		const buttons: Rect = { left: 250, top: 8, right: 382, bottom: 44 };
		const framed = frameStep(wide, phone, [buttons]);
		expect(framed.target).toBe(small);
		expect(framed.padding).toEqual(clearPadding(phone, [buttons], targetAspect(small)));
		// A tall target gives up width, not height: the buttons are cleared from the right.
		expect(framed.padding).toMatchObject({ top: 0, right: 140 });
	});

	it('takes the small camera when covers leave a wide map only a narrow clear part', () => {
		const tallPanel: Rect = { left: 0, top: 0, right: 900, bottom: 800 };
		expect(frameStep(wide, map, [tallPanel]).target).toBe(small);
		expect(frameStep(wide, map, []).target).toBe(wide);
	});

	it('keeps a camera without a small one on any map, and a fixed-zoom camera is cleared by area', () => {
		const { small: _small, ...alone } = wide;
		const phone: Rect = { left: 0, top: 0, right: 390, bottom: 300 };
		expect(frameStep(alone, phone, []).target).toBe(alone);
		const fixed: CameraTarget = { center: [10, 50], zoom: 5, ...flat };
		expect(frameStep(fixed, map, [panel])).toEqual({ target: fixed, padding: clearPadding(map, [panel]) });
	});
});
