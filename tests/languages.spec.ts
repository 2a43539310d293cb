// The story in each of its languages besides English (issue 19): its pages are in that language's script, readable
// without JavaScript, and name each other as alternates; one journey each reads, steps, switches names and opens the
// embed, with the map's labels in the language's script; each language's cards are images of the right size.
// (The six-screen walks run in English only: a language changes the words, not the layout's rules.)
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, expectArrivedAt, expectHydrated, expectAddress, renderedLabels } from './fixtures';
import { loadStory } from '../src/lib/story/content/loadStory';
import type { Messages } from '../src/lib/i18n/messages/en';
import { proseText } from '../src/lib/story/quoteSpans';

const { story: loaded } = loadStory('content/stories/japan-russia-chill-2018');
const english = loaded!.stories.en!;
const LANGS = loaded!.languages.filter((l) => l !== loaded!.languages[0]);

/** The letters a language is written in (names in other scripts, "APEC" or "China Daily", are the exception). */
const SCRIPT: Record<string, RegExp> = {
	ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
	ru: /\p{Script=Cyrillic}/u,
	'zh-Hans': /\p{Script=Han}/u
};

/** The share of the letters in `text` that are in the language's script. */
function scriptShare(text: string, lang: string): number {
	const letters = [...text].filter((c) => /\p{L}/u.test(c));
	return letters.filter((c) => SCRIPT[lang]!.test(c)).length / Math.max(letters.length, 1);
}

const messagesOf = async (lang: string): Promise<Messages> => ((await import(`../src/lib/i18n/messages/${lang}.ts`)) as { default: Messages }).default;
const baseOf = (lang: string): string => english.languages.find((l) => l.lang === lang)!.base;

/** The story's own words on a page: every step's title, argument, facts and what its map shows. */
const storyWords = (page: Page): Promise<string[]> =>
	page.locator('.step-card h2, .step-card .opinion p, .step-card .facts p, .step-card .map-description').allInnerTexts();

/** A page's hreflang alternates, from its HTML. */
async function alternatesOf(request: APIRequestContext, url: string): Promise<Map<string, string>> {
	const html = await (await request.get(url)).text();
	return new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
}

for (const lang of LANGS) {
	const base = baseOf(lang);
	const story = loaded!.stories[lang]!;
	const step = 'nagato';

	test(`${lang}: the front page and a step’s page are in ${lang}, without JavaScript, with reciprocal alternates`, async ({ browser, request }) => {
		const m = await messagesOf(lang);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const path of [`${base}/`, `${base}/step/${step}/`]) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const words = (await storyWords(page)).join('\n');
			expect(words.length, path).toBeGreaterThan(2000);
			expect(scriptShare(words, lang), path).toBeGreaterThan(0.85);
			// No English step text is left: not a title, not an opening sentence of the record.
			for (const s of english.steps) {
				expect(words, `${path}: ${s.id}`).not.toContain(s.title.replace(/\{[^}]+\}/g, ''));
				const fact = s.facts[0] ? proseText(s.facts[0]).split(/[{}]/)[0]!.slice(0, 40) : '';
				if (fact.length > 20) expect(words, `${path}: ${s.id}`).not.toContain(fact);
			}
			// The words of the interface are this language's too.
			await expect(page.locator('.story-header')).toContainText(m.header.hint.slice(0, 8));
			await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', m.meta.ogLocale);
			await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(loaded!.languages.length - 1);
			// The line-break marks are drawn as <wbr>, never left in the text or the meta.
			expect(await page.locator('body').innerText()).not.toContain('\u200B');
			expect(await page.locator('meta[name="description"]').getAttribute('content')).not.toContain('\u200B');
			// The language control: real links to the same page in every other language.
			const nav = page.getByRole('navigation', { name: m.language.label });
			await expect(nav.locator('[aria-current="true"]')).toHaveText(m.meta.name);
			for (const other of loaded!.languages.filter((l) => l !== lang)) {
				const link = nav.locator(`a[hreflang="${other}"]`);
				await expect(link).toHaveAttribute('href', path.replace(base, baseOf(other)));
			}
			// hreflang: every language and x-default, each of which names this page back.
			const here = await alternatesOf(request, path);
			expect([...here.keys()].sort()).toEqual([...loaded!.languages, 'x-default'].sort());
			expect(new URL(here.get('x-default')!).pathname).toBe(path.replace(base, ''));
			for (const [hreflang, href] of here) {
				if (hreflang === 'x-default') continue;
				const there = await alternatesOf(request, new URL(href).pathname);
				expect(new URL(there.get(lang)!).pathname, `${href} names ${path} back`).toBe(path);
			}
		}
		await context.close();
	});

	test(`${lang}: a reader steps, switches names and opens the embed, and the map speaks ${lang}`, async ({ page }) => {
		const m = await messagesOf(lang);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${base}/step/four-islands/`);
		await expectHydrated(page);
		await expectArrivedAt(page, 'four-islands');
		// Japanese and Chinese lines break between phrases: the page says keep-all, and the titles carry <wbr>.
		if (lang !== 'ru') {
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).wordBreak)).toBe('keep-all');
			expect(await page.locator('[data-step-id="four-islands"] h2 wbr').count()).toBeGreaterThan(0);
		}
		// The map's labels, as the map draws them, in the language's script.
		const labels = await renderedLabels(page, 'islands');
		expect(labels.length).toBeGreaterThanOrEqual(3);
		for (const label of labels) expect(scriptShare(label, lang), label).toBeGreaterThan(0.6);
		// Both sides' names, in a script without spaces, on two lines at the slash, never broken inside a name.
		if (lang !== 'ru') for (const label of labels.filter((l) => l.includes('/'))) expect(label, label).toMatch(/^[^\s/]+\/\n[^\s/]+$/);

		// Step on.
		await page.getByRole('button', { name: m.stepper.nextStep }).click();
		const next = story.steps[story.steps.findIndex((s) => s.id === 'four-islands') + 1]!.id;
		await expectArrivedAt(page, next);
		await expectAddress(page, `${base}/step/${next}/`);

		// Russia's names, in this language's script, on the map and in the text; the address keeps the choice.
		const ruLabel = story.naming.find((n) => n.id === 'ru')!.label;
		await page.getByRole('radio', { name: ruLabel }).first().check();
		const iturup = story.names['iturup']!['ru']!;
		await expect.poll(() => renderedLabels(page, 'islands')).toContain(iturup);
		await expect(page.locator(`[data-step-id="${next}"]`)).toContainText(iturup);
		await expectAddress(page, `${base}/step/${next}/?names=ru`);
		// The language control carries the reader's step and names to the other languages.
		await expect(page.getByRole('navigation', { name: m.language.label }).locator('a[hreflang="en"]')).toHaveAttribute('href', `/step/${next}/?names=ru`);

		// The share control's embed is this language's own embed page.
		await page.getByText(m.share.summary).click();
		await expect(page.locator('#share-iframe')).toHaveValue(new RegExp(`${base}/embed/${next}/\\?names=ru`));
		// An embed asked for this language with lang= opens this language's embed page, in its words and names.
		await page.goto(`/embed/four-islands/?lang=${lang}&names=ru`);
		await expect(page).toHaveURL(new RegExp(`${base}/embed/four-islands/\\?names=ru$`));
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expectArrivedAt(page, 'four-islands');
		await expect.poll(() => renderedLabels(page, 'islands')).toContain(iturup);
		expect(scriptShare(await page.locator('.embed-stepper .text').innerText(), lang)).toBeGreaterThan(0.8);
	});
}

test('every language’s social cards are 1200×630 PNGs', async ({ request }) => {
	for (const lang of loaded!.languages)
		for (const id of ['story', 'nagato', 'two-positions']) {
			const res = await request.get(`${baseOf(lang)}/cards/${id}.png`);
			expect(res.status(), `${lang} ${id}`).toBe(200);
			const png = await res.body();
			expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${lang} ${id}`).toEqual([1200, 630]);
		}
});
