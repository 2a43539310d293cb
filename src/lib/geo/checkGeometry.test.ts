import { describe, expect, it } from 'vitest';
import { checkGeometry, type GeometryRule } from './checkGeometry';

const polygonal: GeometryRule = { types: ['Polygon', 'MultiPolygon'], kinks: true };
const square = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0]
];

describe('checkGeometry', () => {
	it('accepts a sound counter-clockwise polygon and returns it typed', () => {
		const g = { type: 'Polygon', coordinates: [square] };
		expect(checkGeometry(g, polygonal)).toEqual({ problems: [], geometry: g });
	});

	it('rejects a missing geometry and types the layer does not allow', () => {
		expect(checkGeometry(null, polygonal).problems).toEqual(['missing']);
		expect(checkGeometry({ type: 'Point', coordinates: [0, 0] }, polygonal).problems[0]).toMatch(
			/type "Point" is not allowed here \(expected Polygon or MultiPolygon\)/
		);
	});

	it('names bad positions, out-of-range coordinates, open and short rings', () => {
		const problems = (coords: unknown): string[] => checkGeometry({ type: 'Polygon', coordinates: coords }, polygonal).problems;
		expect(
			problems([
				[
					[0, 0],
					[1, 'x'],
					[1, 1],
					[0, 0]
				]
			])[0]
		).toMatch(/position 1: a position must be/);
		expect(
			problems([
				[
					[0, 0],
					[181, 0],
					[181, 1],
					[0, 0]
				]
			])[0]
		).toMatch(/longitude 181 is outside \[-180, 180\]/);
		expect(
			problems([
				[
					[0, 0],
					[1, 91],
					[0, 91],
					[0, 0]
				]
			])[0]
		).toMatch(/latitude 91 is outside \[-90, 90\]/);
		expect(
			problems([
				[
					[0, 0],
					[1, 0],
					[1, 1],
					[0, 1]
				]
			])[0]
		).toMatch(/not closed/);
		expect(
			problems([
				[
					[0, 0],
					[1, 0],
					[0, 0]
				]
			])[0]
		).toMatch(/at least 4 positions/);
	});

	it('wants exterior rings counter-clockwise and holes clockwise', () => {
		const cw = [...square].reverse();
		expect(checkGeometry({ type: 'Polygon', coordinates: [cw] }, polygonal).problems[0]).toMatch(/exterior ring winds clockwise/);
		const hole = [
			[0.2, 0.2],
			[0.8, 0.2],
			[0.8, 0.8],
			[0.2, 0.8],
			[0.2, 0.2]
		];
		expect(checkGeometry({ type: 'MultiPolygon', coordinates: [[square, hole]] }, polygonal).problems[0]).toMatch(/part 0 hole 1 winds counter-clockwise/);
	});

	it('finds self-intersections only where the rule asks', () => {
		const bowtie = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[2, 2],
					[2, 0],
					[0, 2],
					[0, 0]
				]
			]
		};
		expect(checkGeometry(bowtie, polygonal).problems.some((p) => /crosses or touches itself at \[1, 1\]/.test(p))).toBe(true);
		expect(checkGeometry(bowtie, { ...polygonal, kinks: false }).problems.some((p) => /crosses/.test(p))).toBe(false);
	});

	it('counts repeats of one kind of problem instead of listing them all', () => {
		const line = {
			type: 'LineString',
			coordinates: [
				[200, 0],
				[201, 0],
				[202, 0],
				[203, 0],
				[204, 0]
			]
		};
		const { problems } = checkGeometry(line, { types: ['LineString'], kinks: false });
		expect(problems).toHaveLength(3);
		expect(problems[2]).toMatch(/\(and 2 more like it\)$/);
	});
});
