import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { renderStep } from '../story/renderNames';
import { story } from '../story/storyFor';
import StepCard from './StepCard.svelte';

const step = (id: string) =>
	renderStep(
		story.steps.find((s) => s.id === id)!,
		'both'
	);

describe('StepCard', () => {
	it('keeps the author’s argument apart from the record, and cites the column', async () => {
		const screen = await render(StepCard, { step: step('nagato'), index: 5, count: 15, active: true, author: 'Cai Hong' });
		await expect.element(screen.getByRole('article')).toHaveAttribute('aria-current', 'step');
		await expect.element(screen.getByText('Step 6 of 15')).toBeVisible();
		await expect.element(screen.getByRole('region', { name: 'Cai Hong’s argument' })).toBeVisible();
		await expect.element(screen.getByRole('heading', { name: 'Cai Hong argues' })).toBeVisible();
		await expect.element(screen.getByRole('region', { name: 'On the record' })).toBeVisible();
		expect(screen.container.querySelector('.sources')!.textContent).toContain('China Daily');
	});

	it('labels a context step as background, with no argument and its own sources', async () => {
		const screen = await render(StepCard, { step: step('shimoda-1855'), index: 12, count: 15, active: false, author: 'Cai Hong' });
		await expect.element(screen.getByText('Background, not the author’s argument')).toBeVisible();
		expect(screen.container.querySelector('.opinion')).toBeNull();
		await expect.element(screen.getByRole('article')).not.toHaveAttribute('aria-current');
		// Its static map is linked (shown without script, in print, or when the live map fails), named and described.
		const img = screen.container.querySelector('img.static-map')!;
		expect(img.getAttribute('src')).toMatch(/\/static-maps\/steps\/shimoda-1855\.svg$/);
		expect(img.getAttribute('aria-describedby')).toBe('shimoda-1855-map-description');
	});
});
