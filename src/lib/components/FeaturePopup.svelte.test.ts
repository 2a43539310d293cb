import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { FeatureInfo } from '../story/model';
import { TEST_FEATURES } from '../story/testStory';
import { testState } from '../state/testState';
import WithStoryState from '../state/WithStoryState.svelte';
import FeaturePopup from './FeaturePopup.svelte';

/** The popup of `info` as the page shows it, in the reader's naming choice. */
function popup(info: FeatureInfo, names = 'both') {
	const state = testState();
	state.names = names;
	return render(FeaturePopup, { info }, { wrapper: WithStoryState, wrapperProps: { state } });
}

const BIG_ISLE = TEST_FEATURES['big-isle']!;

describe('FeaturePopup', () => {
	it('gives both sides’ names, who administers and who claims, and the area with its source', async () => {
		const screen = await popup(BIG_ISLE);
		await expect.element(screen.getByRole('heading', { name: 'Grossinsel / Isla Grande' })).toBeVisible();
		await expect.element(screen.getByText('Northland name')).toBeVisible();
		await expect.element(screen.getByText('Southland name')).toBeVisible();
		// A side's own name in its own script and language, where it differs from the page's rendering.
		await expect.element(screen.getByText('Großinsel')).toHaveAttribute('lang', 'de');
		expect(screen.container.querySelectorAll('.names [lang]')).toHaveLength(1);
		await expect.element(screen.getByText('Administered by')).toBeVisible();
		expect(screen.container.textContent).toMatch(/Northland: North Isles District/);
		expect(screen.container.textContent).toMatch(/Southland: Province of the South Isles/);
		expect(screen.container.textContent).toMatch(/3,168 km²/);
		expect(screen.container.textContent).toMatch(/measured on this outline: 3,168\.4 km²/);
		await expect.element(screen.getByRole('link', { name: 'Test Atlas' })).toHaveAttribute('href', 'https://atlas.example.org/');
	});

	it('titles the popup in the reader’s naming choice, keeping both names below', async () => {
		const screen = await popup(BIG_ISLE, 'b');
		await expect.element(screen.getByRole('heading', { name: 'Isla Grande' })).toBeVisible();
		const names = [...screen.container.querySelectorAll('.names dd')].map((dd) => dd.firstChild!.textContent!.trim());
		expect(names).toEqual(['Grossinsel', 'Isla Grande']);
		await expect.element(screen.getByText('Großinsel')).toBeVisible();
	});

	it('sets a side’s own name apart from the page’s rendering of it', async () => {
		const screen = await popup(BIG_ISLE, 'b');
		const names = [...screen.container.querySelectorAll('.names dd')].map((dd) => dd.textContent!.replace(/\s+/g, ' ').trim());
		expect(names).toEqual(['Grossinsel Großinsel', 'Isla Grande']);
	});

	it('renders the names in its text in the reader’s choice, with the story’s order in "both"', async () => {
		const both = await popup(BIG_ISLE);
		expect(both.container.textContent).toContain('The larger of the Northland Isles / Southern Isles, with Tern Rock off its coast.');
		await both.unmount();
		const a = await popup(BIG_ISLE, 'a');
		expect(a.container.textContent).toContain('The larger of the Northland Isles, with Tern Rock off its coast.');
		expect(a.container.textContent).not.toMatch(/[{}]/);
	});

	it('gives no list of names for a place both sides call the same', async () => {
		const screen = await popup(TEST_FEATURES['tern-rock']!);
		await expect.element(screen.getByRole('heading', { name: 'Tern Rock' })).toBeVisible();
		expect(screen.container.querySelector('.names')).toBeNull();
		expect(screen.container.textContent).toContain('A rock off Grossinsel / Isla Grande.');
	});

	it('titles a line by what it is, names what set it, and renders the disputed names in both', async () => {
		const screen = await popup(TEST_FEATURES['old-border']!, 'b');
		await expect.element(screen.getByRole('heading', { name: 'Border of 1900 between Isla Grande and the mainland' })).toBeVisible();
		expect(screen.container.querySelector('.names')).toBeNull();
		expect(screen.container.textContent).toContain('Set by: The Treaty of Puerto Sur');
		expect(screen.container.textContent).toContain('Length: 12.3 km');
		expect(screen.container.textContent).toContain('Date: 1 May 1900');
	});

	it('says nothing of who administers or claims a place that is not disputed, and cites its source', async () => {
		const screen = await popup(TEST_FEATURES.harbour!);
		expect(screen.container.querySelector('.status')).toBeNull();
		await expect.element(screen.getByRole('link', { name: 'Atlas of the isles' })).toHaveAttribute('href', 'https://atlas.example.org/');
		expect(screen.container.querySelector('.source')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Source: Atlas of the isles, Test Atlas');
	});

	it('credits an outline where a feature has no source of its own', async () => {
		const screen = await popup({ ...TEST_FEATURES.town!, outlineSource: 'OpenStreetMap' });
		expect(screen.container.querySelector('.source')!.textContent).toBe('Outline: OpenStreetMap');
	});
});
