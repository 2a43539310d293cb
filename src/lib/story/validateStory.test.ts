import { describe, expect, it } from 'vitest';
import { BROKEN_STORIES } from './fixtures/brokenStories';
import { requiredGeoIndex, type GeoIndex } from './geoIndex';
import { STORY_STRUCTURE } from './story';
import { STORY_TEXT_EN } from './text/en';
import { STORY_FILE, TEXT_FILE, validateNames, validateStory, type StoryError } from './validateStory';

const geo = requiredGeoIndex();

function describeErrors(errors: StoryError[]): string {
	return errors.map((e) => `${e.file} ${e.step ?? '-'} ${e.field ?? '-'}: ${e.message}`).join('\n');
}

describe('validateStory on broken stories', () => {
	it.each(BROKEN_STORIES.map((b) => [b.name, b]))('%s: names the file, the step and the field', (_name, broken) => {
		const errors = validateStory(broken.structure, broken.text, geo);
		const match = errors.find(
			(e) =>
				e.file === broken.file &&
				e.step === broken.step &&
				(e.field ?? '').startsWith(broken.field) &&
				e.message.toLowerCase().includes(broken.says.toLowerCase())
		);
		expect(match, `wanted ${broken.file} ${broken.step} ${broken.field} "${broken.says}", got:\n${describeErrors(errors)}`).toBeDefined();
	});

	it('reports each problem once', () => {
		for (const broken of BROKEN_STORIES) {
			const lines = validateStory(broken.structure, broken.text, geo).map((e) => JSON.stringify(e));
			expect(new Set(lines).size, broken.name).toBe(lines.length);
		}
	});

	it('collects every error rather than stopping at the first', () => {
		const structure = structuredClone(STORY_STRUCTURE);
		const text = structuredClone(STORY_TEXT_EN);
		text.steps[structure.steps[0]!.id]!.mapDescription = '';
		structure.steps[1]!.layers = ['nowhere' as never];
		structure.steps[2]!.sources = [];
		const errors = validateStory(structure, text, geo);
		const steps = new Set(errors.map((e) => e.step));
		expect(steps).toEqual(new Set([structure.steps[0]!.id, structure.steps[1]!.id, structure.steps[2]!.id]));
	});

	it('rejects what is not a story at all', () => {
		expect(validateStory(null, STORY_TEXT_EN, geo)[0]).toMatchObject({ file: STORY_FILE, message: expect.stringMatching(/object/i) });
		expect(validateStory({ id: 'x' }, STORY_TEXT_EN, geo).map((e) => e.field)).toContain('steps');
		expect(validateStory(STORY_STRUCTURE, 42, geo)[0]).toMatchObject({ file: TEXT_FILE });
	});

	it('checks fitted cameras against the story area when the index has boxes', () => {
		const withBoxes: GeoIndex = { ...geo, bboxes: { moscow: [-80, 55, -79, 56], tokyo: [139, 35, 140, 36] } };
		const errors = validateStory(STORY_STRUCTURE, STORY_TEXT_EN, withBoxes);
		expect(errors.some((e) => e.step === 'lavrov-in-tokyo' && e.field === 'camera.fit[0]' && /outside/.test(e.message))).toBe(true);
	});

	it('rejects story-level text that the naming switch cannot reach', () => {
		const text = { ...structuredClone(STORY_TEXT_EN), dek: 'A column about {territories}.', title: 'Why Etorofu matters' };
		const fields = validateStory(STORY_STRUCTURE, text, geo)
			.filter((e) => e.step === undefined)
			.map((e) => e.field);
		expect(fields).toEqual(expect.arrayContaining(['dek', 'title']));
	});

	it('counts a quotation’s words in the text’s own language', () => {
		const text = structuredClone(STORY_TEXT_EN);
		// Forty words of Japanese with no spaces: one "word" to a split on spaces, forty to the validator.
		text.steps['nagato']!.facts[0] = `外務省は「${'北方領土'.repeat(40)}」と述べた。`;
		const errors = validateStory(STORY_STRUCTURE, text, geo, { lang: 'ja' });
		expect(errors.some((e) => e.step === 'nagato' && e.field === 'facts[0]' && /longer than/.test(e.message))).toBe(true);
	});
});

describe('validateNames', () => {
	it('passes when geo carries the same island names', () => {
		const names = {
			iturup: { name_ja: 'Etorofu', name_ru: 'Iturup' },
			kunashir: { name_ja: 'Kunashiri', name_ru: 'Kunashir' },
			shikotan: { name_ja: 'Shikotan', name_ru: 'Shikotan' },
			habomai: { name_ja: 'Habomai', name_ru: 'Khabomai' }
		};
		expect(validateNames({ ...geo, names })).toEqual([]);
	});
	it('names the island and key that disagree, and a missing island', () => {
		const names = {
			iturup: { name_ja: 'Etorofu', name_ru: 'Iturup' },
			kunashir: { name_ja: 'Kunashiri', name_ru: 'Kunashir' },
			shikotan: { name_ja: 'Shikotan', name_ru: 'Shikotan' }
		};
		const errors = validateNames({ ...geo, names: { ...names, iturup: { name_ja: 'Etorofu', name_ru: 'Iturup Island' } } });
		expect(errors.map((e) => e.field)).toEqual(['ISLAND_NAMES.iturup.name_ru', 'ISLAND_NAMES.habomai']);
	});
	it('is skipped when the index has no names', () => {
		expect(validateNames(geo)).toEqual([]);
	});
});
