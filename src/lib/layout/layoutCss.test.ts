import { describe, expect, it } from 'vitest';
import { NARROW_QUERY, WIDE_MIN_WIDTH_PX, WIDE_QUERY } from './layout';
import { expandMedia, expandValue } from './layoutCss';

describe('expandMedia', () => {
	it('turns the layout tokens into their queries, leaving the rest of the query alone', () => {
		expect(expandMedia('(--wide)')).toBe(WIDE_QUERY);
		expect(expandMedia('screen and (--narrow) and (orientation: landscape)')).toBe(`screen and ${NARROW_QUERY} and (orientation: landscape)`);
		expect(expandMedia('print')).toBe('print');
	});
	it('puts the breakpoint in one place: wide from it, narrow below it, never both', () => {
		expect(WIDE_QUERY).toBe(`(min-width: ${WIDE_MIN_WIDTH_PX}px)`);
		expect(NARROW_QUERY).toBe(`(max-width: ${WIDE_MIN_WIDTH_PX - 0.02}px)`);
	});
	it('refuses an unknown token, naming it', () => {
		expect(() => expandMedia('(--wdie)')).toThrow(/unknown media token \(--wdie\)/);
	});
});

describe('expandValue', () => {
	it('turns layout(name) into its value, anywhere in a value', () => {
		expect(expandValue('layout(panel-width)')).toBe('460px');
		expect(expandValue('calc(layout(panel-inset) + layout( panel-width ))')).toBe('calc(24px + 460px)');
		expect(expandValue('1px solid red')).toBe('1px solid red');
	});
	it('refuses an unknown name', () => {
		expect(() => expandValue('layout(panel-wdith)')).toThrow(/layout\(panel-wdith\)/);
	});
});
