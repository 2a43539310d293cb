import area from '@turf/area';
import type { MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findKinks } from './findKinks';
import { bboxPolygon, clipLines, clipPolygons } from './clipToBBox';
import type { BBox } from './types';

const box: BBox = [0, 0, 10, 10];

describe('clipPolygons', () => {
	it('keeps parts wholly inside untouched and drops parts wholly outside', () => {
		const inside = [
			[
				[1, 1],
				[2, 1],
				[2, 2],
				[1, 2],
				[1, 1]
			]
		];
		const outside = [
			[
				[20, 20],
				[21, 20],
				[21, 21],
				[20, 21],
				[20, 20]
			]
		];
		expect(clipPolygons({ type: 'MultiPolygon', coordinates: [inside, outside] }, box)).toEqual({ type: 'MultiPolygon', coordinates: [inside] });
		expect(clipPolygons({ type: 'Polygon', coordinates: outside }, box)).toBeNull();
	});

	it('cuts a part across the edge into a valid polygon with no runs along the edge', () => {
		// A U shape whose two arms leave the box through its top edge.
		const u: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[2, 5],
					[8, 5],
					[8, 15],
					[6, 15],
					[6, 7],
					[4, 7],
					[4, 15],
					[2, 15],
					[2, 5]
				]
			]
		};
		const out = clipPolygons(u, box)!;
		expect(out.coordinates.flat(2).every(([x, y]) => x! >= 0 && x! <= 10 && y! >= 0 && y! <= 10)).toBe(true);
		expect(findKinks(out)).toEqual([]);
		expect(area(out)).toBeCloseTo(
			area({
				type: 'Polygon',
				coordinates: [
					[
						[2, 5],
						[8, 5],
						[8, 10],
						[6, 10],
						[6, 7],
						[4, 7],
						[4, 10],
						[2, 10],
						[2, 5]
					]
				]
			}),
			-3
		);
	});

	it('cuts a continent-sized part (pre-cut cheaply first) exactly as a small one', () => {
		// A 6000-vertex circle of radius 8 round (10, 5): the box keeps the part west of x = 10 and south of y = 10.
		const n = 6000;
		const ring = Array.from({ length: n + 1 }, (_, i) => {
			const a = (2 * Math.PI * (i % n)) / n;
			return [10 + 8 * Math.cos(a), 5 + 8 * Math.sin(a)];
		});
		const out = clipPolygons({ type: 'Polygon', coordinates: [ring] }, box)!;
		expect(out.coordinates).toHaveLength(1);
		expect(out.coordinates.flat(2).every(([x, y]) => x! >= 0 && x! <= 10 && y! >= 0 && y! <= 10)).toBe(true);
		expect(findKinks(out)).toEqual([]);
		const coarse = clipPolygons({ type: 'Polygon', coordinates: [ring.filter((_, i) => i % 10 === 0)] }, box)!;
		expect(area(out) / area(coarse)).toBeCloseTo(1, 2);
	});
});

describe('clipLines', () => {
	const line: MultiLineString = {
		type: 'MultiLineString',
		coordinates: [
			[
				[-5, 5],
				[5, 5],
				[5, 15],
				[7, 15],
				[7, 5]
			]
		]
	};

	it('keeps the pieces inside, cut exactly at the edge', () => {
		expect(clipLines(line, box, 'inside')).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[0, 5],
					[5, 5],
					[5, 10]
				],
				[
					[7, 10],
					[7, 5]
				]
			]
		});
	});

	it('keeps the pieces outside with keep "outside"', () => {
		expect(clipLines(line, box, 'outside')).toEqual({
			type: 'MultiLineString',
			coordinates: [
				[
					[-5, 5],
					[0, 5]
				],
				[
					[5, 10],
					[5, 15],
					[7, 15],
					[7, 10]
				]
			]
		});
	});

	it('returns null when nothing is left', () => {
		expect(
			clipLines(
				{
					type: 'LineString',
					coordinates: [
						[20, 20],
						[30, 30]
					]
				},
				box
			)
		).toBeNull();
	});
});

describe('bboxPolygon', () => {
	it('is the box as a closed counter-clockwise ring', () => {
		expect(bboxPolygon(box).coordinates[0]).toEqual([
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[0, 0]
		]);
	});
});
