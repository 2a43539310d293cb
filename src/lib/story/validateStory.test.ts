import { describe, expect, it } from 'vitest';
import { BROKEN_STORIES } from './fixtures/brokenStories';
import { requiredGeoIndex, type GeoIndex } from './geoIndex';
import { story } from './story';
import { STORY_FILE, validateNames, validateStory, type StoryError } from './validateStory';

const geo = requiredGeoIndex();

function describeErrors(errors: StoryError[]): string {
	return errors.map((e) => `${e.step ?? '-'} ${e.field ?? '-'}: ${e.message}`).join('\n');
}

describe('validateStory on the real story', () => {
	it('finds nothing wrong', () => {
		const errors = validateStory(story, geo);
		expect(errors, describeErrors(errors)).toEqual([]);
	});
});

describe('validateStory on broken stories', () => {
	it.each(BROKEN_STORIES.map((b) => [b.name, b]))('%s: names the step and the field', (_name, broken) => {
		const errors = validateStory(broken.story, geo);
		const match = errors.find(
			(e) => e.step === broken.step && (e.field ?? '').startsWith(broken.field) && e.message.toLowerCase().includes(broken.says.toLowerCase())
		);
		expect(match, `wanted ${broken.step} ${broken.field} "${broken.says}", got:\n${describeErrors(errors)}`).toBeDefined();
		expect(match!.file).toBe(STORY_FILE);
	});

	it('collects every error rather than stopping at the first', () => {
		const broken = structuredClone(story);
		broken.steps[0]!.mapDescription = '';
		broken.steps[1]!.layers = ['nowhere' as never];
		broken.steps[2]!.citations = [];
		const errors = validateStory(broken, geo);
		const steps = new Set(errors.map((e) => e.step));
		expect(steps).toEqual(new Set([broken.steps[0]!.id, broken.steps[1]!.id, broken.steps[2]!.id]));
	});

	it('rejects what is not a story at all', () => {
		expect(validateStory(null, geo)).toEqual([{ file: STORY_FILE, message: 'the story must be an object' }]);
		expect(validateStory({ title: 'x' }, geo).map((e) => e.field)).toContain('steps');
	});

	it('checks fitted features against the story area when boxes are known', () => {
		const withBoxes: GeoIndex = { ...geo, bboxes: { tokyo: [139.7, 35.6, 139.8, 35.7], moscow: [-10, 55, 37.7, 55.8] } };
		const errors = validateStory(story, withBoxes);
		expect(errors.some((e) => e.step === 'lavrov-in-tokyo' && e.field === 'camera.fit[0]' && /outside/.test(e.message))).toBe(true);
	});

	it('rejects story-level text that the naming switch cannot reach', () => {
		const broken = { ...structuredClone(story), dek: 'A column about {territories}.', title: 'Why Etorofu matters' };
		const fields = validateStory(broken, geo).filter((e) => e.step === undefined).map((e) => e.field);
		expect(fields).toEqual(expect.arrayContaining(['dek', 'title']));
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
