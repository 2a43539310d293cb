import { describe, expect, it } from 'vitest';
import { bboxCenter, bboxesOverlap, bboxInBBox, pointInBBox } from './inBBox';
import type { BBox } from './types';

const box: BBox = [10, 20, 30, 40];

describe('pointInBBox', () => {
	it('holds points inside and on the edge, not outside', () => {
		expect(pointInBBox([15, 25], box)).toBe(true);
		expect(pointInBBox([10, 40], box)).toBe(true);
		expect(pointInBBox([9.99, 25], box)).toBe(false);
		expect(pointInBBox([15, 40.01], box)).toBe(false);
	});
});

describe('bboxInBBox and bboxesOverlap', () => {
	it('tells containment from overlap from separation', () => {
		expect(bboxInBBox([12, 22, 28, 38], box)).toBe(true);
		expect(bboxInBBox([5, 22, 28, 38], box)).toBe(false);
		expect(bboxesOverlap([5, 22, 12, 25], box)).toBe(true);
		expect(bboxesOverlap([31, 22, 35, 25], box)).toBe(false);
	});
});

describe('bboxCenter', () => {
	it('is the middle of the box', () => {
		expect(bboxCenter(box)).toEqual([20, 30]);
	});
});
