import { describe, expect, it } from 'vitest';
import { normaliseQuote, proseText, quotationFor, quotedSpans, segmentProse } from './quoteSpans';

describe('quotedSpans', () => {
	it('finds each span between quotation marks, with where it is, its marks and its words', () => {
		const text = 'He said “no deal” and left.';
		expect(quotedSpans(text)).toEqual([{ start: 8, end: 17, open: '“', close: '”', words: 'no deal' }]);
		expect(text.slice(8, 17)).toBe('“no deal”');
	});

	it.each([
		['English', '“a b”', '“', '”'],
		['French and Russian guillemets', '«a b»', '«', '»'],
		['German low-high marks', '„a b“', '„', '“'],
		['German low-high marks closed the English way', '„a b”', '„', '”'],
		['Japanese corner brackets', '「a b」', '「', '」'],
		['Japanese white corner brackets', '『a b』', '『', '』'],
		['straight quotes', '"a b"', '"', '"']
	])('reads %s', (_, text, open, close) => {
		expect(quotedSpans(`x ${text} y`)).toEqual([{ start: 2, end: 2 + text.length, open, close, words: 'a b' }]);
	});

	it('finds several spans in order, and an empty one', () => {
		expect(quotedSpans('“one” then «two» then “”').map((s) => s.words)).toEqual(['one', 'two', '']);
	});

	it('finds nothing in text without a closed quotation', () => {
		expect(quotedSpans('no quotes here')).toEqual([]);
		expect(quotedSpans('an opening “ with no close')).toEqual([]);
		expect(quotedSpans('it’s an apostrophe, not a quote')).toEqual([]);
	});
});

describe('normaliseQuote', () => {
	it('ignores typographic quote marks, apostrophes, case, width and spacing', () => {
		expect(normaliseQuote('  It’s  “Fine”\n now ')).toBe(normaliseQuote('it\'s "fine" now'));
		expect(normaliseQuote('ＡＢＣ')).toBe('abc');
		expect(normaliseQuote('«Oui»')).toBe('"oui"');
	});
	it('keeps the words themselves apart', () => {
		expect(normaliseQuote('cannot be trusted')).not.toBe(normaliseQuote('can not be trusted'));
	});
});

describe('quotationFor', () => {
	const renderings = new Map([
		['first', 'The isles are ours and always were'],
		['second', 'We are “ready” to talk']
	]);

	it('gives the key of the quotation whose words contain the span, word for word', () => {
		expect(quotationFor('the isles are ours', renderings)).toBe('first');
		expect(quotationFor('and always were', renderings)).toBe('first');
		expect(quotationFor('we are "ready"', renderings)).toBe('second');
	});
	it('matches whole words in languages written with spaces, any run of characters in those without', () => {
		const more = new Map([
			['tightrope', 'балансировать, как канатоходец'],
			['ja', '信頼の欠如は根深い']
		]);
		expect(quotationFor('Бал', more)).toBeUndefined();
		expect(quotationFor('балансировать', more)).toBe('tightrope');
		expect(quotationFor('isle', renderings)).toBeUndefined();
		expect(quotationFor('欠如は根深', more)).toBe('ja');
	});
	it('gives the first one when several contain it', () => {
		expect(quotationFor('are', renderings)).toBe('first');
	});
	it('gives nothing for words no quotation holds, or for an empty span', () => {
		expect(quotationFor('the isles are theirs', renderings)).toBeUndefined();
		expect(quotationFor('   ', renderings)).toBeUndefined();
		expect(quotationFor('ours', new Map())).toBeUndefined();
	});
});

describe('segmentProse', () => {
	const renderings = new Map([['ours', 'The isles are ours and always were']]);

	it('makes a registered quotation a run of its own, its marks kept in the text around it', () => {
		expect(segmentProse('The minister said “the isles are ours” on Monday.', renderings)).toEqual([
			'The minister said “',
			{ quote: 'ours', words: 'the isles are ours' },
			'” on Monday.'
		]);
	});
	it('leaves a span that is no registered quotation as text', () => {
		expect(segmentProse('So-called “experts” disagree.', renderings)).toEqual(['So-called “experts” disagree.']);
	});
	it('handles a quotation at the very start or end, and two in one paragraph', () => {
		expect(segmentProse('«always were»', renderings)).toEqual(['«', { quote: 'ours', words: 'always were' }, '»']);
		expect(segmentProse('“The isles” and “always were”', renderings)).toEqual([
			'“',
			{ quote: 'ours', words: 'The isles' },
			'” and “',
			{ quote: 'ours', words: 'always were' },
			'”'
		]);
	});
	it('gives text without quotations as one run, and nothing for nothing', () => {
		expect(segmentProse('Plain words.', renderings)).toEqual(['Plain words.']);
		expect(segmentProse('', renderings)).toEqual([]);
	});
	it('round-trips through proseText to the paragraph as written', () => {
		const text = 'A “the isles are ours” B «always were» C “not one”.';
		expect(proseText(segmentProse(text, renderings))).toBe(text);
	});
});

describe('proseText', () => {
	it('joins text and quotations’ words', () => {
		expect(proseText(['He said “', { quote: 'k', words: 'yes' }, '”.'])).toBe('He said “yes”.');
		expect(proseText([])).toBe('');
	});
});
