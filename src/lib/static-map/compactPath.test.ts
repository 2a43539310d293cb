import { describe, expect, it } from 'vitest';
import { compactPath } from './compactPath';
import { pathPoints } from './fixtures/pathPoints';

describe('compactPath', () => {
	it('writes relative steps with the fewest separators', () => {
		expect(compactPath('M10,20L12.5,20L12.5,18Z')).toBe('M10,20l2.5,0,0-2z');
		expect(compactPath('M0.5,-0.5L0,0')).toBe('M.5-.5l-.5,.5');
	});
	it('moves to later rings relative to where the last one closed, and drops steps rounding merged', () => {
		const d = 'M10,10L20,10L20,20ZM30,30L30,30L31,30Z';
		expect(compactPath(d)).toBe('M10,10l10,0,0,10zm20,20,1,0z');
		expect(pathPoints(compactPath(d))).toEqual([
			[
				[10, 10],
				[20, 10],
				[20, 20]
			],
			[
				[30, 30],
				[31, 30]
			]
		]);
	});
	it('keeps every vertex of a long coast exactly, without drift', () => {
		// A walk in small, irregular steps from the middle of the map, like a simplified coastline.
		let [x, y] = [400, 280];
		const points = Array.from({ length: 500 }, (_, i) => {
			x = Math.round((x + Math.sin(i * 1.7) * 3) * 10) / 10;
			y = Math.round((y + Math.cos(i * 0.9) * 3) * 10) / 10;
			return [x, y] as const;
		});
		const d = 'M' + points.map(([x, y]) => `${x},${y}`).join('L') + 'Z';
		const compact = compactPath(d);
		expect(pathPoints(compact)).toEqual(pathPoints(d));
		expect(compact.length).toBeLessThan(d.length * 0.7);
	});
	it('leaves path data it does not understand alone', () => {
		const arc = 'M0,0m0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
		expect(compactPath(arc)).toBe(arc);
	});
});
