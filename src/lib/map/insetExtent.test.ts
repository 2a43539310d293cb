import { describe, expect, it } from 'vitest';
import type { BBox } from '../geo/types';
import { clipToExtent, insetFrameFor } from './insetExtent';

const REGION: BBox = [110, 22, 170, 58];
const CONTINENT: BBox = [20, -2, 180, 72];
const EXTENTS = [
	{ id: 'region', bounds: REGION },
	{ id: 'continent', bounds: CONTINENT }
];

describe('insetFrameFor', () => {
	it('shows the smallest extent that holds the view', () => {
		expect(insetFrameFor([144, 42, 150, 46], EXTENTS)?.id).toBe('region');
	});
	it('widens to the next extent when the view leaves the first', () => {
		expect(insetFrameFor([104, 12, 112, 20], EXTENTS)?.bounds).toEqual(CONTINENT);
		expect(insetFrameFor([30, 50, 145, 60], EXTENTS)?.id).toBe('continent');
	});
	it('keeps an extent for a view exactly on its edge', () => {
		expect(insetFrameFor(REGION, EXTENTS)?.id).toBe('region');
	});
	it('falls back to the largest, last extent for a view beyond them all, and to nothing without extents', () => {
		expect(insetFrameFor([-170, -80, 170, 80], EXTENTS)?.id).toBe('continent');
		expect(insetFrameFor([0, 0, 1, 1], [])).toBeUndefined();
	});
});

describe('clipToExtent', () => {
	it('clips a view that runs past the extent', () => {
		expect(clipToExtent([160, 50, 175, 60], REGION)).toEqual([160, 50, 170, 58]);
	});
	it('returns null when they do not meet', () => {
		expect(clipToExtent([-10, 0, 0, 10], REGION)).toBeNull();
	});
});
