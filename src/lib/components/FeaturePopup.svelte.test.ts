import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { FeatureInfo } from '../geo/featureInfo';
import FeaturePopup from './FeaturePopup.svelte';

const ITURUP: FeatureInfo = {
	id: 'iturup',
	layer: 'islands',
	kind: 'island',
	name_en: 'Iturup / Etorofu',
	name_ja: 'Etorofu',
	name_ja_native: '択捉島',
	name_ru: 'Iturup',
	name_ru_native: 'Итуруп',
	label_ja: 'Etorofu',
	label_ru: 'Iturup',
	label_both: 'Iturup / Etorofu',
	description: 'The largest of the four islands.',
	administered_by: 'Russia',
	administered_as: 'Kurilsky District, Sakhalin region',
	claimed_by: 'Japan',
	claimed_as: 'Nemuro Subprefecture, Hokkaido',
	area_km2: 3168.4,
	area_official_km2: 3168,
	area_official_source: { title: 'Area table', publisher: 'Ministry of Foreign Affairs of Japan', url: 'https://www.mofa.go.jp/' },
	anchor: [147.9, 45.2]
};

describe('FeaturePopup', () => {
	it('gives both sides’ names, who administers and who claims, and the area with its source', async () => {
		const screen = await render(FeaturePopup, { info: ITURUP, names: 'both' });
		await expect.element(screen.getByRole('heading', { name: 'Iturup / Etorofu' })).toBeVisible();
		await expect.element(screen.getByText('択捉島')).toHaveAttribute('lang', 'ja');
		await expect.element(screen.getByText('Итуруп')).toHaveAttribute('lang', 'ru');
		await expect.element(screen.getByText('Administered by')).toBeVisible();
		expect(screen.container.textContent).toMatch(/Russia: Kurilsky District/);
		expect(screen.container.textContent).toMatch(/Japan: Nemuro Subprefecture/);
		expect(screen.container.textContent).toMatch(/3,168 km²/);
		await expect.element(screen.getByRole('link', { name: 'Ministry of Foreign Affairs of Japan' })).toHaveAttribute('href', 'https://www.mofa.go.jp/');
	});

	it('titles the popup in the reader’s naming convention, keeping both names below', async () => {
		const screen = await render(FeaturePopup, { info: ITURUP, names: 'ja' });
		await expect.element(screen.getByRole('heading', { name: 'Etorofu' })).toBeVisible();
		await expect.element(screen.getByText('Итуруп')).toBeVisible();
	});

	it('renders name pairs in its text in the reader’s convention, with the app’s order in "both"', async () => {
		const habomai: FeatureInfo = {
			...ITURUP,
			id: 'habomai',
			description: 'Islets such as {suisho} and rocks such as {nearest-islet}.'
		};
		const both = await render(FeaturePopup, { info: habomai, names: 'both' });
		expect(both.container.textContent).toContain('Islets such as Tanfilyeva / Suisho and rocks such as Signalny / Kaigara.');
		both.unmount();
		const ja = await render(FeaturePopup, { info: habomai, names: 'ja' });
		expect(ja.container.textContent).toContain('Islets such as Suisho and rocks such as Kaigara.');
		expect(ja.container.textContent).not.toMatch(/[{}]/);
	});

	it('titles a line by what it is, names its treaty, and renders the disputed names in it', async () => {
		const gap: FeatureInfo = {
			id: 'control-1945',
			layer: 'lines',
			kind: 'line',
			name_en: 'Line between Cape Nosappu and {nearest-islet}',
			name_ja: 'Soren no senryō-sen (1945-nen)',
			name_ja_native: 'ソ連の占領線（1945年）',
			name_ru: 'Gosudarstvennaya granitsa (s 1945 goda)',
			name_ru_native: 'Государственная граница (с 1945 года)',
			label_ja: 'Soren no senryō-sen (1945-nen)',
			label_ru: 'Gosudarstvennaya granitsa (s 1945 goda)',
			label_both: 'Gosudarstvennaya granitsa (s 1945 goda) / Soren no senryō-sen (1945-nen)',
			description: 'Held since 1945.',
			date: '1945-09-05',
			treaty: 'None: the Soviet occupation',
			anchor: [145.8, 43.4]
		};
		const screen = await render(FeaturePopup, { info: gap, names: 'ru' });
		await expect.element(screen.getByRole('heading', { name: 'Line between Cape Nosappu and Signalny' })).toBeVisible();
		await expect.element(screen.getByText('Государственная граница (с 1945 года)')).toHaveAttribute('lang', 'ru');
		expect(screen.container.textContent).toContain('Set by: None: the Soviet occupation');
	});
});
