import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { NamingMode } from '../geo/types';
import NamesSwitch from './NamesSwitch.svelte';

describe('NamesSwitch', () => {
	it('is a labelled radio group whose arrow keys choose the next convention', async () => {
		const chosen: NamingMode[] = [];
		const screen = await render(NamesSwitch, { names: 'both', onchange: (m: NamingMode) => chosen.push(m) });
		await expect.element(screen.getByRole('group', { name: 'Place names' })).toBeVisible();
		await expect.element(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
		await screen.getByRole('radio', { name: 'Japanese' }).click();
		expect(chosen).toEqual(['ja']);
		await userEvent.keyboard('{ArrowRight}');
		expect(chosen).toEqual(['ja', 'ru']);
	});

	it('follows the page’s choice', async () => {
		const screen = await render(NamesSwitch, { names: 'ru', onchange: () => {} });
		await expect.element(screen.getByRole('radio', { name: 'Russian' })).toBeChecked();
	});
});
