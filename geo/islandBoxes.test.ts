import { describe, expect, it } from 'vitest';
import { bboxesOverlap, bboxInBBox } from '../src/lib/geo/inBBox';
import { ISLAND_IDS } from './facts';
import { islandAt, ISLAND_BOXES } from './islandBoxes';
import { islandsBBox } from './story';

describe('ISLAND_BOXES', () => {
	it('has one box per island, each inside the islands layer’s box (story.yaml), none overlapping another but at an edge', () => {
		expect(Object.keys(ISLAND_BOXES).sort()).toEqual([...ISLAND_IDS].sort());
		const boxes = Object.values(ISLAND_BOXES);
		for (const box of boxes) expect(bboxInBBox(box, islandsBBox())).toBe(true);
		for (const a of boxes) {
			for (const b of boxes) {
				if (a === b) continue;
				const shared = bboxesOverlap(a, b) && a[0] !== b[2] && a[2] !== b[0] && a[1] !== b[3] && a[3] !== b[1];
				expect(shared).toBe(false);
			}
		}
	});
});

describe('islandAt', () => {
	it('finds each island by a point on it (Kurilsk, Yuzhno-Kurilsk, Malokurilskoye, Zelyony/Shibotsu)', () => {
		expect(islandAt([147.88, 45.23])).toBe('iturup');
		expect(islandAt([145.86, 44.03])).toBe('kunashir');
		expect(islandAt([146.83, 43.87])).toBe('shikotan');
		expect(islandAt([146.13, 43.5])).toBe('habomai');
	});

	it('finds no island at Cape Nosappu, on the Shiretoko peninsula or on Urup', () => {
		expect(islandAt([145.81722, 43.38528])).toBeNull();
		expect(islandAt([145.2, 44.1])).toBeNull();
		expect(islandAt([150.0, 45.9])).toBeNull();
	});
});
