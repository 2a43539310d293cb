import { describe, expect, it } from 'vitest';
import { writtenInScriptOf } from './checkStory';

describe('writtenInScriptOf', () => {
	it('reads a language’s script from its tag, and a name’s from its first letter', () => {
		expect(writtenInScriptOf('Sergey Lavrov', 'en')).toBe(true);
		expect(writtenInScriptOf('Сергей Лавров', 'ru')).toBe(true);
		expect(writtenInScriptOf('Sergey Lavrov', 'ru')).toBe(false);
		expect(writtenInScriptOf('ツァイ・ホン', 'ja')).toBe(true);
		expect(writtenInScriptOf('外務省', 'ja')).toBe(true);
		expect(writtenInScriptOf('蔡红', 'zh-Hans')).toBe(true);
		expect(writtenInScriptOf('Cai Hong', 'zh-Hans')).toBe(false);
		expect(writtenInScriptOf('ツァイ・ホン', 'zh-Hans')).toBe(false);
		expect(writtenInScriptOf('“Interfax”', 'en')).toBe(true);
		expect(writtenInScriptOf('1945', 'ja')).toBe(true);
	});
});
