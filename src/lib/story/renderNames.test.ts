import { describe, expect, it } from 'vitest';
import { BOTH, type NameTable, type Prose } from './model';
import { buildNameTable, hasStrayBraces, placeholdersIn, renderNames, renderProse, unknownPlaceholders, withoutPlaceholders } from './renderNames';

/** Two parties, "a" (listed first in "both") and "b", two disputed places, one shared name, one term. */
const PARTIES = ['a', 'b'];
const table: NameTable = buildNameTable(
	{
		'big-isle': { a: 'Grossinsel', b: 'Isla Grande' },
		'small-isle': { a: 'Kleininsel', b: 'Isla Chica' },
		'tern-rock': 'Tern Rock',
		'name-note': 'Northland, which administers them, and Southland, which claims them'
	},
	{ isles: { a: 'the Northland Isles', b: 'the Southern Isles', both: 'the Northland Isles / Southern Isles' } },
	PARTIES,
	['a', 'b'],
	' / '
);
const MODES = [BOTH, ...PARTIES];

describe('renderNames', () => {
	it('names each place the way each mode asks', () => {
		expect(renderNames('{big-isle}', 'a', table)).toBe('Grossinsel');
		expect(renderNames('{big-isle}', 'b', table)).toBe('Isla Grande');
		expect(renderNames('{big-isle}', 'both', table)).toBe('Grossinsel / Isla Grande');
		expect(renderNames('{small-isle}', 'a', table)).toBe('Kleininsel');
		expect(renderNames('{small-isle}', 'b', table)).toBe('Isla Chica');
	});
	it('gives one name where both sides agree', () => {
		for (const mode of MODES) expect(renderNames('{tern-rock}', mode, table)).toBe('Tern Rock');
	});
	it('renders the collective terms for every mode', () => {
		expect(renderNames('{isles}', 'a', table)).toBe('the Northland Isles');
		expect(renderNames('{isles}', 'b', table)).toBe('the Southern Isles');
		expect(renderNames('{isles}', 'both', table)).toBe('the Northland Isles / Southern Isles');
	});
	it('says who administers and who claims in every mode', () => {
		for (const mode of MODES) {
			const note = renderNames('{name-note}', mode, table);
			expect(note).toMatch(/Northland, which administers/);
			expect(note).toMatch(/Southland, which claims/);
		}
	});
	it('capitalises the value when the key is written with a capital', () => {
		expect(renderNames('{Isles} lie to the north.', 'b', table)).toBe('The Southern Isles lie to the north.');
		expect(renderNames('{Big-isle} is the largest.', 'a', table)).toBe('Grossinsel is the largest.');
	});
	it('capitalises in the text’s own script, and leaves a script without case alone', () => {
		const scripts = buildNameTable(
			{},
			{ place: { a: 'ägäis', b: 'эгейское', both: 'ägäis / эгейское' }, city: { a: '東京', b: '東京', both: '東京' } },
			PARTIES,
			PARTIES,
			' / '
		);
		expect(renderNames('{Place}', 'a', scripts)).toBe('Ägäis');
		expect(renderNames('{Place}', 'b', scripts)).toBe('Эгейское');
		expect(renderNames('{City}', 'a', scripts)).toBe('東京');
	});
	it('replaces a repeated key every time', () => {
		expect(renderNames('{big-isle}, {big-isle} and {big-isle}', 'a', table)).toBe('Grossinsel, Grossinsel and Grossinsel');
	});
	it('handles adjacent placeholders', () => {
		expect(renderNames('{big-isle}{small-isle}', 'b', table)).toBe('Isla GrandeIsla Chica');
		expect(renderNames('{big-isle}/{small-isle}', 'a', table)).toBe('Grossinsel/Kleininsel');
	});
	it('leaves doubled braces around a rendered name (and the validator reports them)', () => {
		expect(renderNames('{{big-isle}}', 'b', table)).toBe('{Isla Grande}');
		expect(hasStrayBraces('{{big-isle}}')).toBe(true);
	});
	it('returns text without placeholders unchanged', () => {
		expect(renderNames('North and South', 'both', table)).toBe('North and South');
		expect(renderNames('', 'a', table)).toBe('');
	});
	it('leaves an unknown placeholder visible, braces and all', () => {
		expect(renderNames('near {far-isle} and {big-isle}', 'a', table)).toBe('near {far-isle} and Grossinsel');
	});
	it('leaves a known placeholder visible for a mode the table lacks, rather than dropping it', () => {
		expect(renderNames('{big-isle}', 'c', table)).toBe('{big-isle}');
	});
	it('does not treat malformed braces as placeholders', () => {
		expect(renderNames('{ big-isle } {Big-isle-} {}', 'a', table)).toBe('{ big-isle } {Big-isle-} {}');
	});
});

describe('placeholder helpers', () => {
	it('lists placeholders as written, in order, with repeats', () => {
		expect(placeholdersIn('{big-isle} {Isles} {big-isle}')).toEqual(['big-isle', 'Isles', 'big-isle']);
		expect(placeholdersIn('none here')).toEqual([]);
	});
	it('finds unknown keys once each, accepting capitalised known keys', () => {
		expect(unknownPlaceholders('{far-isle} {Isles} {far-isle} {x-y}', table)).toEqual(['far-isle', 'x-y']);
		expect(unknownPlaceholders('{big-isle}', table)).toEqual([]);
	});
	it('spots stray braces but not well-formed placeholders', () => {
		expect(hasStrayBraces('{big-isle} and {Isles}')).toBe(false);
		expect(hasStrayBraces('{ big-isle }')).toBe(true);
		expect(hasStrayBraces('a } b')).toBe(true);
		expect(hasStrayBraces('plain')).toBe(false);
	});
	it('removes placeholders for checks on the words around them', () => {
		expect(withoutPlaceholders('{Isles} lie near {big-isle}.')).toBe('  lie near  .');
		expect(withoutPlaceholders('{ not one }')).toBe('{ not one }');
	});
	it('has an entry for every mode for every key', () => {
		for (const [key, byMode] of Object.entries(table)) for (const mode of MODES) expect(byMode[mode], `${key}/${mode}`).toBeTruthy();
	});
});

describe('buildNameTable', () => {
	it('gives each party its own name, and "both" each party’s in the given order', () => {
		expect(table['big-isle']).toEqual({ a: 'Grossinsel', b: 'Isla Grande', both: 'Grossinsel / Isla Grande' });
		const bFirst = buildNameTable({ x: { a: 'Ax', b: 'Bx' } }, {}, PARTIES, ['b', 'a'], ' – ');
		expect(bFirst.x).toEqual({ a: 'Ax', b: 'Bx', both: 'Bx – Ax' });
	});
	it('does not repeat a name both sides share', () => {
		expect(buildNameTable({ x: { a: 'Same', b: 'Same' } }, {}, PARTIES, PARTIES, ' / ').x).toEqual({ a: 'Same', b: 'Same', both: 'Same' });
	});
	it('gives a place with one name that name in every mode', () => {
		expect(table['tern-rock']).toEqual({ a: 'Tern Rock', b: 'Tern Rock', both: 'Tern Rock' });
	});
	it('takes terms as written for every mode, "both" included', () => {
		expect(table.isles).toEqual({ a: 'the Northland Isles', b: 'the Southern Isles', both: 'the Northland Isles / Southern Isles' });
	});
	it('leaves a party’s missing name empty (the validator refuses it) and "both" with the names there are', () => {
		expect(buildNameTable({ x: { a: 'Ax' } }, {}, PARTIES, PARTIES, ' / ').x).toEqual({ a: 'Ax', b: '', both: 'Ax' });
	});
	it('handles any number of parties', () => {
		const three = buildNameTable({ x: { a: 'A', b: 'B', c: 'C' } }, {}, ['a', 'b', 'c'], ['c', 'a', 'b'], ' / ');
		expect(three.x).toEqual({ a: 'A', b: 'B', c: 'C', both: 'C / A / B' });
	});
	it('copies what it is given rather than sharing it', () => {
		const terms = { t: { a: 'x', b: 'y', both: 'x / y' } };
		const built = buildNameTable({}, terms, PARTIES, PARTIES, ' / ');
		expect(built.t).toEqual(terms.t);
		expect(built.t).not.toBe(terms.t);
	});
});

describe('renderProse', () => {
	const prose: Prose = ['{Isles} are, in the author’s words, “', { quote: 'q1', words: 'a {big-isle} of trouble' }, '”, near {big-isle}.'];

	it('renders the names in the text runs and leaves quotations as they are', () => {
		expect(renderProse(prose, 'b', table)).toEqual([
			'The Southern Isles are, in the author’s words, “',
			{ quote: 'q1', words: 'a {big-isle} of trouble' },
			'”, near Isla Grande.'
		]);
	});
	it('does not change the paragraph it is given', () => {
		const before = structuredClone(prose);
		renderProse(prose, 'a', table);
		expect(prose).toEqual(before);
	});
});
