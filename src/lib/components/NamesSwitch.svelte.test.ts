import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { NamingMode } from '../story/model';
import { TEST_STORY } from '../story/testStory';
import NamesSwitch from './NamesSwitch.svelte';

const options = TEST_STORY.naming;

describe('NamesSwitch', () => {
	it('is a labelled radio group of the story’s choices whose arrow keys choose the next one', async () => {
		const chosen: NamingMode[] = [];
		const screen = await render(NamesSwitch, { options, names: 'both', onchange: (m: NamingMode) => chosen.push(m) });
		await expect.element(screen.getByRole('group', { name: 'Place names' })).toBeVisible();
		expect(
			screen
				.getByRole('radio')
				.elements()
				.map((r) => (r as HTMLInputElement).value)
		).toEqual(['both', 'a', 'b']);
		await expect.element(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
		await screen.getByRole('radio', { name: 'Northland' }).click();
		expect(chosen).toEqual(['a']);
		await userEvent.keyboard('{ArrowRight}');
		expect(chosen).toEqual(['a', 'b']);
	});

	it('follows the page’s choice', async () => {
		const screen = await render(NamesSwitch, { options, names: 'b', onchange: () => {} });
		await expect.element(screen.getByRole('radio', { name: 'Southland' })).toBeChecked();
		await expect.element(screen.getByRole('radio', { name: 'Both' })).not.toBeChecked();
	});

	it('shows how the example place reads in each choice', async () => {
		const screen = await render(NamesSwitch, { options, names: 'both', onchange: () => {} });
		const titles = [...screen.container.querySelectorAll('label')].map((l) => l.getAttribute('title'));
		expect(titles).toEqual(['Grossinsel / Isla Grande', 'Grossinsel', 'Isla Grande']);
	});

	it('offers as many choices as the story has parties, with unique names when shown twice', async () => {
		const three = [...options, { id: 'c', label: 'Eastland', names: 'Eastland names', example: 'Ostinsel', lang: 'de' }];
		const screen = await render(NamesSwitch, { options: three, names: 'c', onchange: () => {}, idPrefix: 'footer-names' });
		await expect.element(screen.getByRole('radio', { name: 'Eastland' })).toBeChecked();
		expect(new Set([...screen.container.querySelectorAll('input')].map((i) => i.name))).toEqual(new Set(['footer-names-mode']));
	});
});
