import { describe, expect, it } from 'vitest';
import { geoIdentity, geoPath } from 'd3-geo';
import { simplified, simplifyLine } from './simplifyStream';

describe('simplifyLine', () => {
	it('drops vertices within tolerance of a straight run, keeping both ends', () => {
		const wiggly: [number, number][] = [
			[0, 0],
			[10, 0.2],
			[20, -0.2],
			[30, 0.1],
			[40, 0]
		];
		expect(simplifyLine(wiggly, 0.5 ** 2)).toEqual([
			[0, 0],
			[40, 0]
		]);
	});
	it('keeps a corner that stands out', () => {
		expect(
			simplifyLine(
				[
					[0, 0],
					[10, 2.55],
					[20, 5],
					[30, 0]
				],
				0.25
			)
		).toEqual([
			[0, 0],
			[20, 5],
			[30, 0]
		]);
	});
	it('keeps an open ring a ring: its far side survives', () => {
		const square: [number, number][] = [
			[0, 0],
			[5, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		expect(simplifyLine(square, 0.25, true)).toEqual([
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		]);
	});
});

describe('simplified', () => {
	const path = geoPath(simplified(geoIdentity())).digits(1);
	it('drops a ring smaller than a pixel, and keeps a larger one', () => {
		const islet = [
			[0, 0],
			[0.2, 0],
			[0.2, 0.2],
			[0, 0.2],
			[0, 0]
		];
		const island = [
			[5, 5],
			[15, 5],
			[15, 15],
			[5, 15],
			[5, 5]
		];
		expect(path({ type: 'MultiPolygon', coordinates: [[islet], [island]] })).toBe('M5,5L15,5L15,15L5,15Z');
	});
	it('simplifies lines too', () => {
		expect(
			path({
				type: 'LineString',
				coordinates: [
					[0, 0],
					[1, 0.1],
					[2, 0],
					[3, 0]
				]
			})
		).toBe('M0,0L3,0');
	});
});
