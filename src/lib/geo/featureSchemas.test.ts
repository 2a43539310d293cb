import { describe, expect, it } from 'vitest';
import { checkFeatureProperties, isIsoDate, LinePropertiesSchema, PlacePropertiesSchema } from './featureSchemas';

const place = {
	id: 'nagato',
	kind: 'place',
	name_en: 'Nagato',
	name_ja: 'Nagato',
	name_ja_native: '長門',
	name_ru: 'Nagato',
	name_ru_native: 'Нагато',
	label_ja: 'Nagato',
	label_ru: 'Nagato',
	label_both: 'Nagato',
	region: 'japan',
	description: 'A hot-spring town.',
	date: '2016-12-15',
	source: { title: 'A page', url: 'https://example.org/', publisher: 'Someone', accessed: '2026-11-28' }
};

const check = (props: unknown): ReturnType<typeof checkFeatureProperties> => checkFeatureProperties(props, PlacePropertiesSchema);

describe('checkFeatureProperties', () => {
	it('accepts a complete place, and extra fields', () => {
		expect(check(place)).toEqual([]);
		expect(check({ ...place, wikidata: 'Q123' })).toEqual([]);
	});

	it('names each missing, empty or mistyped field', () => {
		const { source: _source, ...noSource } = place;
		expect(check(noSource)).toEqual([{ field: 'source', message: 'missing' }]);
		expect(check({ ...place, description: ' ' })).toEqual([{ field: 'description', message: 'must not be empty' }]);
		expect(check({ ...place, region: 'korea' })).toEqual([{ field: 'region', message: 'unknown region "korea" (expected japan, russia, vietnam, disputed)' }]);
		expect(check({ ...place, date: '2016-13-01' })[0]!.field).toBe('date');
		expect(check({ ...place, description: 42 })).toEqual([{ field: 'description', message: 'expected a string, got number' }]);
		expect(check(null)).toEqual([{ field: 'properties', message: 'expected place properties (an object), got null' }]);
	});

	it('checks a source field by field', () => {
		const problems = check({ ...place, source: { url: 'ftp://x', accessed: '28/11/2026' } });
		expect(problems.map((p) => p.field)).toEqual(['source.title', 'source.url', 'source.accessed']);
	});

	it('wants label_* to be what labelFor gives', () => {
		const ru = { ...place, name_ru: 'Nagato-shi', label_ru: 'Nagato-shi', label_both: 'Nagato / Nagato-shi' };
		expect(check(ru)).toEqual([{ field: 'label_both', message: 'expected "Nagato-shi / Nagato" (labelFor of the names), got "Nagato / Nagato-shi"' }]);
	});

	it('lets a line’s length_km be a number or null, and its style only a known one', () => {
		const { region: _region, ...rest } = place;
		const line = { ...rest, kind: 'line', treaty: null, length_km: '3.7', style: 'border-1855' };
		expect(checkFeatureProperties(line, LinePropertiesSchema)).toEqual([{ field: 'length_km', message: 'expected a number or null, got "3.7"' }]);
		expect(checkFeatureProperties({ ...line, length_km: null, style: 'zigzag' }, LinePropertiesSchema)).toEqual([
			{ field: 'style', message: 'unknown line style "zigzag" (expected border-1855, border-1875, border-1905, control-1945, measured-gap)' }
		]);
	});
});

describe('isIsoDate', () => {
	it('takes real days, and months where allowed', () => {
		expect(isIsoDate('1855-02-07', false)).toBe(true);
		expect(isIsoDate('2018-02-30', false)).toBe(false);
		expect(isIsoDate('2018-01', true)).toBe(true);
		expect(isIsoDate('2018-01', false)).toBe(false);
	});
});
