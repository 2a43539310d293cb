import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { renderStep } from '../state/storyState.svelte';
import { TEST_STORY as story } from '../story/testStory';
import StepCard from './StepCard.svelte';

const step = (id: string, mode = 'both') =>
	renderStep(
		story.steps.find((s) => s.id === id)!,
		mode,
		story
	);
const common = { author: 'Ann Author', articleSource: 'article', quotes: story.quotes, base: '' };

describe('StepCard', () => {
	it('keeps the author’s argument apart from the record, and cites the article', async () => {
		const screen = await render(StepCard, { step: step('first-look'), index: 5, count: 15, active: true, ...common });
		await expect.element(screen.getByRole('article')).toHaveAttribute('aria-current', 'step');
		await expect.element(screen.getByText('Step 6 of 15')).toBeVisible();
		await expect.element(screen.getByRole('region', { name: 'Ann Author’s argument' })).toBeVisible();
		await expect.element(screen.getByRole('heading', { name: 'Ann Author argues' })).toBeVisible();
		await expect.element(screen.getByRole('region', { name: 'On the record' })).toBeVisible();
		expect(screen.container.querySelector('.opinion')!.textContent).toContain('around the Northland Isles / Southern Isles.');
		expect(screen.container.querySelector('.facts')!.textContent).toContain('Grossinsel / Isla Grande is the larger of the Northland Isles / Southern Isles');
		expect(screen.container.querySelector('.sources')!.textContent).toContain('The Daily Test');
	});

	it('marks a quotation in the text, and a block quotation from the article as quoted by its author', async () => {
		const screen = await render(StepCard, { step: step('first-look'), index: 0, count: 3, active: true, ...common });
		const quoted = screen.container.querySelector('.opinion .quoted')!;
		expect(quoted.getAttribute('data-quote')).toBe('distrust');
		expect(quoted.textContent).toBe('a sea of distrust');
		expect(quoted.hasAttribute('lang')).toBe(false);
		const block = screen.container.querySelector('blockquote')!;
		expect(block.textContent).toContain('“a sea of distrust”');
		expect(block.querySelector('footer')!.textContent!.trim()).toBe('— Ann Author, as quoted by Ann Author');
		// No translation in this step: no mark, no list of originals.
		expect(screen.container.querySelector('.translated')).toBeNull();
		expect(screen.container.querySelector('.quotations')).toBeNull();
	});

	it('lists each source with what it supports, linked, and the number of sources', async () => {
		const screen = await render(StepCard, { step: step('first-look', 'a'), index: 0, count: 3, active: true, ...common });
		const supports = [...screen.container.querySelectorAll('.sources .supports')].map((s) => s.textContent!.trim());
		expect(supports).toEqual(['— The author’s view of the Northland Isles', '— The size of Grossinsel']);
		await expect.element(screen.getByText('Sources (2)')).toBeInTheDocument();
		// Inside the closed list, the source's title links to it.
		const link = screen.container.querySelector<HTMLAnchorElement>('.sources li a')!;
		expect([link.textContent, link.getAttribute('href'), link.rel]).toEqual(['Why the isles divide us', 'https://news.example.org/isles', 'external noopener']);
		await screen.getByText('Sources (2)').click();
		await expect.element(screen.getByRole('link', { name: 'Why the isles divide us' })).toBeVisible();
		// A title of ours, not the source's own headline, is set in brackets.
		expect(screen.container.querySelector('.sources')!.textContent!.replace(/\s+/g, ' ')).toContain('[Atlas of the isles], Test Atlas');
	});

	it('writes each source as readable text: title, what it means, byline, language, note, and what it supports, each set apart', async () => {
		const text = async (id: string, mode: string): Promise<string[]> => {
			const screen = await render(StepCard, { step: step(id, mode), index: 0, count: 3, active: true, ...common });
			const items = [...screen.container.querySelectorAll('.sources > ul:first-of-type > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
			await screen.unmount();
			return items;
		};
		expect(await text('first-look', 'a')).toEqual([
			'Why the isles divide us, Ann Author, The Daily Test, 26 March 2018 — The author’s view of the Northland Isles',
			'[Atlas of the isles], Test Atlas — The size of Grossinsel'
		]);
		expect(await text('the-harbour', 'both')).toEqual([
			'Declaración del ministro (The minister’s statement), Southland Press, 16 January 2019 (in Spanish)',
			'Premier on the isles, North Wire, via Isles Archive (summary of the premier’s interview)'
		]);
	});

	it('labels a context step as background, with no argument and its own sources', async () => {
		const screen = await render(StepCard, { step: step('the-harbour'), index: 1, count: 3, active: false, ...common });
		await expect.element(screen.getByText('Background, not the author’s argument')).toBeVisible();
		expect(screen.container.querySelector('.opinion')).toBeNull();
		await expect.element(screen.getByRole('article')).not.toHaveAttribute('aria-current');
		// Its static map is linked (shown without script, in print, or when the live map fails), named and described.
		const img = screen.container.querySelector('img.static-map')!;
		expect(img.getAttribute('src')).toBe('/static-maps/steps/the-harbour.svg');
		expect(img.getAttribute('alt')).toBe('Map: The harbour of Grossinsel / Isla Grande');
		expect(img.getAttribute('aria-describedby')).toBe('the-harbour-map-description');
		expect(screen.container.querySelector('#the-harbour-map-description')!.textContent).toContain('A dot marks Nordhafen / Puerto Sur');
	});

	it('marks a quotation shown in translation, and names its original and its translator among the sources', async () => {
		const screen = await render(StepCard, { step: step('the-harbour'), index: 1, count: 3, active: false, ...common });
		const marks = [...screen.container.querySelectorAll('.facts a.translated')];
		expect(marks).toHaveLength(2);
		expect(marks.map((a) => a.getAttribute('href'))).toEqual(['#the-harbour-quotations', '#the-harbour-quotations']);
		expect(marks.map((a) => a.getAttribute('title'))).toEqual(['translated from Spanish', 'translated from German']);
		// A reader who hears the link hears what it means, its visible mark first (label in name).
		await expect.element(screen.getByRole('link', { name: 'tr. (translated from Spanish)' })).toBeInTheDocument();
		// The closing quotation mark comes before the translation mark.
		expect(screen.container.querySelector('.facts p')!.textContent).toContain('“The isles are ours and always were”\u2060tr. of the Northland Isles');
		const list = screen.container.querySelector('#the-harbour-quotations')!;
		expect(list.textContent).toBe('Quotations in this step');
		const notes = [...list.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
		expect(notes).toEqual([
			'“The isles are ours and always were” — Southland’s foreign minister; translated from Spanish; original: Las islas son nuestras y siempre lo fueron; translation: ours',
			'“we are ready to talk” — Northland’s premier; translated from German; translation: North Wire'
		]);
		await expect.element(screen.getByText('Las islas son nuestras y siempre lo fueron')).toHaveAttribute('lang', 'es');
	});

	it('marks a source’s title in another language as that language', async () => {
		const screen = await render(StepCard, { step: step('the-harbour'), index: 1, count: 3, active: false, ...common });
		await expect.element(screen.getByText('Declaración del ministro')).toHaveAttribute('lang', 'es');
		await expect.element(screen.getByText('Premier on the isles')).not.toHaveAttribute('lang');
		expect(screen.container.querySelector('.sources')!.textContent).toContain('The minister’s statement');
		expect(screen.container.querySelector('.sources')!.textContent).toContain('in Spanish');
	});

	it('links its static map under its language’s prefix', async () => {
		const screen = await render(StepCard, { step: step('what-next'), index: 2, count: 3, active: false, ...common, base: '/fr' });
		expect(screen.container.querySelector('img.static-map')!.getAttribute('src')).toBe('/fr/static-maps/steps/what-next.svg');
		// A conclusion with no record shows the argument alone.
		expect(screen.container.querySelector('.facts')).toBeNull();
		await expect.element(screen.getByRole('heading', { name: 'Ann Author argues' })).toBeVisible();
	});
});
