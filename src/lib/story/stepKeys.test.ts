import { describe, expect, it } from 'vitest';
import { nextIndex, stepKeyAction } from './stepKeys';

describe('stepKeyAction', () => {
	it.each([
		['ArrowDown', 'next'],
		['ArrowRight', 'next'],
		['PageDown', 'next'],
		['ArrowUp', 'prev'],
		['ArrowLeft', 'prev'],
		['PageUp', 'prev'],
		['Home', 'first'],
		['End', 'last']
	] as const)('%s steps %s', (key, action) => {
		expect(stepKeyAction({ key, targetTag: 'BODY' })).toBe(action);
	});
	it('ignores other keys', () => {
		expect(stepKeyAction({ key: 'a' })).toBeNull();
		expect(stepKeyAction({ key: ' ' })).toBeNull();
		expect(stepKeyAction({ key: 'Tab' })).toBeNull();
	});
	it('never steals keys from form controls and editable text', () => {
		expect(stepKeyAction({ key: 'ArrowDown', targetTag: 'input' })).toBeNull();
		expect(stepKeyAction({ key: 'ArrowDown', targetTag: 'SELECT' })).toBeNull();
		expect(stepKeyAction({ key: 'Home', targetTag: 'TEXTAREA' })).toBeNull();
		expect(stepKeyAction({ key: 'End', targetTag: 'DIV', targetEditable: true })).toBeNull();
		expect(stepKeyAction({ key: 'ArrowLeft', targetTag: 'DIV', targetRole: 'radiogroup' })).toBeNull();
	});
	it('leaves the map its own arrows', () => {
		expect(stepKeyAction({ key: 'ArrowUp', inMap: true })).toBeNull();
	});
	it('leaves browser shortcuts alone', () => {
		expect(stepKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(stepKeyAction({ key: 'Home', ctrlKey: true })).toBeNull();
		expect(stepKeyAction({ key: 'ArrowDown', metaKey: true })).toBeNull();
		expect(stepKeyAction({ key: 'PageDown', shiftKey: true })).toBeNull();
	});
});

describe('nextIndex', () => {
	it('moves one step and stops at the ends', () => {
		expect(nextIndex('next', 0, 12)).toBe(1);
		expect(nextIndex('prev', 0, 12)).toBe(0);
		expect(nextIndex('next', 11, 12)).toBe(11);
		expect(nextIndex('first', 7, 12)).toBe(0);
		expect(nextIndex('last', 2, 12)).toBe(11);
	});
	it('copes with an empty story', () => {
		expect(nextIndex('last', 0, 0)).toBe(0);
	});
});
