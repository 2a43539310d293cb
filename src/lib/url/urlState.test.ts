import { describe, expect, it } from 'vitest';
import { DEFAULT_NAMES, formatView, parseNames, parseUrlState, parseView, writeUrlState, type UrlContext } from './urlState';

/** A story with three steps, parties "a" and "b", and bounds from 30°E to 160°E, 5°N to 62°N. */
const story: UrlContext = { stepIds: ['opening', 'middle-step', 'harbour'], modes: ['both', 'a', 'b'], bounds: [30, 5, 160, 62] };

describe('parseUrlState', () => {
	it('reads a known step, naming mode and view', () => {
		expect(parseUrlState('?step=harbour&names=a&view=146.5,44.2,7', story)).toEqual({
			step: 'harbour',
			names: 'a',
			view: { lon: 146.5, lat: 44.2, zoom: 7 }
		});
	});
	it('starts at the first step when none is named', () => {
		expect(parseUrlState('', story).step).toBe('opening');
	});
	it.each(['nope', '', 'HARBOUR', '<script>', 'harbour ', '../harbour', '1'])('falls back to the first step for %j', (bad) => {
		expect(parseUrlState(new URLSearchParams({ step: bad }), story).step).toBe('opening');
	});
	it('takes the first of repeated step params', () => {
		expect(parseUrlState('?step=harbour&step=middle-step', story).step).toBe('harbour');
	});
	it('copes with an empty story', () => {
		expect(parseUrlState('?step=x', { ...story, stepIds: [] }).step).toBe('');
	});
	it('reads the view against this story’s bounds', () => {
		expect(parseUrlState('?view=146.5,44.2,7', { ...story, bounds: [-10, 30, 10, 50] }).view).toBeNull();
	});
});

describe('parseNames', () => {
	it.each([
		['a', 'a'],
		['b', 'b'],
		['both', 'both'],
		['A', 'both'],
		['en', 'both'],
		['c', 'both'],
		['', 'both'],
		[null, 'both'],
		[undefined, 'both']
	] as const)('%j gives %j', (raw, mode) => {
		expect(parseNames(raw, story.modes)).toBe(mode);
	});
	it('offers the choices of the story it is given, and nothing else', () => {
		expect(parseNames('ja', ['both', 'ja', 'ru'])).toBe('ja');
		expect(parseNames('ja', story.modes)).toBe(DEFAULT_NAMES);
		expect(DEFAULT_NAMES).toBe('both');
	});
});

describe('parseView', () => {
	const bounds = story.bounds;
	it.each([
		'146.5,44.2',
		'146.5,44.2,7,1',
		'a,b,c',
		'146.5,44.2,99',
		'146.5,44.2,17',
		'146.5,95,5',
		'-170,44,5',
		'1e2,44,5',
		'Infinity,44,5',
		'146.5,,5',
		'146.5;44.2;5'
	])('ignores %j', (bad) => {
		expect(parseView(bad, bounds)).toBeNull();
	});
	it('accepts plain decimals, and negative zero where the bounds hold it', () => {
		expect(parseView('146.52,43.9,6.5', bounds)).toEqual({ lon: 146.52, lat: 43.9, zoom: 6.5 });
		expect(parseView('-0,0,0', [-1, -1, 1, 1])).toEqual({ lon: -0, lat: 0, zoom: 0 });
	});
	it('takes the bounds’ edges and the highest zoom a camera may ask for', () => {
		expect(parseView('30,5,16', bounds)).toEqual({ lon: 30, lat: 5, zoom: 16 });
		expect(parseView('160,62,0', bounds)).toEqual({ lon: 160, lat: 62, zoom: 0 });
	});
	it('ignores nothing at all', () => {
		expect(parseView(null, bounds)).toBeNull();
		expect(parseView('', bounds)).toBeNull();
	});
});

describe('writeUrlState', () => {
	it('leaves defaults out', () => {
		expect(writeUrlState('', { step: 'opening', names: 'both', view: null }, 'opening')).toBe('');
	});
	it('writes non-defaults and keeps unrelated params', () => {
		expect(writeUrlState('?utm=x', { step: 'harbour', names: 'b' }, 'opening')).toBe('?utm=x&step=harbour&names=b');
	});
	it('removes what returns to its default', () => {
		expect(writeUrlState('?step=harbour&names=a&view=1,2,3', { step: 'opening', names: 'both', view: null }, 'opening')).toBe('');
	});
	it('round-trips through the parser', () => {
		const q = writeUrlState('', { step: 'harbour', names: 'a', view: { lon: 146.123456, lat: 44.5, zoom: 6.25 } }, 'x');
		expect(parseUrlState(q, story)).toEqual({ step: 'harbour', names: 'a', view: { lon: 146.1235, lat: 44.5, zoom: 6.25 } });
	});
	it('writes a view to four decimals of a degree and two of zoom', () => {
		expect(formatView({ lon: 1, lat: 2.123456, zoom: 3 })).toBe('1.0000,2.1235,3.00');
	});
});
