import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Stepper from './Stepper.svelte';

describe('Stepper', () => {
	it('says where the reader is and steps both ways', async () => {
		const calls: string[] = [];
		const screen = await render(Stepper, { index: 4, count: 15, title: 'Da Nang', onprev: () => calls.push('prev'), onnext: () => calls.push('next') });
		await expect.element(screen.getByRole('navigation', { name: 'Story steps' })).toBeVisible();
		await expect.element(screen.getByText('Step 5 of 15')).toBeVisible();
		await expect.element(screen.getByRole('progressbar', { name: 'Progress through the story' })).toHaveAttribute('value', '5');
		await screen.getByRole('button', { name: 'Next step' }).click();
		await screen.getByRole('button', { name: 'Previous step' }).click();
		expect(calls).toEqual(['next', 'prev']);
	});

	it('cannot go before the first step or past the last', async () => {
		const first = await render(Stepper, { index: 0, count: 3, title: 'a', onprev: () => {}, onnext: () => {} });
		await expect.element(first.getByRole('button', { name: 'Previous step' })).toBeDisabled();
		await expect.element(first.getByRole('button', { name: 'Next step' })).toBeEnabled();
		await first.unmount();
		const last = await render(Stepper, { index: 2, count: 3, title: 'c', onprev: () => {}, onnext: () => {} });
		await expect.element(last.getByRole('button', { name: 'Next step' })).toBeDisabled();
	});
});
