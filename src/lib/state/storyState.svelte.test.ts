import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { FeatureInfo } from '../geo/featureInfo';
import { en } from '../i18n/en';
import { story } from './storyFor';
import { StoryState } from './storyState.svelte';

const feature = (id: string, layer: FeatureInfo['layer'], both: string, ja: string, ru: string): FeatureInfo =>
	({ id, layer, kind: 'island', name_en: both, label_both: both, label_ja: ja, label_ru: ru, anchor: [146, 44] }) as FeatureInfo;

const map = {
	targets: story.steps.map((_, i) => ({ center: [140 + i, 40] as [number, number], zoom: 5, bearing: 0, pitch: 0 })),
	islandLabels: { type: 'FeatureCollection' as const, features: [] },
	features: {
		iturup: feature('iturup', 'islands', 'Iturup / Etorofu', 'Etorofu', 'Iturup'),
		tokyo: feature('tokyo', 'places', 'Tokyo', 'Tokyo', 'Tokyo'),
		moscow: feature('moscow', 'places', 'Moscow', 'Moscow', 'Moscow')
	}
};

const make = (initialStep?: string): StoryState => new StoryState({ story, map, messages: en, initialStep });

describe('StoryState', () => {
	it('opens at the first step, or at a known step given to it', () => {
		expect(make().step.id).toBe(story.steps[0]!.id);
		expect(make('nagato').step.id).toBe('nagato');
		expect(make('no-such-step').index).toBe(0);
	});

	it('clamps steps to the story, and follows the keys’ actions', () => {
		const s = make();
		expect(s.goTo(-3)).toBe(0);
		expect(s.goTo(999)).toBe(s.count - 1);
		expect(s.goTo(Number.NaN)).toBe(s.count - 1);
		expect(s.act('first')).toBe(0);
		expect(s.act('next')).toBe(1);
		expect(s.goToStep('nagato')).toBe(story.steps.findIndex((x) => x.id === 'nagato'));
		expect(s.goToStep('nowhere')).toBe(s.index);
	});

	it('derives the step’s camera and scene, and renders every step in the reader’s names', () => {
		const s = make('four-islands');
		expect(s.target).toBe(map.targets[s.index]);
		expect(s.scene.layers).toEqual(['islands', 'hokkaido']);
		expect(s.step.facts.join(' ')).toContain('Iturup / Etorofu');
		s.names = 'ja';
		flushSync();
		expect(s.step.facts.join(' ')).toContain('Etorofu');
		expect(s.step.facts.join(' ')).not.toContain('Iturup');
		expect(s.steps).toHaveLength(s.count);
	});

	it('lists the features the step draws, in the reader’s names, and builds the legend in them', () => {
		const s = make('lavrov-in-tokyo');
		expect(s.visibleFeatures.map((f) => f.id).sort()).toEqual(['moscow', 'tokyo']);
		s.goToStep('four-islands');
		expect(s.visibleFeatures).toEqual([{ id: 'iturup', label: 'Iturup / Etorofu' }]);
		s.names = 'ru';
		expect(s.visibleFeatures).toEqual([{ id: 'iturup', label: 'Iturup' }]);
		expect(s.legend.find((e) => e.key === 'islands')!.label).toContain('the Southern Kurils');
	});

	it('opens a popup at a feature’s anchor, or where clicked, and closes it on a new step', () => {
		const s = make('four-islands');
		s.select('iturup');
		expect(s.selected).toEqual({ id: 'iturup', at: [146, 44] });
		s.select('iturup', [147, 45]);
		expect(s.selected).toEqual({ id: 'iturup', at: [147, 45] });
		s.select('no-such-feature');
		expect(s.selected).toBeNull();
		s.select('iturup');
		s.act('next');
		expect(s.selected).toBeNull();
	});
});
