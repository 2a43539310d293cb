import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { proseText } from '../story/quoteSpans';
import type { StoryStep } from '../story/model';
import { TEST_STORY as story } from '../story/testStory';
import { en } from '../i18n/messages/en';
import { renderStep, StoryState } from './storyState.svelte';
import { TEST_MAP_DATA as map, testState as make } from './testState';

const text = (step: StoryStep): string => [...(step.opinion ?? []), ...step.facts].map(proseText).join(' ');

describe('StoryState', () => {
	it('opens at the first step, or at a known step given to it', () => {
		expect(make().step.id).toBe(story.steps[0]!.id);
		expect(make('the-harbour').step.id).toBe('the-harbour');
		expect(make('no-such-step').index).toBe(0);
	});

	it('knows the story’s steps, its naming choices, and what its URL may hold', () => {
		const s = make();
		expect(s.ids).toEqual(['first-look', 'the-harbour', 'what-next']);
		expect(s.count).toBe(3);
		expect(s.modes).toEqual(['both', 'a', 'b']);
		expect(s.urlContext).toEqual({ stepIds: s.ids, modes: s.modes, bounds: story.map.bounds });
		expect(s.names).toBe('both');
	});

	it('knows the URL prefix of its language', () => {
		expect(make().base).toBe('');
		expect(new StoryState({ story: { ...story, lang: 'fr' }, map, messages: en }).base).toBe('/fr');
	});

	it('clamps steps to the story, and follows the keys’ actions', () => {
		const s = make();
		expect(s.goTo(-3)).toBe(0);
		expect(s.goTo(999)).toBe(s.count - 1);
		expect(s.goTo(Number.NaN)).toBe(s.count - 1);
		expect(s.goTo(1.7)).toBe(1);
		expect(s.act('first')).toBe(0);
		expect(s.act('next')).toBe(1);
		expect(s.act('last')).toBe(2);
		expect(s.act('prev')).toBe(1);
		expect(s.goToStep('what-next')).toBe(2);
		expect(s.goToStep('nowhere')).toBe(2);
	});

	it('derives the step’s camera and scene, and renders every step in the reader’s names', () => {
		const s = make('first-look');
		expect(s.target).toBe(map.targets[0]);
		expect(s.scene).toEqual({ layers: ['isles', 'places'], show: ['harbour'], highlight: ['big-isle'] });
		expect(s.step.title).toBe('A first look at Grossinsel / Isla Grande');
		expect(text(s.step)).toContain('Grossinsel / Isla Grande is the larger of the Northland Isles / Southern Isles');
		s.names = 'b';
		flushSync();
		expect(s.step.title).toBe('A first look at Isla Grande');
		expect(text(s.step)).toContain('Isla Grande is the larger of the Southern Isles');
		expect(text(s.step)).not.toContain('Grossinsel');
		expect(s.steps).toHaveLength(s.count);
		expect(s.steps[1]!.mapDescription).toBe('A dot marks Puerto Sur; the border of 1900 runs past it.');
		s.goTo(1);
		expect(s.target).toBe(map.targets[1]);
	});

	it('renders text in the reader’s names', () => {
		const s = make();
		expect(s.render('{Harbour} on {isles}')).toBe('Nordhafen / Puerto Sur on the Northland Isles / Southern Isles');
		s.names = 'a';
		expect(s.render('{Harbour} on {isles}')).toBe('Nordhafen on the Northland Isles');
	});

	it('lists the features the step draws, in the reader’s names, and labels the map in them', () => {
		const s = make('first-look');
		expect(s.visibleFeatures).toEqual([
			{ id: 'big-isle', label: 'Grossinsel / Isla Grande' },
			{ id: 'tern-rock', label: 'Tern Rock' },
			{ id: 'harbour', label: 'Nordhafen / Puerto Sur' }
		]);
		expect(s.shown('town')).toBe(false);
		expect(s.shown('no-such-feature')).toBe(false);
		s.goToStep('the-harbour');
		// A line is called by what it is, its names rendered.
		expect(s.visibleFeatures).toEqual([
			{ id: 'harbour', label: 'Nordhafen / Puerto Sur' },
			{ id: 'town', label: 'Capitol' },
			{ id: 'old-border', label: 'Border of 1900 between Grossinsel / Isla Grande and the mainland' }
		]);
		s.names = 'a';
		expect(s.visibleFeatures.map((f) => f.label)).toEqual(['Nordhafen', 'Capitol', 'Border of 1900 between Grossinsel and the mainland']);
		expect(s.labels).toEqual({ 'big-isle': 'Grossinsel', 'tern-rock': 'Tern Rock', harbour: 'Nordhafen', town: 'Capitol', 'old-border': 'Border of 1900' });
		s.goToStep('what-next');
		expect(s.visibleFeatures).toEqual([]);
	});

	it('builds the key for the step in the reader’s names', () => {
		const s = make('first-look');
		expect(s.legend.map((e) => e.label)).toEqual([
			'The Northland Isles / Southern Isles: administered by Northland, claimed by Southland',
			'Isle in focus in this step',
			'Place in the story'
		]);
		s.names = 'b';
		expect(s.legend[0]!.label).toBe('The Southern Isles: administered by Northland, claimed by Southland');
		s.goToStep('the-harbour');
		expect(s.legend.map((e) => e.key)).toEqual(['lines-old-border', 'places', 'places-highlight']);
		expect(s.legend[0]!.label).toBe('Border of 1900 between Isla Grande and the mainland');
		s.goToStep('what-next');
		expect(s.legend).toEqual([]);
	});

	it('calls a feature by its title (a line) or its name in the reader’s mode, or by its id when it has neither', () => {
		const s = make();
		expect(s.titleOf('big-isle')).toBe('Grossinsel / Isla Grande');
		expect(s.titleOf('old-border')).toBe('Border of 1900 between Grossinsel / Isla Grande and the mainland');
		expect(s.titleOf('unnamed')).toBe('unnamed');
	});

	it('opens a popup at a feature’s anchor, or where clicked, and closes it on a new step', () => {
		const s = make('first-look');
		s.select('big-isle');
		expect(s.selected).toEqual({ id: 'big-isle', at: [10, 50] });
		s.select('big-isle', [11, 51]);
		expect(s.selected).toEqual({ id: 'big-isle', at: [11, 51] });
		s.select('no-such-feature');
		expect(s.selected).toBeNull();
		s.select('harbour');
		s.goTo(s.index);
		expect(s.selected).not.toBeNull();
		s.act('next');
		expect(s.selected).toBeNull();
		s.select('harbour');
		s.select(null);
		expect(s.selected).toBeNull();
	});
});

describe('renderStep', () => {
	const step = story.steps[0]!;

	it('renders every prose field and what sources support, not titles of sources or quotations', () => {
		const r = renderStep(step, 'a', story);
		expect(r.title).toBe('A first look at Grossinsel');
		expect(r.opinion).toEqual([['Ann Author sees “', { quote: 'distrust', words: 'a sea of distrust' }, '” around the Northland Isles.']]);
		expect(r.facts).toEqual([['Grossinsel is the larger of the Northland Isles; Tern Rock lies off it.']]);
		expect(r.mapDescription).toBe('The Northland Isles, with Grossinsel highlighted and a dot at Nordhafen.');
		expect(r.citations.map((c) => c.supports)).toEqual(['The author’s view of the Northland Isles', 'The size of Grossinsel']);
		expect(r.citations.map((c) => c.title)).toEqual(step.citations.map((c) => c.title));
		expect(r.quotes).toEqual(step.quotes);
		expect(r.quotations).toEqual(step.quotations);
		expect(r.camera).toBe(step.camera);
	});

	it('leaves a citation without a note on what it supports as it is', () => {
		const r = renderStep(story.steps[1]!, 'b', story);
		expect(r.citations).toEqual(story.steps[1]!.citations);
	});

	it('does not change the step it is given', () => {
		const before = structuredClone(step);
		renderStep(step, 'b', story);
		expect(step).toEqual(before);
	});

	it('adds no opinion to a step without one', () => {
		expect('opinion' in renderStep(story.steps[1]!, 'both', story)).toBe(false);
	});
});
