import { describe, expect, it } from 'vitest';
import { doubledOwner, doubledWord } from './proseChecks';

describe('doubledWord', () => {
	it('finds a word said twice in a row, in any case', () => {
		expect(doubledWord('the the islands')).toBe('the the');
		expect(doubledWord('The the islands')).toBe('The the');
	});
	it('leaves numbers and different words alone', () => {
		expect(doubledWord('on 7 7 May')).toBeNull();
		expect(doubledWord('the islands the sea')).toBeNull();
	});
});

describe('doubledOwner', () => {
	const owners = ['Freedonia', 'Sylvania'];
	it('finds an owner named twice in one clause, the second time as a possessive', () => {
		expect(doubledOwner('Freedonia marks 7 May as Freedonia’s Liberation Day, set by a decree.', owners)).toBe('Freedonia marks 7 May as Freedonia’s');
		expect(doubledOwner('The anniversary is why Sylvania chose 7 May for Sylvania’s day of the islands.', owners)).toBe('Sylvania chose 7 May for Sylvania’s');
	});
	it('leaves one mention, possessives alone, separate clauses and other owners alone', () => {
		expect(doubledOwner('7 May is Freedonia’s Liberation Day.', owners)).toBeNull();
		expect(doubledOwner('Sylvania’s army; Sylvania’s ministry said', owners)).toBeNull();
		expect(doubledOwner('Freedonia claims them. Freedonia’s government says so.', owners)).toBeNull();
		expect(doubledOwner('Freedonia marks 7 May as Freedonia’s day.', ['Sylvania'])).toBeNull();
	});
});
