import { describe, expect, it } from 'vitest';
import { featureInfo } from './featureInfo';

describe('featureInfo', () => {
	it('keeps the popup fields, with the feature’s layer, and drops anything else', () => {
		const info = featureInfo(
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [131.2, 34.4] },
				properties: { id: 'nagato', kind: 'place', name_en: 'Nagato', description: 'Ryokan', date: '2016-12-15', onclick: 'x' }
			},
			'places',
			[131.2, 34.4]
		);
		expect(info).toEqual({ id: 'nagato', layer: 'places', kind: 'place', name_en: 'Nagato', description: 'Ryokan', date: '2016-12-15', anchor: [131.2, 34.4] });
	});
});
