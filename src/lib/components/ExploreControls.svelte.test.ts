import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ExploreControls from './ExploreControls.svelte';

describe('ExploreControls', () => {
	it('offers to explore while the map follows the story', async () => {
		const calls: string[] = [];
		const screen = await render(ExploreControls, {
			exploring: false,
			stepTitle: 'Four islands and no peace treaty',
			features: [],
			selectedId: null,
			onexplore: () => calls.push('explore'),
			onback: () => calls.push('back'),
			onchoose: (id: string) => calls.push(id)
		});
		await screen.getByRole('button', { name: 'Explore the map' }).click();
		expect(calls).toEqual(['explore']);
	});

	it('while exploring, leads back to the story and to every feature on the map by keyboard', async () => {
		const calls: string[] = [];
		const screen = await render(ExploreControls, {
			exploring: true,
			stepTitle: 'Four islands and no peace treaty',
			features: [
				{ id: 'iturup', label: 'Iturup / Etorofu' },
				{ id: 'shikotan', label: 'Shikotan' }
			],
			selectedId: 'shikotan',
			onexplore: () => calls.push('explore'),
			onback: () => calls.push('back'),
			onchoose: (id: string) => calls.push(id)
		});
		await screen.getByLabelText('Features on the map (2)').click();
		await expect.element(screen.getByRole('button', { name: 'Shikotan' })).toHaveAttribute('aria-pressed', 'true');
		await screen.getByRole('button', { name: 'Iturup / Etorofu' }).click();
		// The bar that brings the story back says where the story waits.
		await expect
			.element(screen.getByRole('button', { name: /Back to the story/ }))
			.toHaveAccessibleName('← Back to the story: Four islands and no peace treaty');
		await screen.getByRole('button', { name: /Back to the story/ }).click();
		expect(calls).toEqual(['iturup', 'back']);
	});
});
