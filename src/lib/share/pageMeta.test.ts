import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../embed/embedOptions';
import type { Story } from '../story/model';
import { TEST_STORY as story } from '../story/testStory';
import { baseOf, DESCRIPTION_MAX, descriptionLimits, firstSentence, leadSentences, oembedFor, openingParagraph, pageMeta, shorten } from './pageMeta';

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

describe('firstSentence in other languages', () => {
	it('ends a Japanese or Chinese sentence at 。！？ with its closing bracket, and a Russian one before a capital or «', () => {
		expect(firstSentence('ツァイ氏は論じる。「信頼の欠如は根深い」と書く。')).toBe('ツァイ氏は論じる。');
		expect(firstSentence('「信頼の欠如は根深い。」と書く。次の文。')).toBe('「信頼の欠如は根深い。」');
		expect(firstSentence('蔡红认为，不信任根深蒂固！其次。')).toBe('蔡红认为，不信任根深蒂固！');
		expect(firstSentence('Лавров пошутил. «Раз мы не вмешивались…» — сказал он.')).toBe('Лавров пошутил.');
		expect(firstSentence('В 1855 г. граница прошла. Затем 1875.')).toBe('В 1855 г. граница прошла.');
	});
	it('joins sentences written without spaces without one', () => {
		expect(leadSentences('短い。二つ目の文はもう少し長い。三つ目。', 8)).toBe('短い。二つ目の文はもう少し長い。');
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

describe('shorten in languages without spaces', () => {
	it('cuts at a word, not in the middle of one, and keeps to half the length', () => {
		expect(descriptionLimits('ja')).toEqual({ min: 30, max: 100 });
		expect(descriptionLimits('zh-Hans').max).toBe(100);
		expect(descriptionLimits('ru')).toEqual(descriptionLimits('en'));
		const text = '日本とロシアは平和条約を結んでいない。'.repeat(10);
		const cut = shorten(text, 30, 'ja');
		expect(cut.length).toBeLessThanOrEqual(30);
		expect(cut.length).toBeGreaterThan(20);
		expect(cut).toMatch(/…$/);
		const zh = shorten('俄罗斯管辖这些岛屿，日本主张对其拥有主权。'.repeat(10), 25, 'zh-Hans');
		expect(zh).not.toMatch(/拥…$|主…$/);
		expect(zh.length).toBeLessThanOrEqual(25);
	});
});

describe('openingParagraph', () => {
	it('is the author’s argument where the step has one, else the record, else what the map shows', () => {
		expect(openingParagraph(story.steps[0]!)).toBe(story.steps[0]!.opinion![0]);
		expect(openingParagraph(story.steps[1]!)).toBe(story.steps[1]!.facts[0]);
		expect(openingParagraph({ ...story.steps[1]!, facts: [] })).toBe(story.steps[1]!.mapDescription);
	});
});

describe('baseOf', () => {
	it('is the URL prefix of the story’s own language', () => {
		expect(baseOf(story)).toBe('');
		expect(baseOf({ ...story, lang: 'fr' })).toBe('/fr');
		expect(baseOf({ ...story, lang: 'xx' })).toBe('');
	});
});

describe('pageMeta', () => {
	const site = 'https://news.example.org';

	it('gives the front page the story title, the dek and its own card and oEmbed file', () => {
		const meta = pageMeta(story, null, site, 'treaty-map');
		expect(meta.title).toBe(story.title);
		expect(meta.description).toBe(story.dek);
		expect(meta.canonical).toBe('https://news.example.org/');
		expect(meta.image).toMatchObject({ url: 'https://news.example.org/cards/story.png', width: 1200, height: 630, type: 'image/png' });
		expect(meta.oembed).toBe('https://news.example.org/oembed/story.json');
		expect(meta.siteName).toBe('treaty-map');
		expect(meta.base).toBe('');
	});

	it('describes the front page’s card by the first step’s map, in both sides’ names', () => {
		expect(pageMeta(story, null, site, 'treaty-map').image.alt).toBe(
			'The Northland Isles / Southern Isles, with Grossinsel / Isla Grande highlighted and a dot at Nordhafen / Puerto Sur.'
		);
	});

	it('gives a step its title in both sides’ names, its opening sentence with its quotation, and its map description as the card alt', () => {
		const meta = pageMeta(story, 0, site, 'treaty-map');
		expect(meta.title).toBe('A first look at Grossinsel / Isla Grande · Two isles, two names');
		expect(meta.description).toBe('Ann Author sees “a sea of distrust” around the Northland Isles / Southern Isles.');
		expect(meta.canonical).toBe('https://news.example.org/step/first-look/');
		expect(meta.image.url).toBe('https://news.example.org/cards/first-look.png');
		expect(meta.oembed).toBe('https://news.example.org/oembed/first-look.json');
		expect(meta.image.alt).toBe(pageMeta(story, null, site, 'x').image.alt);
	});

	it('opens with the record where a step has no argument, adding sentences to one too short to describe anything', () => {
		const facts = pageMeta(story, 1, site, 'treaty-map').description;
		expect(facts).toBe('Southland’s minister said “The isles are ours and always were” of the Northland Isles / Southern Isles.');
		const short: Story = {
			...story,
			steps: [{ ...story.steps[2]!, opinion: [['It ended. Nobody knew what came next, on {big-isle} or off it. Then more.']] }]
		};
		expect(pageMeta(short, 0, site, 'x').description).toBe('It ended. Nobody knew what came next, on Grossinsel / Isla Grande or off it.');
	});

	it('gives every step a whole sentence (or a shortened one) with every name filled in', () => {
		for (const [i, step] of story.steps.entries()) {
			const meta = pageMeta(story, i, site, 'treaty-map');
			expect(meta.title).toContain(` · ${story.title}`);
			expect(meta.canonical).toBe(`https://news.example.org/step/${step.id}/`);
			expect(meta.description, step.id).toMatch(/[.!?”’…]$/);
			expect(meta.description.length, step.id).toBeLessThanOrEqual(DESCRIPTION_MAX);
			expect(meta.description, step.id).not.toMatch(/[{}]/);
			expect(meta.image.alt, step.id).not.toMatch(/[{}]/);
		}
	});

	it('shortens a long opening at a word', () => {
		const long: Story = { ...story, steps: [{ ...story.steps[2]!, opinion: [[`${'word '.repeat(80)}end.`]] }] };
		const { description } = pageMeta(long, 0, site, 'x');
		expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
		expect(description).toMatch(/word…$/);
	});

	it('puts the pages of another language under its prefix', () => {
		const fr: Story = { ...story, lang: 'fr' };
		expect(pageMeta(fr, null, site, 'x')).toMatchObject({
			canonical: 'https://news.example.org/fr/',
			image: { url: 'https://news.example.org/fr/cards/story.png' },
			oembed: 'https://news.example.org/fr/oembed/story.json',
			base: '/fr'
		});
		expect(pageMeta(fr, 1, site, 'x').canonical).toBe('https://news.example.org/fr/step/the-harbour/');
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
	const site = 'https://news.example.org';

	it('answers with a rich oEmbed 1.0 whose html is the share control’s snippet for that step, after a link to its page', () => {
		const step = story.steps[1]!;
		const meta = pageMeta(story, 1, site, 'treaty-map');
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

	it('embeds the page’s own language', () => {
		const meta = pageMeta({ ...story, lang: 'fr' }, 1, site, 'x');
		const o = oembedFor(meta, 'the-harbour', site);
		expect(o.html).toContain(`<iframe src="${site}/fr/embed/the-harbour/"`);
		expect(o.html).toContain(`href="${site}/fr/step/the-harbour/"`);
	});
});
