import { describe, expect, it } from 'vitest';
import { BREAK, phrasesOf, withoutBreaks } from '../../text/lineBreaks';
import { breakOffsets, markBreaks, segmenterFor } from './phraseBreaks';

const JA: Record<string, string> = { iturup: 'イトゥルップ島/択捉島', kunashir: 'クナシル島/国後島' };
const ZH: Record<string, string> = { iturup: '伊图鲁普岛/择捉岛', kunashir: '库纳施尔岛/国后岛' };
const shown = (table: Record<string, string>) => (key: string) => table[key] ?? key;
const phrases = (text: string, lang: string, table: Record<string, string> = {}) => phrasesOf(markBreaks(text, lang, shown(table)));

describe('markBreaks', () => {
	it('marks Japanese between phrases: a word keeps its particles, punctuation stays with what it closes', () => {
		expect(phrases('ロシアが管轄し、日本が領有を主張している。', 'ja')).toEqual(['ロシアが', '管轄し、', '日本が', '領有を', '主張している。']);
	});
	it('never breaks inside a placeholder, and reads it as the name it stands for', () => {
		const out = phrases('{iturup}と{kunashir}は最も大きい島だ。', 'ja', JA);
		expect(out.join('')).toBe('{iturup}と{kunashir}は最も大きい島だ。');
		expect(out.slice(0, 2)).toEqual(['{iturup}と', '{kunashir}は']);
		for (const p of out) expect(p).not.toMatch(/\{[^}]*$|^[^{]*\}/);
	});
	it('breaks Chinese only between words both segmenters agree on: idioms and words stay whole', () => {
		const out = phrases('蔡红认为“不信任根深蒂固”，日本主张对其拥有主权。{iturup}和{kunashir}', 'zh-Hans', ZH);
		expect(out.join('')).toBe('蔡红认为“不信任根深蒂固”，日本主张对其拥有主权。{iturup}和{kunashir}');
		for (const word of ['根深蒂固', '拥有', '主权', '不信任']) expect(out.some((p) => p.includes(word))).toBe(true);
		expect(out).toContain('{iturup}');
	});
	it('keeps names whole: the ones it is given, and a transcribed name’s parts around their joining dot', () => {
		const text = '俄罗斯总统弗拉基米尔·普京与鲍里斯·叶利钦，以及外长拉夫罗夫、扎哈罗娃。';
		const unguarded = phrases(text, 'zh-Hans');
		// Without the names, the segmenter splits some of them (what the guard below is for).
		expect(unguarded.some((p) => /[弗拉基米尔]$/.test(p) && !p.endsWith('尔')) || unguarded.some((p) => p.endsWith('·') || p.startsWith('·'))).toBe(true);
		const out = phrasesOf(markBreaks(text, 'zh-Hans', shown({}), ['弗拉基米尔', '普京', '拉夫罗夫', '扎哈罗娃']));
		expect(out.join('')).toBe(text);
		for (const name of ['弗拉基米尔·普京', '鲍里斯·叶利钦', '拉夫罗夫', '扎哈罗娃']) expect(out.some((p) => p.includes(name))).toBe(true);
		for (const p of out) expect(p).not.toMatch(/^[·・]|[·・]$/);
		expect(phrasesOf(markBreaks('ウラジーミル・プーチン大統領', 'ja', shown({})))).not.toContainEqual(expect.stringMatching(/・$/));
	});
	it('leaves Latin words, numbers and spaces alone', () => {
		expect(markBreaks('2018年3月21日、Aegis Ashoreを配備', 'ja', shown({}))).not.toMatch(new RegExp(`[0-9A-Za-z]${BREAK}[0-9A-Za-z]|\\s${BREAK}|${BREAK}\\s`));
	});
	it('changes nothing in a language written with spaces', () => {
		expect(markBreaks('Iturup and {kunashir} lie north-east of Hokkaido.', 'en', shown({}))).toBe('Iturup and {kunashir} lie north-east of Hokkaido.');
		expect(markBreaks('Итуруп и {kunashir}', 'ru', shown({}))).toBe('Итуруп и {kunashir}');
		expect(segmenterFor('ru')).toBeUndefined();
		expect(breakOffsets('', 'ja', shown({}))).toEqual([]);
	});
	it('knows the language by its tag: ja-JP, zh, zh-Hans-CN', () => {
		for (const lang of ['ja-JP', 'zh', 'zh-Hans-CN', 'zh-Hant']) expect(segmenterFor(lang)).toBeDefined();
	});
});

describe('withoutBreaks', () => {
	it('gives the plain text back', () => {
		const marked = markBreaks('ロシアが管轄し、日本が領有を主張している。', 'ja', shown({}));
		expect(marked).toContain(BREAK);
		expect(withoutBreaks(marked)).toBe('ロシアが管轄し、日本が領有を主張している。');
		expect(withoutBreaks('plain')).toBe('plain');
	});
});
