import { describe, expect, it } from 'vitest';
import { labelFor } from './labelFor';

describe('labelFor', () => {
	const iturup = { name_ja: 'Etorofu', name_ru: 'Iturup' };
	it('gives each side its own name', () => {
		expect(labelFor(iturup, 'ja')).toBe('Etorofu');
		expect(labelFor(iturup, 'ru')).toBe('Iturup');
	});
	it('names both sides in "both" mode', () => {
		expect(labelFor(iturup, 'both')).toBe('Iturup / Etorofu');
	});
	it('does not repeat a name both sides share', () => {
		expect(labelFor({ name_ja: 'Shikotan', name_ru: 'Shikotan' }, 'both')).toBe('Shikotan');
	});
});
