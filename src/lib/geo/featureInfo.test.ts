import { describe, expect, it } from 'vitest';
import { featureInfo, formatDate } from './featureInfo';

describe('featureInfo', () => {
	it('keeps the popup fields and drops anything else', () => {
		const info = featureInfo(
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [131.2, 34.4] },
				properties: { id: 'nagato', kind: 'place', name_en: 'Nagato', description: 'Ryokan', date: '2016-12-15', onclick: 'x' }
			},
			[131.2, 34.4]
		);
		expect(info).toEqual({ id: 'nagato', kind: 'place', name_en: 'Nagato', description: 'Ryokan', date: '2016-12-15', anchor: [131.2, 34.4] });
	});
});

describe('formatDate', () => {
	it.each([
		['2016-12-15', '15 December 2016'],
		['2018-01', 'January 2018'],
		['1855', '1855'],
		['2018-02-07', '7 February 2018'],
		['not a date', 'not a date'],
		['2018-13', '2018']
	])('%s reads %s', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});
});
