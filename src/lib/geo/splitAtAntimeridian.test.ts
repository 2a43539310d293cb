import area from '@turf/area';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from './splitAtAntimeridian';

describe('splitAtAntimeridian', () => {
	it('leaves polygons that do not cross untouched', () => {
		const p: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[170, 60],
					[175, 60],
					[175, 65],
					[170, 65],
					[170, 60]
				]
			]
		};
		expect(splitAtAntimeridian(p)).toEqual({ type: 'MultiPolygon', coordinates: [p.coordinates] });
	});

	it('cuts a polygon across ±180° into an eastern and a western piece of the same total area', () => {
		const p: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[170, 60],
					[-170, 60],
					[-170, 65],
					[170, 65],
					[170, 60]
				]
			]
		};
		const out = splitAtAntimeridian(p);
		expect(out.coordinates).toHaveLength(2);
		for (const part of out.coordinates) {
			const xs = part[0]!.map(([x]) => x!);
			expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(10);
		}
		const band = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[170, 60],
					[190, 60],
					[190, 65],
					[170, 65],
					[170, 60]
				]
			]
		};
		expect(area(out)).toBeCloseTo(area(band), -3);
	});
});
