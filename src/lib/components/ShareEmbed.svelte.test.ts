import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { embedSnippets } from '../embed/embedOptions';
import ShareEmbed from './ShareEmbed.svelte';

/** Gives the page a share sheet for one test (Chromium on Linux has none) and records what it is handed. */
function withShareSheet(): ShareData[] {
	const shared: ShareData[] = [];
	Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void shared.push(data) });
	return shared;
}

afterEach(() => {
	delete (navigator as { share?: unknown }).share;
});

describe('ShareEmbed', () => {
	it('gives the step’s own page as the link, with the reader’s names, and embed code for the step’s own embed page', async () => {
		const screen = await render(ShareEmbed, { step: 'nagato', names: 'ja', title: 'Nagato · A chill' });
		await screen.getByText('Share / embed').click();
		await expect.element(screen.getByLabelText('Link to this step')).toHaveValue(`${location.origin}/step/nagato/?names=ja`);
		const { script, iframe } = embedSnippets(location.origin, { step: 'nagato', names: 'ja', title: 'Nagato · A chill' });
		await expect.element(screen.getByLabelText('Embed: iframe and script (takes its content’s height)')).toHaveValue(script);
		await expect.element(screen.getByLabelText('Embed: iframe only (for sites that remove scripts)')).toHaveValue(iframe);
		// The iframe comes first: what is left where a site removes the script.
		expect(script.startsWith(iframe)).toBe(true);
		expect(iframe).toContain(`src="${location.origin}/embed/nagato/?names=ja"`);
	});

	it('gives a language’s own pages and embed, under its prefix, with any party’s names', async () => {
		const screen = await render(ShareEmbed, { step: 'harbour', names: 'b', base: '/fr', title: 'Harbour · Isles' });
		await screen.getByText('Share / embed').click();
		await expect.element(screen.getByLabelText('Link to this step')).toHaveValue(`${location.origin}/fr/step/harbour/?names=b`);
		const { script, iframe } = embedSnippets(location.origin, { step: 'harbour', names: 'b', title: 'Harbour · Isles' }, '/fr');
		await expect.element(screen.getByLabelText('Embed: iframe and script (takes its content’s height)')).toHaveValue(script);
		await expect.element(screen.getByLabelText('Embed: iframe only (for sites that remove scripts)')).toHaveValue(iframe);
		expect(iframe).toContain(`src="${location.origin}/fr/embed/harbour/?names=b"`);
	});

	it('gives the front page for the story’s start', async () => {
		const screen = await render(ShareEmbed, { step: null, names: 'both', title: 'A chill' });
		await screen.getByText('Share / embed').click();
		await expect.element(screen.getByLabelText('Link to this step')).toHaveValue(`${location.origin}/`);
		await screen.unmount();
		const fr = await render(ShareEmbed, { step: null, names: 'both', base: '/fr', title: 'A chill' });
		await fr.getByText('Share / embed').click();
		await expect.element(fr.getByLabelText('Link to this step')).toHaveValue(`${location.origin}/fr/`);
	});

	it('offers the device’s share sheet only where the browser has one', async () => {
		const without = await render(ShareEmbed, { step: 'nagato', names: 'both', title: 'Nagato' });
		await without.getByText('Share / embed').click();
		await expect.element(without.getByRole('button', { name: 'Share…' })).not.toBeInTheDocument();
		await without.unmount();

		const shared = withShareSheet();
		const screen = await render(ShareEmbed, { step: 'nagato', names: 'both', title: 'Nagato · A chill' });
		await screen.getByText('Share / embed').click();
		await screen.getByRole('button', { name: 'Share…' }).click();
		await expect.poll(() => shared).toEqual([{ title: 'Nagato · A chill', url: `${location.origin}/step/nagato/` }]);
	});

	it('says so when the share sheet fails, and stays quiet when the reader closes it', async () => {
		Object.defineProperty(navigator, 'share', { configurable: true, value: async () => Promise.reject(new DOMException('closed', 'AbortError')) });
		const screen = await render(ShareEmbed, { step: 'nagato', names: 'both', title: 'Nagato' });
		await screen.getByText('Share / embed').click();
		await screen.getByRole('button', { name: 'Share…' }).click();
		await expect.element(screen.getByRole('status')).toHaveTextContent('');
		Object.defineProperty(navigator, 'share', { configurable: true, value: async () => Promise.reject(new TypeError('not allowed')) });
		await screen.unmount();
		const again = await render(ShareEmbed, { step: 'nagato', names: 'both', title: 'Nagato' });
		await again.getByText('Share / embed').click();
		await again.getByRole('button', { name: 'Share…' }).click();
		await expect.element(again.getByRole('status')).toHaveTextContent('Could not open sharing: copy the link instead.');
	});
});
