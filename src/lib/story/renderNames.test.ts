import { describe, expect, it } from 'vitest';
import { NAMING_MODES } from '../geo/types';
import { hasStrayBraces, NAME_TABLE, placeholdersIn, renderNames, renderStep, unknownPlaceholders } from './renderNames';
import type { StoryStep } from './types';

describe('renderNames', () => {
	it('names each island the way each mode asks', () => {
		expect(renderNames('{iturup}', 'ja')).toBe('Etorofu');
		expect(renderNames('{iturup}', 'ru')).toBe('Iturup');
		expect(renderNames('{iturup}', 'both')).toBe('Iturup / Etorofu');
		expect(renderNames('{kunashir}', 'ja')).toBe('Kunashiri');
		expect(renderNames('{kunashir}', 'ru')).toBe('Kunashir');
		expect(renderNames('{habomai}', 'both')).toBe('Khabomai / Habomai');
	});
	it('gives one name where both sides agree', () => {
		for (const mode of NAMING_MODES) expect(renderNames('{shikotan}', mode)).toBe('Shikotan');
	});
	it('renders the collective terms for every mode', () => {
		expect(renderNames('{territories}', 'ja')).toBe('the Northern Territories');
		expect(renderNames('{territories}', 'ru')).toBe('the Southern Kurils');
		expect(renderNames('{territories}', 'both')).toBe('the Southern Kurils / Northern Territories');
	});
	it('says who administers and who claims in every mode', () => {
		for (const mode of NAMING_MODES) {
			const note = renderNames('{islands-name-note}', mode);
			expect(note).toMatch(/Russia, which administers/);
			expect(note).toMatch(/Japan, which claims/);
		}
	});
	it('capitalises the value when the key is written with a capital', () => {
		expect(renderNames('{Territories} lie north-east of Hokkaido.', 'ru')).toBe('The Southern Kurils lie north-east of Hokkaido.');
		expect(renderNames('{Iturup} is the largest.', 'ja')).toBe('Etorofu is the largest.');
	});
	it('replaces a repeated key every time', () => {
		expect(renderNames('{iturup}, {iturup} and {iturup}', 'ja')).toBe('Etorofu, Etorofu and Etorofu');
	});
	it('handles adjacent placeholders', () => {
		expect(renderNames('{iturup}{kunashir}', 'ru')).toBe('IturupKunashir');
		expect(renderNames('{iturup}/{kunashir}', 'ja')).toBe('Etorofu/Kunashiri');
	});
	it('leaves doubled braces around a rendered name (and the validator reports them)', () => {
		expect(renderNames('{{iturup}}', 'ru')).toBe('{Iturup}');
		expect(hasStrayBraces('{{iturup}}')).toBe(true);
	});
	it('returns text without placeholders unchanged', () => {
		expect(renderNames('Tokyo and Moscow', 'both')).toBe('Tokyo and Moscow');
		expect(renderNames('', 'ja')).toBe('');
	});
	it('leaves an unknown placeholder visible, braces and all', () => {
		expect(renderNames('near {urup} and {iturup}', 'ja')).toBe('near {urup} and Etorofu');
	});
	it('does not treat malformed braces as placeholders', () => {
		expect(renderNames('{ iturup } {Iturup-} {}', 'ja')).toBe('{ iturup } {Iturup-} {}');
	});
});

describe('placeholder helpers', () => {
	it('lists placeholders as written, in order, with repeats', () => {
		expect(placeholdersIn('{iturup} {Territories} {iturup}')).toEqual(['iturup', 'Territories', 'iturup']);
		expect(placeholdersIn('none here')).toEqual([]);
	});
	it('finds unknown keys once each, accepting capitalised known keys', () => {
		expect(unknownPlaceholders('{urup} {Territories} {urup} {x-y}')).toEqual(['urup', 'x-y']);
		expect(unknownPlaceholders('{iturup}')).toEqual([]);
	});
	it('spots stray braces but not well-formed placeholders', () => {
		expect(hasStrayBraces('{iturup} and {Territories}')).toBe(false);
		expect(hasStrayBraces('{ iturup }')).toBe(true);
		expect(hasStrayBraces('a } b')).toBe(true);
		expect(hasStrayBraces('plain')).toBe(false);
	});
	it('has an entry for every mode for every key', () => {
		for (const [key, byMode] of Object.entries(NAME_TABLE)) for (const mode of NAMING_MODES) expect(byMode[mode], `${key}/${mode}`).toBeTruthy();
	});
});

describe('renderStep', () => {
	const step: StoryStep = {
		id: 's',
		kind: 'argument',
		title: 'On {iturup}',
		opinion: ['Cai writes about {territories}.'],
		facts: ['{Territories} are four islands.'],
		quotes: [{ text: 'Trojan Horse', speaker: 'Russian critics' }],
		camera: { fit: ['iturup'] },
		layers: ['islands'],
		show: [],
		highlight: ['iturup'],
		mapDescription: '{iturup} is highlighted.',
		citations: [{ title: 'A source on {iturup}', supports: 'The airport on {iturup}' }, { title: 'Another' }]
	};
	it('renders every prose field and what sources support, not titles or quotes', () => {
		const r = renderStep(step, 'ja');
		expect(r.title).toBe('On Etorofu');
		expect(r.opinion).toEqual(['Cai writes about the Northern Territories.']);
		expect(r.facts).toEqual(['The Northern Territories are four islands.']);
		expect(r.mapDescription).toBe('Etorofu is highlighted.');
		expect(r.citations[0]).toEqual({ title: 'A source on {iturup}', supports: 'The airport on Etorofu' });
		expect(r.citations[1]).toEqual({ title: 'Another' });
		expect(r.quotes).toEqual(step.quotes);
	});
	it('does not change the step it is given', () => {
		const before = structuredClone(step);
		renderStep(step, 'ru');
		expect(step).toEqual(before);
	});
	it('adds no opinion to a step without one', () => {
		const { opinion: _omit, ...context } = step;
		expect('opinion' in renderStep({ ...context, kind: 'context' }, 'both')).toBe(false);
	});
});
