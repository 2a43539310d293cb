import { describe, expect, it } from 'vitest';
import { NARROW_QUERY, WIDE_MIN_WIDTH_PX, WIDE_QUERY } from './layout';
import { expandMedia, expandValue } from './layoutCss';

describe('expandMedia', () => {
	it('turns the layout tokens into their queries, leaving the rest of the query alone', () => {
		expect(expandMedia('(--wide)')).toBe(WIDE_QUERY);
		expect(expandMedia('(--narrow)')).toBe(NARROW_QUERY);
		expect(expandMedia('screen and (--x) and (orientation: landscape)', { '--x': '(min-width: 1px)' })).toBe(
			'screen and (min-width: 1px) and (orientation: landscape)'
		);
		expect(expandMedia('print')).toBe('print');
	});
	it('puts the breakpoint in one place: wide from it (or on a short, wide screen), narrow otherwise', () => {
		expect(WIDE_QUERY).toContain(`(min-width: ${WIDE_MIN_WIDTH_PX}px)`);
		expect(NARROW_QUERY).toContain(`(max-width: ${WIDE_MIN_WIDTH_PX - 0.02}px)`);
	});
	it('refuses to join a list of queries with and', () => {
		expect(() => expandMedia('(--wide) and (hover: hover)')).toThrow(/use it alone/);
	});
	it('refuses an unknown token, naming it', () => {
		expect(() => expandMedia('(--wdie)')).toThrow(/unknown media token \(--wdie\)/);
	});
});

describe('expandValue', () => {
	it('turns layout(name) into its value, anywhere in a value', () => {
		expect(expandValue('layout(panel-width)')).toBe('min(460px, 40vw)');
		expect(expandValue('calc(layout(panel-inset) + layout( panel-inset ))')).toBe('calc(24px + 24px)');
		expect(expandValue('1px solid red')).toBe('1px solid red');
	});
	it('refuses an unknown name', () => {
		expect(() => expandValue('layout(panel-wdith)')).toThrow(/layout\(panel-wdith\)/);
	});
});
