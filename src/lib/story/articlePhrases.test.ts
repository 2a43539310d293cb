import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PHRASES, isArticlePhrase, normaliseQuote } from './articlePhrases';

/** The article text lives outside the repository (it is copyrighted): shared/seeds beside the repo. */
const SEED = resolve(process.cwd(), '../shared/seeds/000_d82a8707e90b420c.txt');

describe('isArticlePhrase', () => {
	it('accepts a phrase or part of one, ignoring case and quote marks', () => {
		expect(isArticlePhrase('Trojan Horse')).toBe(true);
		expect(isArticlePhrase('distrust runs deep')).toBe(true);
		expect(isArticlePhrase('interfere in your elections')).toBe(true);
	});
	it('rejects words the phrases do not contain, and empty quotes', () => {
		expect(isArticlePhrase('a total failure')).toBe(false);
		expect(isArticlePhrase('   ')).toBe(false);
	});
});

describe.runIf(existsSync(SEED))('the article phrases, against the article', () => {
	const article = normaliseQuote(existsSync(SEED) ? readFileSync(SEED, 'utf8') : '');
	it.each(ARTICLE_PHRASES.map((p) => [p]))('“%s” appears verbatim', (phrase) => {
		expect(article).toContain(normaliseQuote(phrase));
	});
});
