import { describe, expect, it } from 'vitest';
import { checkProperties, isIsoDate, LINE_FIELDS, PLACE_FIELDS } from './checkProperties';

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

describe('checkProperties', () => {
	it('accepts a complete place', () => {
		expect(checkProperties(place, PLACE_FIELDS)).toEqual([]);
	});

	it('names each missing, empty or mistyped field', () => {
		const { source: _source, ...noSource } = place;
		expect(checkProperties(noSource, PLACE_FIELDS)).toEqual([{ field: 'source', message: 'missing' }]);
		expect(checkProperties({ ...place, description: ' ' }, PLACE_FIELDS)).toEqual([{ field: 'description', message: 'must not be empty' }]);
		expect(checkProperties({ ...place, region: 'korea' }, PLACE_FIELDS)).toEqual([
			{ field: 'region', message: 'unknown region "korea" (expected japan, russia, vietnam, disputed)' }
		]);
		expect(checkProperties({ ...place, date: '2016-13-01' }, PLACE_FIELDS)[0]!.field).toBe('date');
		expect(checkProperties(null, PLACE_FIELDS)).toEqual([{ field: 'properties', message: 'expected an object, got null' }]);
	});

	it('checks a source field by field', () => {
		const problems = checkProperties({ ...place, source: { url: 'ftp://x', accessed: '28/11/2026' } }, PLACE_FIELDS);
		expect(problems.map((p) => p.field)).toEqual(['source.title', 'source.url', 'source.accessed']);
	});

	it('wants label_* to be what labelFor gives', () => {
		const ru = { ...place, name_ru: 'Nagato-shi', label_ru: 'Nagato-shi', label_both: 'Nagato / Nagato-shi' };
		expect(checkProperties(ru, PLACE_FIELDS)).toEqual([{ field: 'label_both', message: 'expected "Nagato-shi / Nagato" (labelFor of the names), got "Nagato / Nagato-shi"' }]);
	});

	it('lets length_km be a number or null, and nothing else', () => {
		const line = { ...place, kind: 'line', length_km: '3.7' } as Record<string, unknown>;
		delete line.region;
		expect(checkProperties(line, LINE_FIELDS)).toEqual([{ field: 'length_km', message: 'expected a number or null, got "3.7"' }]);
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
