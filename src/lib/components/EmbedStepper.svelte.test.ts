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

const links = {
	prevHref: '/fr/embed/intro/?names=b',
	nextHref: '/fr/embed/the-harbour/?names=b',
	storyHref: 'https://maps.example.org/fr/step/first-look/?names=b',
	storyAddress: 'maps.example.org/fr/step/first-look/?names=b'
};

describe('EmbedStepper', () => {
	it('says whose argument the step carries, steps both ways in place, and links to the full story with its address', async () => {
		const calls: string[] = [];
		const screen = await render(EmbedStepper, {
			step: step('first-look', 'b'),
			index: 5,
			count: 15,
			author: 'Ann Author',
			...links,
			onprev: () => calls.push('prev'),
			onnext: () => calls.push('next')
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/6 of 15\s*· Ann Author argues/);
		await expect.element(screen.getByRole('heading', { name: 'A first look at Isla Grande' })).toBeVisible();
		// The short text is the argument's first paragraph, its quotation kept, in the reader's names.
		expect(screen.container.querySelector('.short')!.textContent).toBe('Ann Author sees “a sea of distrust” around the Southern Isles.');
		// Links to the other steps' embed pages (for frames where no script runs); a plain click steps in place.
		const next = screen.getByRole('link', { name: 'Next step' });
		const prev = screen.getByRole('link', { name: 'Previous step' });
		await expect.element(next).toHaveAttribute('href', links.nextHref);
		await expect.element(prev).toHaveAttribute('href', links.prevHref);
		await next.click();
		await prev.click();
		expect(calls).toEqual(['next', 'prev']);
		expect(location.pathname).not.toContain('/embed/');
		const link = screen.getByRole('link', { name: 'Full story' });
		await expect.element(link).toHaveAttribute('target', '_top');
		await expect.element(link).toHaveAttribute('href', links.storyHref);
		// The address, as text a reader can select where the frame may open no link.
		await expect.element(screen.getByText(links.storyAddress)).toBeVisible();
		await expect.element(screen.getByRole('status')).toHaveTextContent('');
	});

	it('leaves a click that asks for a new tab to the browser', async () => {
		const calls: string[] = [];
		const screen = await render(EmbedStepper, {
			step: step('first-look'),
			index: 5,
			count: 15,
			author: 'Ann Author',
			...links,
			onprev: () => {},
			onnext: () => calls.push('next')
		});
		// The test's own listener cancels the browser's navigation, after the component has had its say.
		let leftToBrowser = false;
		const after = (e: Event): void => {
			leftToBrowser = !e.defaultPrevented;
			e.preventDefault();
		};
		document.addEventListener('click', after);
		screen.container.querySelector('[data-step-action="next"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
		document.removeEventListener('click', after);
		expect(calls).toEqual([]);
		expect(leftToBrowser).toBe(true);
	});

	it('labels a context step as context, and opens with its record', async () => {
		const screen = await render(EmbedStepper, {
			step: step('the-harbour'),
			index: 1,
			count: 3,
			author: 'Ann Author',
			...links,
			onprev: () => {},
			onnext: () => {}
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/2 of 3\s*· Context/);
		expect(screen.container.querySelector('.short')!.textContent).toMatch(
			/^Southland’s minister said “The isles are ours and always were” of the Northland Isles/
		);
	});

	it('labels a step by its kind when the story follows no article, and shows a missing neighbour as a disabled link', async () => {
		const screen = await render(EmbedStepper, { step: step('what-next'), index: 2, count: 3, ...links, nextHref: null, onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/3 of 3\s*· Conclusion/);
		const next = screen.container.querySelector('[data-step-action="next"]')!;
		expect(next.hasAttribute('href')).toBe(false);
		expect(next.getAttribute('aria-disabled')).toBe('true');
		expect(next.getAttribute('role')).toBe('link');
		expect(screen.container.querySelector('[data-step-action="prev"]')!.getAttribute('href')).toBe(links.prevHref);
	});

	it('falls back to what the map shows for a step with no text', async () => {
		const bare = { ...step('what-next'), opinion: [], facts: [] };
		const screen = await render(EmbedStepper, { step: bare, index: 0, count: 3, ...links, prevHref: null, onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.short')!.textContent).toBe('The sea around the Northland Isles / Southern Isles.');
	});
});
