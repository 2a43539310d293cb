import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { renderStep } from '../story/renderNames';
import { story } from '../story/storyFor';
import EmbedStepper from './EmbedStepper.svelte';

describe('EmbedStepper', () => {
	it('says whose argument the step carries, steps both ways and links to the full story in the top window', async () => {
		const calls: string[] = [];
		const step = renderStep(
			story.steps.find((s) => s.id === 'nagato')!,
			'ja'
		);
		const screen = await render(EmbedStepper, {
			step,
			index: 5,
			count: 15,
			author: 'Cai Hong',
			storyHref: '/?step=nagato&names=ja',
			onprev: () => calls.push('prev'),
			onnext: () => calls.push('next')
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/6 of 15\s*· Cai Hong argues/);
		await screen.getByRole('button', { name: 'Next step' }).click();
		await screen.getByRole('button', { name: 'Previous step' }).click();
		expect(calls).toEqual(['next', 'prev']);
		const link = screen.getByRole('link', { name: 'Full story' });
		await expect.element(link).toHaveAttribute('target', '_top');
		await expect.element(link).toHaveAttribute('href', '/?step=nagato&names=ja');
	});

	it('labels a context step as context', async () => {
		const step = renderStep(
			story.steps.find((s) => s.id === 'shimoda-1855')!,
			'both'
		);
		const screen = await render(EmbedStepper, { step, index: 12, count: 15, author: 'Cai Hong', storyHref: '/', onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/13 of 15\s*· Context/);
	});
});
