import { describe, expect, it } from 'vitest';
import { bboxesOverlap, bboxInBBox } from '../src/lib/geo/inBBox';
import { inRegionBoxes, REGION_BOXES } from './regionBoxes';
import { storyBBox } from './story';

describe('REGION_BOXES', () => {
	it('never lets two regions overlap, and stays within the story', () => {
		const all = Object.entries(REGION_BOXES).flatMap(([region, boxes]) => boxes.map((box) => ({ region, box })));
		for (const { box } of all) expect(bboxInBBox(box, storyBBox())).toBe(true);
		for (const a of all) {
			for (const b of all) {
				if (a.region === b.region) continue;
				const interiorsMeet = bboxesOverlap(a.box, b.box) && a.box[0] !== b.box[2] && a.box[2] !== b.box[0] && a.box[1] !== b.box[3] && a.box[3] !== b.box[1];
				expect(interiorsMeet, `${a.region} ${a.box} vs ${b.region} ${b.box}`).toBe(false);
			}
		}
	});
});

describe('inRegionBoxes', () => {
	it('places the story cities in their countries', () => {
		expect(inRegionBoxes([139.749, 35.674], 'japan')).toBe(true); // Tokyo
		expect(inRegionBoxes([141.35, 43.06], 'japan')).toBe(true); // Sapporo
		expect(inRegionBoxes([145.81722, 43.38528], 'japan')).toBe(true); // Cape Nosappu
		expect(inRegionBoxes([37.618, 55.752], 'russia')).toBe(true); // Moscow
		expect(inRegionBoxes([131.89, 43.12], 'russia')).toBe(true); // Vladivostok
		expect(inRegionBoxes([108.22, 16.05], 'vietnam')).toBe(true); // Da Nang
	});

	it('rejects neighbours and swapped coordinates', () => {
		expect(inRegionBoxes([129.08, 35.18], 'japan')).toBe(false); // Busan
		expect(inRegionBoxes([131.89, 43.12], 'japan')).toBe(false); // Vladivostok
		expect(inRegionBoxes([27.56, 53.9], 'russia')).toBe(false); // Minsk
		expect(inRegionBoxes([55.752, 37.618], 'russia')).toBe(false); // Moscow, swapped
		expect(inRegionBoxes([102.6, 17.97], 'vietnam')).toBe(false); // Vientiane
	});
});
