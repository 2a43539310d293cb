// The story's own content rules (its validity against geo/ is checked once per run, by `npm run validate`).
import { describe, expect, it } from 'vitest';
import { NAMING_MODES, type NamingMode } from '../geo/types';
import { renderStep } from './renderNames';
import { story } from './storyFor';

describe('the story', () => {
	it('follows the article in its order', () => {
		const ids = story.steps.map((s) => s.id);
		const order = [
			'lavrov-in-tokyo',
			'aegis-ashore',
			'four-islands',
			'nagato',
			'trojan-horse',
			'us-alliance',
			'danang',
			'may-visit',
			'iturup-airport',
			'exercise',
			'conclusion'
		];
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
});
