// The story's own content rules (its validity against geo/ is checked once per run, by `npm run validate`).
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NAMING_MODES, STORY_LAYER_IDS, type NamingMode } from '../geo/types';
import { doubledOwner, doubledWord } from './proseChecks';
import { renderNames, renderStep } from './renderNames';
import { story } from './storyFor';
import type { StoryStep } from './types';

/** Every piece of prose a reader sees in a step once rendered: title, argument, quotes, facts, map text, sources. */
function proseOf(step: StoryStep): string[] {
	return [
		step.title,
		...(step.opinion ?? []),
		...(step.quotes ?? []).map((q) => q.text),
		...step.facts,
		step.mapDescription,
		...step.citations.map((c) => c.supports ?? '')
	];
}

/** The whole story, rendered in a mode, in reading order. */
function storyText(mode: NamingMode): string {
	return [story.title, story.dek, ...story.steps.flatMap((s) => proseOf(renderStep(s, mode)))].join('\n');
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

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
		// The line's history comes right after its first border, and each side's case right after that.
		expect(ids.slice(ids.indexOf('shimoda-1855'), ids.indexOf('shimoda-1855') + 3)).toEqual(['shimoda-1855', 'border-history', 'two-readings']);
	});

	it('renders with no placeholder or disputed name left to chance in any mode', () => {
		for (const mode of NAMING_MODES)
			for (const step of story.steps) {
				const r = renderStep(step, mode);
				const prose = [r.title, ...(r.opinion ?? []), ...r.facts, r.mapDescription, ...r.citations.map((c) => c.supports ?? '')];
				for (const text of prose) expect(text, `${step.id} (${mode})`).not.toMatch(/[{}]/);
			}
	});

	it('uses only each mode’s own names once rendered, apart from the note that gives both', () => {
		const prose = (mode: NamingMode): string =>
			story.steps
				.map((s) => renderStep(s, mode))
				.flatMap((s) => [s.title, ...(s.opinion ?? []), ...s.facts, s.mapDescription])
				.filter((text) => !/which administers|which claims/.test(text))
				.join(' ');
		const ja = prose('ja');
		const ru = prose('ru');
		expect(ja).not.toMatch(/\b(Iturup|Kunashir|Khabomai|Southern Kurils)\b/);
		expect(ru).not.toMatch(/\b(Etorofu|Kunashiri|Habomai|Northern Territories\b(?! Day))/);
	});
});

describe('the story, read in every naming mode', () => {
	it.each(NAMING_MODES)('never doubles a word or an owner (%s)', (mode) => {
		for (const step of story.steps)
			for (const text of proseOf(renderStep(step, mode))) {
				expect(doubledWord(text), `${step.id} (${mode}): ${text}`).toBeNull();
				expect(doubledOwner(text), `${step.id} (${mode}): ${text}`).toBeNull();
			}
	});

	it('keeps every step short: at most 150 words of argument, quotes and facts in the longest mode', () => {
		for (const step of story.steps) {
			const r = renderStep(step, 'both');
			const n = words([...(r.opinion ?? []), ...(r.quotes ?? []).map((q) => q.text), ...r.facts].join(' '));
			expect(n, step.id).toBeLessThanOrEqual(150);
		}
	});

	it('says a fact once: the 20th summit and the forum invitation each appear in one step only', () => {
		// What each source supports may repeat a fact: that is where the reader checks it.
		const text = story.steps
			.map((s) => renderStep(s, 'both'))
			.flatMap((s) => [...(s.opinion ?? []), ...s.facts, s.mapDescription])
			.join('\n');
		expect(text.match(/20th summit/g)).toHaveLength(1);
		expect(text.match(/invited Abe/g)).toHaveLength(1);
	});

	it('explains its jargon the first time it uses it, and avoids what it need not say', () => {
		const text = storyText('both');
		const first = (term: string): string => text.slice(text.indexOf(term) - 60, text.indexOf(term) + term.length + 90);
		expect(text.indexOf('Asia-Pacific Economic Cooperation (APEC)')).toBe(text.indexOf('APEC') - 'Asia-Pacific Economic Cooperation ('.length);
		expect(first('Ground Self-Defence Force')).toMatch(/Ground Self-Defence Force, Japan’s army/);
		expect(first('Chief Cabinet Secretary')).toMatch(/Chief Cabinet Secretary and the government’s chief spokesman/);
		expect(first('Kuril chain')).toMatch(/Kuril chain, the 56 islands that stretch about 1,200 km from Hokkaido to Kamchatka/);
		expect(text).not.toMatch(/Oblast|vice-ministerial/);
		expect(text).toMatch(/China Daily, which published the column, is an English-language newspaper owned by/);
		expect(story.dek).toMatch(/China Daily, the Chinese state’s English-language newspaper/);
	});

	it('gives the drawn gap’s own length, as geo/lines.geojson measures it, beside the official 3.7 km', () => {
		const lines = JSON.parse(readFileSync('geo/lines.geojson', 'utf8')) as FeatureCollection;
		const gap = lines.features.find((f) => f.id === 'nosappu-gap')!.properties!['length_km'] as number;
		const step = renderStep(
			story.steps.find((s) => s.id === 'nosappu-gap')!,
			'both'
		);
		expect(step.facts.join(' ')).toContain(`measures ${gap.toFixed(2)} km`);
		expect(step.facts.join(' ')).toContain('3.7 km off the cape by the Japanese government’s figure');
	});

	it('keeps the column’s hedges and its distrust, and places Putin’s Da Nang remarks where he made them', () => {
		const text = storyText('both');
		expect(text).toContain('“seems eager to impress”');
		expect(text).toContain('“cannot be trusted to act independently”');
		expect(text).toContain('paraphrasing Putin, “needed to examine”');
		expect(text).toMatch(/The column has Putin saying this to Abe at their meeting\. He said it the next day, 11 November, at his news conference/);
		expect(text).not.toMatch(/partly to prepare|home town|Cai reads this as Moscow wanting to test/);
	});

	it('gives each side’s case in its own words, attributed, in the background', () => {
		const readings = renderStep(
			story.steps.find((s) => s.id === 'two-readings')!,
			'both'
		);
		const russia = readings.facts.find((f) => f.startsWith('Russia’s case'))!;
		const japan = readings.facts.find((f) => f.startsWith('Japan’s case'))!;
		expect(russia).toContain('“fixed in the United Nations Charter”');
		expect(japan).toMatch(/not bound by it/);
		// Neither side's case is given at twice the length of the other's.
		expect(Math.max(words(russia), words(japan)) / Math.min(words(russia), words(japan))).toBeLessThan(2);
		expect(readings.citations.map((c) => c.publisher).join(' ')).toMatch(/TASS/);
		expect(readings.citations.map((c) => c.publisher).join(' ')).toMatch(/Cabinet Secretariat/);
	});
});

describe('the map’s words (popups and the key), in every naming mode', () => {
	const layers = Object.fromEntries(STORY_LAYER_IDS.map((l) => [l, JSON.parse(readFileSync(`geo/${l}.geojson`, 'utf8')) as FeatureCollection]));

	it.each(NAMING_MODES)('resolve every name and double nothing (%s)', (mode) => {
		for (const layer of STORY_LAYER_IDS)
			for (const f of layers[layer]!.features) {
				for (const field of ['name_en', 'description']) {
					const text = renderNames(String(f.properties![field]), mode);
					expect(text, `${String(f.id)}.${field}`).not.toMatch(/[{}]/);
					expect(doubledWord(text), `${String(f.id)}.${field}`).toBeNull();
					expect(doubledOwner(text), `${String(f.id)}.${field}`).toBeNull();
				}
			}
	});

	it('name the Habomai islets in the reader’s convention, the administering side first in “both”', () => {
		const habomai = layers.islands!.features.find((f) => f.id === 'habomai')!.properties!['description'] as string;
		expect(renderNames(habomai, 'both')).toContain('Tanfilyeva / Suisho');
		expect(renderNames(habomai, 'ja')).toMatch(/Suisho, Yuri, Akiyuri, Shibotsu and Taraku/);
		expect(renderNames(habomai, 'ru')).toMatch(/Tanfilyeva, Yuriy, Anuchina, Zelyony and Polonsky/);
	});
});
