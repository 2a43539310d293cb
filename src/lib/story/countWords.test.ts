import { describe, expect, it } from 'vitest';
import { countWords } from './countWords';

describe('countWords', () => {
	it('counts English words, not punctuation or spacing', () => {
		expect(countWords('Since we did not interfere in your elections, we decided to intervene in the weather')).toBe(15);
		expect(countWords('  “a chill has indeed descended”  ')).toBe(5);
		expect(countWords('')).toBe(0);
	});
	it('counts Russian words', () => {
		expect(countWords('Есть много вопросов по мирному договору', 'ru')).toBe(6);
	});
	it('counts Japanese words, which are not separated by spaces', () => {
		// 北方領土 / は / 日本 / の / 領土 / です: a space-split would say 1.
		const n = countWords('北方領土は日本の領土です', 'ja');
		expect(n).toBeGreaterThanOrEqual(4);
		expect('北方領土は日本の領土です'.split(/\s+/)).toHaveLength(1);
	});
});
