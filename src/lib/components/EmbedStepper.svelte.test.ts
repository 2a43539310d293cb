import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { renderStep } from '../story/renderNames';
import { story } from '../story/storyFor';
import EmbedStepper from './EmbedStepper.svelte';

describe('EmbedStepper', () => {
	const nagato = renderStep(
		story.steps.find((s) => s.id === 'nagato')!,
		'ja'
	);
	const links = {
		prevHref: '/embed/islanders/?names=ja',
		nextHref: '/embed/trojan-horse/?names=ja',
		storyHref: 'https://maps.example.org/step/nagato/?names=ja',
		storyAddress: 'maps.example.org/step/nagato/?names=ja'
	};

	it('says whose argument the step carries, steps both ways in place, and links to the full story with its address', async () => {
		const calls: string[] = [];
		const screen = await render(EmbedStepper, {
			step: nagato,
			index: 5,
			count: 15,
			author: 'Cai Hong',
			...links,
			onprev: () => calls.push('prev'),
			onnext: () => calls.push('next')
		});
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/6 of 15\s*· Cai Hong argues/);
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
			step: nagato,
			index: 5,
			count: 15,
			author: 'Cai Hong',
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

	it('shows the first and last steps’ missing neighbour as a disabled link', async () => {
		const screen = await render(EmbedStepper, {
			step: nagato,
			index: 0,
			count: 15,
			author: 'Cai Hong',
			...links,
			prevHref: null,
			onprev: () => {},
			onnext: () => {}
		});
		const prev = screen.container.querySelector('[data-step-action="prev"]')!;
		expect(prev.hasAttribute('href')).toBe(false);
		expect(prev.getAttribute('aria-disabled')).toBe('true');
		expect(prev.getAttribute('role')).toBe('link');
	});

	it('labels a context step as context', async () => {
		const step = renderStep(
			story.steps.find((s) => s.id === 'shimoda-1855')!,
			'both'
		);
		const screen = await render(EmbedStepper, { step, index: 12, count: 15, author: 'Cai Hong', ...links, onprev: () => {}, onnext: () => {} });
		expect(screen.container.querySelector('.kicker')!.textContent).toMatch(/13 of 15\s*· Context/);
	});
});
