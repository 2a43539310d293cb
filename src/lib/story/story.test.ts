import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NAMING_MODES, STORY_LAYER_IDS, type NamingMode, type StoryLayerId } from '../geo/types';
import { geoIndexFromCollections } from './geoIndex';
import { renderStep } from './renderNames';
import { story } from './story';
import { validateStory } from './validateStory';

const GEO_DIR = resolve(process.cwd(), 'geo');
const geoFilesExist = STORY_LAYER_IDS.every((layer) => existsSync(resolve(GEO_DIR, `${layer}.geojson`)));

describe('the story', () => {
	it('follows the article in its order', () => {
		const ids = story.steps.map((s) => s.id);
		const order = ['lavrov-in-tokyo', 'aegis-ashore', 'four-islands', 'nagato', 'trojan-horse', 'us-alliance', 'danang', 'may-visit', 'iturup-airport', 'exercise', 'conclusion'];
		const positions = order.map((id) => ids.indexOf(id));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(ids).toEqual(expect.arrayContaining(['shimoda-1855', 'joint-declaration-1956']));
	});

	it('renders with no placeholder or disputed name left to chance in any mode', () => {
		for (const mode of NAMING_MODES)
			for (const step of story.steps) {
				const r = renderStep(step, mode);
				const prose = [r.title, ...(r.opinion ?? []), ...r.facts, r.mapDescription, ...r.citations.map((c) => c.supports ?? '')];
				for (const text of prose) expect(text, `${step.id} (${mode})`).not.toMatch(/[{}]/);
			}
	});

	it('uses only each mode’s own names once rendered, apart from the note that gives both', () => {
		const prose = (mode: NamingMode): string =>
			story.steps
				.map((s) => renderStep(s, mode))
				.flatMap((s) => [s.title, ...(s.opinion ?? []), ...s.facts, s.mapDescription])
				.filter((text) => !/which administers|which claims/.test(text))
				.join(' ');
		const ja = prose('ja');
		const ru = prose('ru');
		expect(ja).not.toMatch(/\b(Iturup|Kunashir|Khabomai|Southern Kurils)\b/);
		expect(ru).not.toMatch(/\b(Etorofu|Kunashiri|Habomai|Northern Territories\b(?! Day))/);
	});

	it.runIf(geoFilesExist)('passes against the committed geo/ data', () => {
		const collections = Object.fromEntries(
			STORY_LAYER_IDS.map((layer) => [layer, JSON.parse(readFileSync(resolve(GEO_DIR, `${layer}.geojson`), 'utf8')) as FeatureCollection])
		) as Record<StoryLayerId, FeatureCollection>;
		const errors = validateStory(story, geoIndexFromCollections(collections));
		expect(errors.map((e) => `${e.step ?? '-'} ${e.field ?? '-'}: ${e.message}`)).toEqual([]);
	});
});
