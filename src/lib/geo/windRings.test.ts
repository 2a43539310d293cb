import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewindRfc7946, ringSignedArea, ringWindsRight } from './windRings';

const ccw = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
const cwHole = [[0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [1.5, 0.5], [0.5, 0.5]];

describe('ringSignedArea', () => {
	it('is positive counter-clockwise and negative clockwise (twice the area)', () => {
		expect(ringSignedArea(ccw)).toBe(8);
		expect(ringSignedArea([...ccw].reverse())).toBe(-8);
	});
});

describe('ringWindsRight', () => {
	it('wants exteriors counter-clockwise and holes clockwise', () => {
		expect(ringWindsRight(ccw, false)).toBe(true);
		expect(ringWindsRight(ccw, true)).toBe(false);
		expect(ringWindsRight(cwHole, true)).toBe(true);
	});
});

describe('rewindRfc7946', () => {
	it('turns wrong rings and keeps right ones, in polygons and multipolygons', () => {
		const wrong: Polygon = { type: 'Polygon', coordinates: [[...ccw].reverse(), [...cwHole].reverse()] };
		expect(rewindRfc7946(wrong)).toEqual({ type: 'Polygon', coordinates: [ccw, cwHole] });
		const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ccw], [[...ccw].reverse()]] };
		expect(rewindRfc7946(multi).coordinates).toEqual([[ccw], [ccw]]);
	});
});
