import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../embed/embedOptions';
import { story } from '../story/storyFor';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, firstSentence, leadSentences, oembedFor, pageMeta, shorten } from './pageMeta';

describe('firstSentence', () => {
	it('stops at the first full stop before a new sentence', () => {
		expect(firstSentence('Abe met Putin in Nagato. They talked for hours.')).toBe('Abe met Putin in Nagato.');
		expect(firstSentence('He said “no.” Then he left.')).toBe('He said “no.”');
		expect(firstSentence('Where next? Nobody knew.')).toBe('Where next?');
	});
	it('keeps decimals and a text without an ending whole', () => {
		expect(firstSentence('The gap is 3.7 km wide. It is narrow.')).toBe('The gap is 3.7 km wide.');
		expect(firstSentence('No full stop here')).toBe('No full stop here');
	});
});

describe('leadSentences', () => {
	it('adds the next sentence to a first one too short to describe anything', () => {
		expect(leadSentences('It did not last. In 1875 the border moved north to Shumshu. Then 1905.', 40)).toBe(
			'It did not last. In 1875 the border moved north to Shumshu.'
		);
		expect(leadSentences('A first sentence long enough to stand alone. The next.', 20)).toBe('A first sentence long enough to stand alone.');
		expect(leadSentences('Short.', 40)).toBe('Short.');
	});
});

describe('shorten', () => {
	it('leaves short text alone and cuts long text at a word, with an ellipsis', () => {
		expect(shorten('short', 10)).toBe('short');
		const cut = shorten('one two three four five six', 15);
		expect(cut).toBe('one two three…');
		expect(cut.length).toBeLessThanOrEqual(15);
	});
});

describe('pageMeta', () => {
	const site = 'https://news.example.org';

	it('gives the front page the story title, the dek and its own card and oEmbed file', () => {
		const meta = pageMeta(story, null, site, 'treaty-map');
		expect(meta.title).toBe(story.title);
		expect(meta.canonical).toBe('https://news.example.org/');
		expect(meta.image).toMatchObject({ url: 'https://news.example.org/cards/story.png', width: 1200, height: 630, type: 'image/png' });
		expect(meta.oembed).toBe('https://news.example.org/oembed/story.json');
	});

	it('gives every step its title, its first sentence in the default names, and its map description as the card alt', () => {
		for (const [i, step] of story.steps.entries()) {
			const meta = pageMeta(story, i, site, 'treaty-map');
			expect(meta.title.startsWith(step.title.replace(/\{[a-z-]+\}/g, '')) || meta.title.includes(' · ')).toBe(true);
			expect(meta.title).toContain(story.title);
			expect(meta.canonical).toBe(`https://news.example.org/step/${step.id}/`);
			expect(meta.image.url).toBe(`https://news.example.org/cards/${step.id}.png`);
			// A whole sentence (or a shortened one), with every name filled in.
			expect(meta.description, step.id).toMatch(/[.!?”’…]$/);
			expect(meta.description.length, step.id).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
			expect(meta.description.length, step.id).toBeLessThanOrEqual(DESCRIPTION_MAX);
			expect(meta.description, step.id).not.toMatch(/[{}]/);
			expect(meta.image.alt, step.id).not.toMatch(/[{}]/);
			expect(meta.image.alt.length, step.id).toBeGreaterThan(30);
		}
	});

	it('writes root-relative URLs when the origin is unknown', () => {
		const meta = pageMeta(story, 1, null, 'treaty-map');
		expect(meta.canonical).toBe(`/step/${story.steps[1]!.id}/`);
		expect(meta.image.url).toBe(`/cards/${story.steps[1]!.id}.png`);
	});

	it('refuses a step the story does not have', () => {
		expect(() => pageMeta(story, story.steps.length, site, 'x')).toThrow(RangeError);
	});
});

describe('oembedFor', () => {
	it('answers with a rich oEmbed 1.0 whose html is the share control’s snippet for that step, after a link to its page', () => {
		const site = 'https://news.example.org';
		const step = story.steps[3]!;
		const meta = pageMeta(story, 3, site, 'treaty-map');
		const o = oembedFor(meta, step.id, site);
		expect(o).toMatchObject({ version: '1.0', type: 'rich', title: meta.title, provider_name: 'treaty-map', provider_url: `${site}/` });
		const snippets = embedSnippets(site, { step: step.id, title: meta.title });
		expect(o.html).toBe(snippets.oembed);
		expect(o.html.endsWith(snippets.script)).toBe(true);
		expect(o.html).toContain(`<iframe src="${site}/embed/${step.id}/"`);
		expect(o.html).toMatch(new RegExp(`^<blockquote><a href="${site}/step/${step.id}/">`));
		expect(o).toMatchObject({ thumbnail_url: meta.image.url, thumbnail_width: 1200, thumbnail_height: 630 });
		expect(o.width).toBeGreaterThan(0);
		expect(o.height).toBeGreaterThan(0);
	});
});
