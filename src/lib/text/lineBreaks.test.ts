import { describe, expect, it } from 'vitest';
import { BREAK, labelLines, phrasesOf, withoutBreaks } from './lineBreaks';

describe('labelLines', () => {
	it('sets a label without spaces that joins two names on two lines, at the slash', () => {
		expect(labelLines('伊图鲁普岛/择捉岛')).toBe('伊图鲁普岛/\n择捉岛');
		expect(labelLines(`イトゥルップ${BREAK}島/択捉島`)).toBe('イトゥルップ島/\n択捉島');
	});
	it('leaves a label with spaces, one name, or a stray slash to the map', () => {
		expect(labelLines('Iturup / Etorofu')).toBe('Iturup / Etorofu');
		expect(labelLines('Итуруп / Эторофу')).toBe('Итуруп / Эторофу');
		expect(labelLines('択捉島')).toBe('択捉島');
		expect(labelLines('/択捉島')).toBe('/択捉島');
		expect(labelLines('')).toBe('');
	});
});

describe('phrasesOf', () => {
	it('splits at the marks, and withoutBreaks removes them', () => {
		expect(phrasesOf(`ロシアが${BREAK}管轄し`)).toEqual(['ロシアが', '管轄し']);
		expect(withoutBreaks(`ロシアが${BREAK}管轄し`)).toBe('ロシアが管轄し');
	});
});
