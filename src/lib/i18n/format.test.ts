import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, languageName, plural } from './format';
import { en } from './messages/en';

describe('formatDate', () => {
	it.each([
		['2016-12-15', '15 December 2016'],
		['2018-01', 'January 2018'],
		['1855', '1855'],
		['2018-02-07', '7 February 2018'],
		['not a date', 'not a date'],
		['2018-13', '2018']
	])('%s reads %s in British English', (iso, text) => {
		expect(formatDate(iso, 'en-GB')).toBe(text);
	});

	it('writes a date as each language does', () => {
		expect(formatDate('2016-12-15', 'ja')).toBe('2016年12月15日');
		expect(formatDate('2016-12-15', 'en-US')).toBe('December 15, 2016');
		expect(formatDate('2016-12-15', 'de')).toBe('15. Dezember 2016');
	});

	it('leaves anything but YYYY, YYYY-MM and YYYY-MM-DD as it is', () => {
		for (const text of ['2016-12-15T10:00', '16-12-15', '2016/12/15', '', ' 2016']) expect(formatDate(text, 'en-GB')).toBe(text);
	});

	it('is the same date wherever the build runs (no time-zone shift)', () => {
		expect(formatDate('2018-01-01', 'en-GB')).toBe('1 January 2018');
		expect(formatDate('2018-12', 'en-GB')).toBe('December 2018');
	});

	it('is what the messages use', () => {
		expect(en.format.date('2016-12-15')).toBe('15 December 2016');
		expect(en.format.date('1855')).toBe('1855');
	});
});

describe('formatNumber', () => {
	it('groups digits and rounds as the locale does', () => {
		expect(formatNumber(3168.44, 'en-GB', 1)).toBe('3,168.4');
		expect(formatNumber(3168.44, 'de', 1)).toBe('3.168,4');
		expect(formatNumber(3168.44, 'en-GB')).toBe('3,168');
		expect(formatNumber(2.5, 'en-GB', 2)).toBe('2.5');
	});

	it('gives the same answer from its cached formatters on a second call', () => {
		expect(formatNumber(1234.5, 'de', 1)).toBe(formatNumber(1234.5, 'de', 1));
		expect(formatNumber(1234.5, 'de', 0)).toBe('1.235');
	});

	it('is what the messages use for areas and lengths', () => {
		expect(en.format.km2(3168.44)).toBe('3,168.4 km²');
		expect(en.format.km(3.71)).toBe('3.7 km');
		expect(en.step.of(1234, 2000)).toBe('Step 1,234 of 2,000');
	});
});

describe('plural', () => {
	const forms = { one: 'one quote', few: 'a few quotes', many: 'many quotes', other: 'quotes' };

	it('chooses the form by the language’s rules', () => {
		expect(plural('en', 1, forms)).toBe('one quote');
		expect(plural('en', 2, forms)).toBe('quotes');
		expect(plural('ru', 2, forms)).toBe('a few quotes');
		expect(plural('ru', 5, forms)).toBe('many quotes');
		expect(plural('ru', 21, forms)).toBe('one quote');
		expect(plural('ja', 1, forms)).toBe('quotes');
	});

	it('falls back to "other" where a form is not given', () => {
		expect(plural('ru', 2, { other: 'quotes' })).toBe('quotes');
	});

	it('is what the messages use', () => {
		expect(en.step.quotations(1)).toBe('Quotation in this step');
		expect(en.step.quotations(2)).toBe('Quotations in this step');
	});
});

describe('languageName', () => {
	it('names a language in the reader’s language', () => {
		expect(languageName('ja', 'en-GB')).toBe('Japanese');
		expect(languageName('ru', 'en-GB')).toBe('Russian');
		expect(languageName('ru', 'ja')).toBe('ロシア語');
	});

	it('gives the tag itself for one it cannot name, without throwing', () => {
		expect(languageName('!!', 'en-GB')).toBe('!!');
		expect(languageName('ja', 'not a locale!')).toBe('ja');
	});
});
