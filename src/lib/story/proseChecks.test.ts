import { describe, expect, it } from 'vitest';
import { doubledOwner, doubledWord } from './proseChecks';

describe('doubledWord', () => {
	it('finds a word said twice in a row, whatever its case', () => {
		expect(doubledWord('the islands are the the largest')).toBe('the the');
		expect(doubledWord('Shikotan Shikotan')).toBe('Shikotan Shikotan');
		expect(doubledWord('It is is not')).toBe('is is');
	});

	it('leaves prose, numbers and names that repeat apart alone', () => {
		expect(doubledWord('Shikotan / Shikotan')).toBeNull();
		expect(doubledWord('on 7 7 February')).toBeNull();
		expect(doubledWord('Japan claims them; Japan says')).toBeNull();
	});
});

describe('doubledOwner', () => {
	it('finds an owner named again as a possessive in the same clause', () => {
		expect(doubledOwner('Japan marks 7 February as Japan’s Northern Territories Day, set by a cabinet decision.')).toBe('Japan marks 7 February as Japan’s');
		expect(doubledOwner('The treaty’s anniversary is why Japan chose 7 February for Japan’s Northern Territories Day.')).toBe(
			'Japan chose 7 February for Japan’s'
		);
	});

	it('lets the possessive stand where no clause names the owner before it', () => {
		expect(doubledOwner('7 February is Japan’s Northern Territories Day.')).toBeNull();
		expect(doubledOwner('Russia’s invasion of Ukraine; Russia’s Foreign Ministry said')).toBeNull();
		expect(doubledOwner('Japan claims them. Japan’s government says so.')).toBeNull();
	});
});
