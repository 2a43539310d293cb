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
});
