import { describe, expect, it } from 'vitest';
import { boundsCenter, distanceKm, fitZoom, fromMercator, panelPadding, resolveCamera, sameView, toMercator, unionBBox, viewFor } from './camera';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('Mercator round trip', () => {
	it('maps (0,0) to the middle of the square and back', () => {
		expect(toMercator([0, 0])).toEqual([0.5, 0.5]);
		const [lon, lat] = fromMercator(toMercator([146.5, 44.9]));
		expect(lon).toBeCloseTo(146.5, 9);
		expect(lat).toBeCloseTo(44.9, 9);
	});
});

describe('boundsCenter', () => {
	it('takes the Mercator midpoint, which lies poleward of the degree midpoint', () => {
		const [lon, lat] = boundsCenter([140, 40, 150, 50]);
		expect(lon).toBeCloseTo(145, 9);
		expect(lat).toBeGreaterThan(45);
		expect(lat).toBeLessThan(45.5);
	});
});

describe('unionBBox', () => {
	it('covers every box', () => {
		expect(
			unionBBox([
				[1, 2, 3, 4],
				[0, 3, 2, 6]
			])
		).toEqual([0, 2, 3, 6]);
	});
	it('refuses an empty list', () => {
		expect(() => unionBBox([])).toThrow(/no boxes/);
	});
});

describe('fitZoom', () => {
	it('fits the whole world width at zoom 0 in 512 px', () => {
		expect(fitZoom([-180, -85, 180, 85], { width: 512, height: 10000 }, none)).toBeCloseTo(0, 2);
	});
	it('gains one zoom level per doubling of the viewport', () => {
		const b: [number, number, number, number] = [145, 43, 149, 46];
		const z1 = fitZoom(b, { width: 400, height: 400 }, none);
		const z2 = fitZoom(b, { width: 800, height: 800 }, none);
		expect(z2 - z1).toBeCloseTo(1, 6);
	});
	it('loses room to padding', () => {
		const b: [number, number, number, number] = [145, 43, 149, 46];
		const full = fitZoom(b, { width: 1000, height: 800 }, none);
		const padded = fitZoom(b, { width: 1000, height: 800 }, { ...none, left: 500 });
		expect(padded).toBeLessThan(full);
	});
	it('caps a single point at maxZoom', () => {
		expect(fitZoom([145, 43, 145, 43], { width: 800, height: 600 }, none, 9)).toBe(9);
	});
});

describe('panelPadding', () => {
	it('keeps targets clear of the text on wide screens', () => {
		expect(panelPadding({ width: 1280, height: 800 }, 460).left).toBe(460);
	});
	it('never takes more than half the map', () => {
		expect(panelPadding({ width: 900, height: 800 }, 600).left).toBe(450);
	});
	it('needs no side padding on phones, where the map sits above the text', () => {
		expect(panelPadding({ width: 390, height: 844 }, 460)).toEqual(none);
	});
});

describe('viewFor', () => {
	it('keeps the target centre and fits its bounds', () => {
		const v = viewFor({ center: [147, 44.5], bounds: [145, 43, 149, 46], bearing: 0, pitch: 0 }, { width: 1280, height: 800 }, { ...none, left: 460 });
		expect(v.center).toEqual([147, 44.5]);
		expect(v.zoom).toBeGreaterThan(5);
		expect(v.zoom).toBeLessThan(8);
		expect(v.padding.left).toBe(460);
	});
	it('uses a fixed zoom when the step gives one', () => {
		const v = viewFor({ center: [37.6, 55.75], zoom: 3, bearing: 10, pitch: 20 }, { width: 800, height: 600 }, none);
		expect(v).toEqual({ center: [37.6, 55.75], zoom: 3, bearing: 10, pitch: 20, padding: none });
	});
});

describe('distanceKm', () => {
	it('measures Tokyo to Moscow at about 7,500 km', () => {
		expect(distanceKm([139.75, 35.68], [37.62, 55.75])).toBeGreaterThan(7400);
		expect(distanceKm([139.75, 35.68], [37.62, 55.75])).toBeLessThan(7600);
	});
});

describe('sameView', () => {
	const v = { center: [147, 44.5] as [number, number], zoom: 6, bearing: 0, pitch: 0, padding: none };
	it('treats sub-pixel differences as the same view', () => {
		expect(sameView(v, { ...v, center: [147.000001, 44.5] })).toBe(true);
	});
	it('notices a real move or a new padding', () => {
		expect(sameView(v, { ...v, center: [147.1, 44.5] })).toBe(false);
		expect(sameView(v, { ...v, padding: { ...none, left: 10 } })).toBe(false);
	});
});

describe('resolveCamera', () => {
	const boxes: Record<string, [number, number, number, number]> = {
		iturup: [146.6, 44.4, 148.9, 45.6],
		habomai: [145.8, 43.2, 146.4, 43.6],
		tokyo: [139.75, 35.67, 139.75, 35.67]
	};
	const bboxOf = (id: string): [number, number, number, number] | undefined => boxes[id];

	it('passes a centre camera through with defaults', () => {
		expect(resolveCamera({ center: [140, 40], zoom: 5 }, bboxOf)).toEqual({ center: [140, 40], zoom: 5, bearing: 0, pitch: 0 });
	});
	it('fits the union of the named features and centres on it', () => {
		const t = resolveCamera({ fit: ['iturup', 'habomai'], padding: 60 }, bboxOf);
		expect(t.bounds).toEqual([145.8, 43.2, 148.9, 45.6]);
		expect(t.center[0]).toBeCloseTo(147.35, 6);
		expect(t.fitPaddingPx).toBe(60);
		expect(t.maxZoom).toBe(11);
	});
	it('names an unknown feature', () => {
		expect(() => resolveCamera({ fit: ['atlantis'] }, bboxOf)).toThrow(/"atlantis"/);
	});
});
