import { afterEach, describe, expect, it } from 'vitest';
import { takeEarlyInput } from './earlyInput';
import { EARLY_INPUT_SCRIPT } from './earlyInputScript.js';

/** Runs the inline script as a page's <head> would, once per test (its listeners stay, as on a page). */
function boot(): void {
	new Function(EARLY_INPUT_SCRIPT)();
}

afterEach(() => {
	document.body.replaceChildren();
	window.__treatyMapEarly = null;
});

function button(action: string, disabled = false): HTMLButtonElement {
	const b = document.createElement('button');
	b.dataset.stepAction = action;
	b.disabled = disabled;
	b.innerHTML = '<span>Next</span>';
	document.body.append(b);
	return b;
}

describe('the early input script and takeEarlyInput', () => {
	it('keeps clicks on Previous and Next, and the story keys, in order, until the app takes them', () => {
		boot();
		const next = button('next');
		next.querySelector('span')!.click();
		next.click();
		const key = new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true });
		document.body.dispatchEvent(key);
		expect(key.defaultPrevented).toBe(true);
		expect(takeEarlyInput()).toEqual(['next', 'next', 'prev']);
		// Taken: from now on the page's own handlers answer, and nothing more is kept or prevented.
		next.click();
		const later = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true });
		document.body.dispatchEvent(later);
		expect(later.defaultPrevented).toBe(false);
		expect(takeEarlyInput()).toEqual([]);
	});

	it('leaves alone a disabled button, keys with modifiers, and keys typed into a form control', () => {
		boot();
		button('prev', true).click();
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', shiftKey: true, bubbles: true }));
		const input = document.createElement('input');
		document.body.append(input);
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
		expect(takeEarlyInput()).toEqual([]);
	});

	it('gives nothing when the script never ran, or twice', () => {
		expect(takeEarlyInput()).toEqual([]);
		window.__treatyMapEarly = ['next', 'nonsense'];
		expect(takeEarlyInput()).toEqual(['next']);
		expect(takeEarlyInput()).toEqual([]);
	});
});
