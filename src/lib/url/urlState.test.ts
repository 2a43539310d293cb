import { describe, expect, it } from 'vitest';
import { parseNames, parseUrlState, parseView, writeUrlState } from './urlState';

const ids = ['lavrov-in-tokyo', 'aegis-ashore', 'nagato'];

describe('parseUrlState', () => {
	it('reads a known step, naming mode and view', () => {
		expect(parseUrlState('?step=nagato&names=ja&view=146.5,44.2,7', ids)).toEqual({
			step: 'nagato',
			names: 'ja',
			view: { lon: 146.5, lat: 44.2, zoom: 7 }
		});
	});
	it('starts at the first step when none is named', () => {
		expect(parseUrlState('', ids).step).toBe('lavrov-in-tokyo');
	});
	it.each(['nope', '', 'NAGATO', '<script>', 'nagato ', '../nagato', '1'])('falls back to the first step for %j', (bad) => {
		expect(parseUrlState(new URLSearchParams({ step: bad }), ids).step).toBe('lavrov-in-tokyo');
	});
	it('takes the first of repeated step params', () => {
		expect(parseUrlState('?step=nagato&step=aegis-ashore', ids).step).toBe('nagato');
	});
	it('copes with an empty story', () => {
		expect(parseUrlState('?step=x', []).step).toBe('');
	});
});

describe('parseNames', () => {
	it.each([
		['ja', 'ja'],
		['ru', 'ru'],
		['both', 'both'],
		['JA', 'both'],
		['en', 'both'],
		['', 'both'],
		[null, 'both']
	] as const)('%j gives %j', (raw, mode) => {
		expect(parseNames(raw)).toBe(mode);
	});
});

describe('parseView', () => {
	it.each(['146.5,44.2', '146.5,44.2,7,1', 'a,b,c', '146.5,44.2,99', '146.5,95,5', '-170,44,5', '1e2,44,5', 'Infinity,44,5', '146.5,,5', '146.5;44.2;5'])(
		'ignores %j',
		(bad) => {
			expect(parseView(bad)).toBeNull();
		}
	);
	it('accepts negative zero and plain decimals', () => {
		expect(parseView('146.52,43.9,6.5')).toEqual({ lon: 146.52, lat: 43.9, zoom: 6.5 });
	});
});

describe('writeUrlState', () => {
	it('leaves defaults out', () => {
		expect(writeUrlState('', { step: 'lavrov-in-tokyo', names: 'both', view: null }, 'lavrov-in-tokyo')).toBe('');
	});
	it('writes non-defaults and keeps unrelated params', () => {
		expect(writeUrlState('?utm=x', { step: 'nagato', names: 'ru' }, 'lavrov-in-tokyo')).toBe('?utm=x&step=nagato&names=ru');
	});
	it('round-trips through the parser', () => {
		const q = writeUrlState('', { step: 'nagato', names: 'ja', view: { lon: 146.123456, lat: 44.5, zoom: 6.25 } }, 'x');
		expect(parseUrlState(q, ids)).toEqual({ step: 'nagato', names: 'ja', view: { lon: 146.1235, lat: 44.5, zoom: 6.25 } });
	});
});
