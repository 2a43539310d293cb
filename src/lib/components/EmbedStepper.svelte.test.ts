import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { renderStep } from '../state/storyState.svelte';
import { TEST_STORY as story } from '../story/testStory';
import EmbedStepper from './EmbedStepper.svelte';

const step = (id: string, mode = 'both') =>
	renderStep(
		story.steps.find((s) => s.id === id)!,
		mode,
		story
	);

describe('EmbedStepper', () => {
	it('says whose argument the step carries, steps both ways and links to the full story in the top window', async () => {
		const calls: string[] = [];
		const screen = await render(EmbedStepper, {
			step: step('first-look', 'b'),
			index: 5,
			count: 15,
			author: 'Ann Author',
			storyHref: '/fr/step/first-look/?names=b',
			onprev: () => calls.push('prev'),
			onnext: () => calls.push('next')
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/6 of 15\s*· Ann Author argues/);
		await expect.element(screen.getByRole('heading', { name: 'A first look at Isla Grande' })).toBeVisible();
		// The short text is the argument's first paragraph, its quotation kept, in the reader's names.
		expect(screen.container.querySelector('.short')!.textContent).toBe('Ann Author sees “a sea of distrust” around the Southern Isles.');
		await screen.getByRole('button', { name: 'Next step' }).click();
		await screen.getByRole('button', { name: 'Previous step' }).click();
		expect(calls).toEqual(['next', 'prev']);
		const link = screen.getByRole('link', { name: 'Full story' });
		await expect.element(link).toHaveAttribute('target', '_top');
		await expect.element(link).toHaveAttribute('href', '/fr/step/first-look/?names=b');
	});

	it('labels a context step as context, and opens with its record', async () => {
		const screen = await render(EmbedStepper, {
			step: step('the-harbour'),
			index: 1,
			count: 3,
			author: 'Ann Author',
			storyHref: '/',
			onprev: () => {},
			onnext: () => {}
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/2 of 3\s*· Context/);
		expect(screen.container.querySelector('.short')!.textContent).toMatch(
			/^Southland’s minister said “The isles are ours and always were” of the Northland Isles/
		);
	});

	it('labels a step by its kind when the story follows no article, and cannot step past either end', async () => {
		const screen = await render(EmbedStepper, { step: step('what-next'), index: 2, count: 3, storyHref: '/', onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/3 of 3\s*· Conclusion/);
		await expect.element(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
		await expect.element(screen.getByRole('button', { name: 'Previous step' })).toBeEnabled();
	});

	it('falls back to what the map shows for a step with no text', async () => {
		const bare = { ...step('what-next'), opinion: [], facts: [] };
		const screen = await render(EmbedStepper, { step: bare, index: 0, count: 3, storyHref: '/', onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.short')!.textContent).toBe('The sea around the Northland Isles / Southern Isles.');
		await expect.element(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
	});
});
