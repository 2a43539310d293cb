// The Japan–Russia story's own content rules: what it says, in what order, in every naming mode. The engine's rules
// (schemas, cross-checks, quotations against the article) run in loadStory; these are the story's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatContentError } from '../../src/lib/files/contentError';
import { pageMeta, DESCRIPTION_MAX, DESCRIPTION_MIN } from '../../src/lib/share/pageMeta';
import { renderStep } from '../../src/lib/state/storyState.svelte';
import { loadStory } from '../../src/lib/story/content/loadStory';
import type { NamingMode, Prose, StoryStep } from '../../src/lib/story/model';
import { countWords } from '../../src/lib/story/countWords';
import { doubledOwner, doubledWord } from '../../src/lib/story/proseChecks';
import { normaliseQuote, proseText } from '../../src/lib/story/quoteSpans';
import { renderNames } from '../../src/lib/story/renderNames';
import { contrastRatio, NON_TEXT_CONTRAST } from '../../src/lib/style/contrast';
import { PALETTE } from '../../src/lib/style/palette';

const DIR = 'content/stories/japan-russia-chill-2018';
const { story: loaded, errors } = loadStory(DIR);
const story = loaded!.stories.en!;
const MODES: NamingMode[] = story.naming.map((n) => n.id);
/** Who administers and who claims, as the text names them: an owner named twice in a clause is a naming slip. */
const OWNERS = story.parties.map((p) => p.country!);

const text = (prose: readonly Prose[] | undefined): string[] => (prose ?? []).map(proseText);

/** Every piece of prose a reader sees in a step once rendered: title, argument, quotes, facts, map text, sources. */
function proseOf(step: StoryStep): string[] {
	return [
		step.title,
		...text(step.opinion),
		...(step.quotes ?? []).map((k) => story.quotes[k]!.text),
		...text(step.facts),
		step.mapDescription,
		...step.citations.map((c) => c.supports ?? '')
	];
}

const rendered = (mode: NamingMode): StoryStep[] => story.steps.map((s) => renderStep(s, mode, story));

/** The whole story, rendered in a mode, in reading order. */
function storyText(mode: NamingMode): string {
	return [story.title, story.dek, ...rendered(mode).flatMap(proseOf)].join('\n');
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

describe('the story folder', () => {
	it('is valid: every file, every reference across files, every quotation against its source', () => {
		expect(errors.map(formatContentError)).toEqual([]);
		expect(loaded?.languages).toEqual(['en', 'ja', 'ru', 'zh-Hans']);
	});

	it('lets the reader choose Japanese names, Russian names or both, as the URL has always said (names=ja|ru|both)', () => {
		expect(MODES).toEqual(['both', 'ja', 'ru']);
		expect(story.parties.map((p) => [p.id, p.lang, p.country])).toEqual([
			['ja', 'ja', 'Japan'],
			['ru', 'ru', 'Russia']
		]);
	});
});

describe('the story', () => {
	it('follows the article in its order', () => {
		const ids = story.steps.map((s) => s.id);
		const order = [
			'lavrov-in-tokyo',
			'aegis-ashore',
			'four-islands',
			'nagato',
			'trojan-horse',
			'us-alliance',
			'danang',
			'may-visit',
			'iturup-airport',
			'exercise',
			'conclusion'
		];
		const background = ['joint-declaration-1956', 'nosappu-gap', 'islanders', 'shimoda-1855', 'border-history', 'two-readings', 'afterwards'];
		const positions = order.map((id) => ids.indexOf(id));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(ids).toEqual(expect.arrayContaining(background));
		// The line's history comes right after its first border, then the war that drew the last line, then each
		// side's reading of the treaty that followed.
		const at = ids.indexOf('shimoda-1855');
		expect(ids.slice(at, at + 4)).toEqual(['shimoda-1855', 'border-history', 'war-1945', 'two-readings']);
		// The argument steps carry the column's argument; what came after the column comes last.
		expect(story.steps.filter((s) => s.opinion?.length).every((s) => s.citations.some((c) => c.key === story.article!.source))).toBe(true);
		expect(ids.at(-1)).toBe('afterwards');
	});

	it('renders with no placeholder or disputed name left to chance in any mode', () => {
		for (const mode of MODES)
			for (const r of rendered(mode)) for (const t of proseOf(r)) expect(t, `${r.id} (${mode})`).not.toMatch(/[{}]/);
	});

	it('uses only each mode’s own names once rendered, apart from the note that gives both', () => {
		for (const mode of MODES.filter((m) => m !== 'both')) {
			// Every other side's name for a place, where it differs from this side's ("Iturup" when reading "Etorofu").
			const foreign = new Set<string>();
			for (const byMode of Object.values(story.names))
				for (const other of MODES.filter((m) => m !== mode && m !== 'both'))
					if (byMode[other] && byMode[other] !== byMode[mode]) foreign.add(byMode[other]!.replace(/^the /, ''));
			// This side's own words may contain another's ("Japan’s Northern Territories Day" names the day, not the place).
			const own = Object.values(story.names)
				.map((byMode) => byMode[mode]!)
				.filter(Boolean)
				.sort((a, b) => b.length - a.length);
			const prose = rendered(mode)
				.flatMap((s) => [s.title, ...text(s.opinion), ...text(s.facts), s.mapDescription])
				.filter((t) => !/which administers|which claims/.test(t))
				.map((t) => own.reduce((acc, name) => acc.split(name).join(' '), t))
				.join('\n');
			for (const name of foreign) expect(prose, `${mode} mode uses "${name}"`).not.toMatch(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u'));
		}
	});
});

describe('the story, read in every naming mode', () => {
	it.each(MODES)('never doubles a word or an owner (%s)', (mode) => {
		for (const r of rendered(mode))
			for (const t of proseOf(r)) {
				expect(doubledWord(t), `${r.id} (${mode}): ${t}`).toBeNull();
				expect(doubledOwner(t, OWNERS), `${r.id} (${mode}): ${t}`).toBeNull();
			}
	});

	it('keeps every step short: at most 150 words of title, argument, quotes and facts in the longest mode', () => {
		for (const r of rendered('both')) {
			const t = [r.title, ...text(r.opinion), ...(r.quotes ?? []).map((k) => story.quotes[k]!.text), ...text(r.facts)].join('\n');
			expect(countWords(t, story.lang), r.id).toBeLessThanOrEqual(150);
		}
	});

	it('says a fact once: the 20th summit and the forum invitation each appear in one step only', () => {
		// What each source supports may repeat a fact: that is where the reader checks it.
		const t = rendered('both')
			.flatMap((s) => [...text(s.opinion), ...text(s.facts), s.mapDescription])
			.join('\n');
		expect(t.match(/20th summit/g)).toHaveLength(1);
		expect(t.match(/invited Abe/g)).toHaveLength(1);
	});

	it('explains its jargon the first time it uses it, and avoids what it need not say', () => {
		const t = storyText('both');
		const first = (term: string): string => t.slice(t.indexOf(term) - 60, t.indexOf(term) + term.length + 90);
		expect(t.indexOf('Asia-Pacific Economic Cooperation (APEC)')).toBe(t.indexOf('APEC') - 'Asia-Pacific Economic Cooperation ('.length);
		expect(first('Ground Self-Defence Force')).toMatch(/Ground Self-Defence Force, Japan’s army/);
		expect(first('Chief Cabinet Secretary')).toMatch(/Chief Cabinet Secretary and the government’s chief spokesman/);
		expect(t).not.toMatch(/Oblast|vice-ministerial/);
		// Who owns the newspaper that published the column is said, in the dek and in the first step.
		expect(t).toMatch(/China Daily is owned by the Chinese Communist Party’s Publicity Department/);
		expect(story.dek).toMatch(/China Daily, the Chinese state’s English-language newspaper/);
	});

	it('gives the drawn gap’s own length, as its layer measures it, beside the official 3.7 km', () => {
		const lines = JSON.parse(readFileSync(join(DIR, 'layers/lines.geojson'), 'utf8')) as FeatureCollection;
		const gap = lines.features.find((f) => f.id === 'nosappu-gap')!.properties!['length_km'] as number;
		const popup = loaded!.features.en!['nosappu-gap']!;
		expect(popup.lengthKm).toBe(gap);
		expect(popup.description).toContain(`it measures ${gap.toFixed(2)} km`);
		expect(popup.description).toContain('the Japanese government gives 3.7 km');
		const step = renderStep(story.steps.find((s) => s.id === 'nosappu-gap')!, 'both', story);
		expect(text(step.facts).join(' ')).toContain('3.7 km off the cape, by the Japanese government’s figure');
	});

	it('keeps the column’s hedges and its distrust, and places Putin’s Da Nang remarks where he made them', () => {
		const t = storyText('both');
		expect(t).toContain('“seems eager to impress”');
		expect(t).toContain('“cannot be trusted to act independently”');
		expect(t).toContain('paraphrasing Putin, “needed to examine”');
		expect(t).toMatch(/The column puts Putin’s words in that meeting\. They come from his news conference the next day/);
		expect(t).not.toMatch(/partly to prepare|home town|Cai reads this as Moscow wanting to test/);
	});

	it('gives each side’s case in its own words, attributed, in the background', () => {
		const readings = renderStep(story.steps.find((s) => s.id === 'two-readings')!, 'both', story);
		expect(readings.kind).toBe('context');
		const facts = text(readings.facts);
		const russia = facts.find((f) => f.startsWith('Russia’s case'))!;
		const japan = facts.find((f) => f.startsWith('Japan’s case'))!;
		expect(russia).toContain('“Article 107, saying that all the results of the Second World War are immutable”');
		expect(japan).toMatch(/not bound by it/);
		// Neither side's case is given at twice the length of the other's.
		expect(Math.max(words(russia), words(japan)) / Math.min(words(russia), words(japan))).toBeLessThan(2);
		expect(readings.citations.map((c) => c.publisher).join(' ')).toMatch(/TASS/);
		expect(readings.citations.map((c) => c.publisher).join(' ')).toMatch(/Cabinet Secretariat/);
	});

	it('describes every step’s page in its opening sentences, with every name filled in', () => {
		for (const [i, step] of story.steps.entries()) {
			const meta = pageMeta(story, i, 'https://news.example.org', 'treaty-map');
			expect(meta.description, step.id).toMatch(/[.!?”’…]$/);
			expect(meta.description.length, step.id).toBeGreaterThanOrEqual(DESCRIPTION_MIN);
			expect(meta.description.length, step.id).toBeLessThanOrEqual(DESCRIPTION_MAX);
			expect(meta.description, step.id).not.toMatch(/[{}]/);
			expect(meta.image.alt, step.id).not.toMatch(/[{}]/);
			expect(meta.image.alt.length, step.id).toBeGreaterThan(30);
		}
	});
});

describe('the map’s words (popups and the key), in every naming mode', () => {
	const features = Object.values(loaded!.features.en!);

	it.each(MODES)('resolve every name and double nothing (%s)', (mode) => {
		const fields = features.flatMap((f) =>
			[f.title, f.description, f.treaty, f.administeredAs, f.claimedAs].filter((t): t is string => t !== undefined).map((t) => [f.id, t] as const)
		);
		const key = Object.entries(story.words.legend).map(([id, t]) => [`legend ${id}`, t] as const);
		for (const [id, raw] of [...fields, ...key]) {
			const t = renderNames(raw, mode, story.names);
			expect(t, id).not.toMatch(/[{}]/);
			expect(doubledWord(t), `${id}: ${t}`).toBeNull();
			expect(doubledOwner(t, OWNERS), `${id}: ${t}`).toBeNull();
		}
	});

	it('name the Khabomai / Habomai islets in the reader’s convention, the administering side first in “both”', () => {
		const habomai = loaded!.features.en!['habomai']!.description;
		expect(renderNames(habomai, 'both', story.names)).toContain('Tanfilyeva / Suisho');
		expect(renderNames(habomai, 'ja', story.names)).toMatch(/Suisho, Yuri, Akiyuri, Shibotsu and Taraku/);
		expect(renderNames(habomai, 'ru', story.names)).toMatch(/Tanfilyeva, Yuriy, Anuchina, Zelyony and Polonskogo/);
	});

	it('say who administers and who claims every disputed island', () => {
		for (const f of features.filter((x) => x.layer === 'islands')) {
			expect([f.administeredBy, f.claimedBy], f.id).toEqual(['ru', 'ja']);
			expect(f.administeredAs && f.claimedAs, f.id).toBeTruthy();
		}
	});
});

describe('the map’s line styles', () => {
	const lineLayers = story.map.layers.filter((l) => l.geometry === 'line');
	const grounds = [PALETTE.sea, PALETTE.land, ...story.map.layers.flatMap((l) => ('fill' in l.look ? [l.look.fill] : []))];

	it('stand out (3:1, WCAG non-text contrast) on the sea, the land and every area they may cross', () => {
		expect(lineLayers.length).toBeGreaterThan(0);
		for (const layer of lineLayers)
			for (const [id, style] of Object.entries(layer.styles ?? {}))
				for (const ground of grounds) expect(contrastRatio(style.color, ground), `${id} on ${ground}`).toBeGreaterThanOrEqual(NON_TEXT_CONTRAST);
	});

	it('differ from one another in colour and dash, so lines shown together stay apart', () => {
		for (const layer of lineLayers) {
			const styles = Object.values(layer.styles ?? {});
			expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
			const borders = styles.filter((s) => s.kind === 'border');
			expect(new Set(borders.map((s) => s.dash.join(','))).size).toBe(borders.length);
		}
	});
});

/** The column's text is copyrighted and kept outside the repository: story.yaml says where a copy is. */
const articleAt = (parse(readFileSync(join(DIR, 'story.yaml'), 'utf8')) as { article?: { text?: string } }).article?.text;
const ARTICLE_TEXT = articleAt ? join(DIR, articleAt) : '';

describe.runIf(existsSync(ARTICLE_TEXT))('the quotations from the column, against its text', () => {
	const article = normaliseQuote(existsSync(ARTICLE_TEXT) ? readFileSync(ARTICLE_TEXT, 'utf8') : '');
	const fromArticle = Object.values(story.quotes).filter((q) => q.source.key === story.article!.source);
	const inText = story.steps.flatMap((s) => [...(s.opinion ?? []), ...s.facts].flatMap((p) => p.filter((seg) => typeof seg !== 'string')));

	it('quote it somewhere', () => {
		expect(fromArticle.length).toBeGreaterThan(0);
	});

	it.each(fromArticle.map((q) => [q.key, q.text]))('%s: “%s” appears in it word for word', (_, quote) => {
		expect(article).toContain(normaliseQuote(quote));
	});

	it('leave every quoted span in the text word for word', () => {
		for (const seg of inText) {
			if (typeof seg === 'string' || story.quotes[seg.quote]?.source.key !== story.article!.source) continue;
			expect(article, seg.words).toContain(normaliseQuote(seg.words));
		}
	});
});

/**
 * Issue 17: the explainer's own voice never uses one side's definition of the Kuril Islands. A passage in our own
 * words (quotations taken out, names left as their placeholders) that speaks of the Kurils and of the four islands
 * together must say whose reading it gives. Each language has its own words for the Kurils, for the four islands, and
 * for "Russia's case" and "Japan's case".
 */
const KURILS: Record<string, { kurils: RegExp; four: RegExp; whose: RegExp }> = {
	en: { kurils: /Kuril/i, four: /\{(iturup|kunashir|shikotan|habomai|territories)\}|\bthe four\b|four islands/i, whose: /(Russia|Japan)’s (case|reading|view)|in (Russian|Japanese) usage/ },
	ja: { kurils: /千島|クリル/, four: /\{(iturup|kunashir|shikotan|habomai|territories)\}|四島|4島/, whose: /(ロシア|日本)の(主張|立場|見解|呼び方)/ },
	ru: { kurils: /[Кк]урил/, four: /\{(iturup|kunashir|shikotan|habomai|territories)\}|[Чч]етыр[её]/, whose: /Позиция (России|Японии)|по (российскому|японскому)|по мнению (России|Японии)/ },
	'zh-Hans': { kurils: /千岛|库里尔/, four: /\{(iturup|kunashir|shikotan|habomai|territories)\}|四岛|四座岛/, whose: /(俄方|日方)的(立场|看法|说法|用法)|按(俄方|日方)/ }
};

/** The passages in our own voice that put the four islands in the Kurils without saying whose reading that is. */
function unattributedKurils(passages: readonly string[], lang: string): string[] {
	const { kurils, four, whose } = KURILS[lang]!;
	return passages.filter((p) => kurils.test(p) && four.test(p) && !whose.test(p));
}

/** A paragraph in our own words: its quotations left out, its names as placeholders, its line-break marks removed. */
const ownWords = (p: Prose | string): string => (typeof p === 'string' ? p : p.map((run) => (typeof run === 'string' ? run : '“…”')).join('')).replaceAll('\u200B', '');

describe('the explainer’s own voice, in every language', () => {
	it('fails a passage that puts the four islands in the Kurils in our own words', () => {
		expect(unattributedKurils(['The four islands are the southernmost of the Kuril Islands.'], 'en')).toHaveLength(1);
		expect(unattributedKurils(['{iturup} is the largest of the southern Kurils.'], 'en')).toHaveLength(1);
		expect(unattributedKurils(['四島は千島列島の南端にある。'], 'ja')).toHaveLength(1);
		expect(unattributedKurils(['Четыре острова — южная часть Курил.'], 'ru')).toHaveLength(1);
		expect(unattributedKurils(['四岛是千岛群岛最南端的岛屿。'], 'zh-Hans')).toHaveLength(1);
		expect(unattributedKurils(['Russia’s case: the Kurils Japan renounced include the four.'], 'en')).toEqual([]);
	});

	it.each(Object.keys(KURILS))('never defines the Kurils as including the four islands (%s)', (lang) => {
		const s = loaded!.stories[lang]!;
		const passages = [
			...s.steps.flatMap((step) => [step.title, ...(step.opinion ?? []), ...step.facts, step.mapDescription].map(ownWords)),
			...Object.values(loaded!.features[lang]!).map((f) => f.description),
			...Object.values(s.words.legend),
			s.dek,
			s.words.disputedNote
		].map(ownWords);
		expect(passages.length).toBeGreaterThan(100);
		expect(unattributedKurils(passages, lang)).toEqual([]);
	});
});
