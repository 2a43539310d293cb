import { describe, expect, it } from 'vitest';
import { en } from './en';

describe('en.format.date', () => {
	it.each([
		['2016-12-15', '15 December 2016'],
		['2018-01', 'January 2018'],
		['1855', '1855'],
		['2018-02-07', '7 February 2018'],
		['not a date', 'not a date'],
		['2018-13', '2018']
	])('%s reads %s', (iso, text) => {
		expect(en.format.date(iso)).toBe(text);
	});
});

describe('en', () => {
	it('names every kind of step and the naming switch’s every option', () => {
		expect(Object.keys(en.kind).sort()).toEqual(['argument', 'conclusion', 'context', 'intro']);
		expect(en.announce.names('ja')).toContain('Japanese names');
	});
});
