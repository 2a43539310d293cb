import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import Legend from './Legend.svelte';

describe('Legend', () => {
	it('names itself and lists each entry with its label, in order', async () => {
		const screen = await render(Legend, {
			entries: [
				{ key: 'islands', swatch: 'fill', color: '#f2bd78', outline: '#8f4a12', label: 'Disputed islands' },
				{ key: 'line', swatch: 'dash', color: '#374151', label: 'Treaty of Shimoda boundary (1855)' }
			]
		});
		await expect.element(screen.getByRole('region', { name: 'Map legend' })).toBeVisible();
		const items = screen
			.getByRole('listitem')
			.elements()
			.map((li) => li.textContent?.trim());
		expect(items).toEqual(['Disputed islands', 'Treaty of Shimoda boundary (1855)']);
		// Swatches are decoration: hidden from assistive technology, drawn in the entry's own colours.
		const svg = screen.container.querySelector('li svg')!;
		expect(svg.getAttribute('aria-hidden')).toBe('true');
		expect(svg.querySelector('rect')!.getAttribute('fill')).toBe('#f2bd78');
		expect(screen.container.querySelectorAll('li svg line[stroke-dasharray]')).toHaveLength(1);
	});

	it('shows nothing when a step draws nothing to explain', async () => {
		const screen = await render(Legend, { entries: [] });
		expect(screen.container.querySelector('.legend')).toBeNull();
	});
});
