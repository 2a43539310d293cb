import { describe, expect, it } from 'vitest';
import { clipToExtent, INSET_EURASIA, INSET_NORTHEAST_ASIA, insetFrameFor } from './insetExtent';

describe('insetFrameFor', () => {
	it('shows Northeast Asia for a view of the islands', () => {
		expect(insetFrameFor([144, 42, 150, 46]).region).toBe('northeast-asia');
	});
	it('widens to Eurasia for Danang and for Moscow', () => {
		expect(insetFrameFor([104, 12, 112, 20]).extent).toEqual(INSET_EURASIA);
		expect(insetFrameFor([30, 50, 145, 60]).region).toBe('eurasia');
	});
	it('keeps Northeast Asia for a view exactly on its edge', () => {
		expect(insetFrameFor(INSET_NORTHEAST_ASIA).region).toBe('northeast-asia');
	});
});

describe('clipToExtent', () => {
	it('clips a view that runs past the extent', () => {
		expect(clipToExtent([160, 50, 175, 60], INSET_NORTHEAST_ASIA)).toEqual([160, 50, 170, 58]);
	});
	it('returns null when they do not meet', () => {
		expect(clipToExtent([-10, 0, 0, 10], INSET_NORTHEAST_ASIA)).toBeNull();
	});
});
