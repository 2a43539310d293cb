import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { LINE_STYLES } from './layerRegistry';
import { legendFor, type LegendFeature } from './legendFor';

const features: Record<string, LegendFeature> = {
	hokkaido: { layer: 'hokkaido', name_en: 'Hokkaido' },
	iturup: { layer: 'islands', name_en: 'Iturup / Etorofu' },
	kunashir: { layer: 'islands', name_en: 'Kunashir / Kunashiri' },
	'cape-nosappu': { layer: 'places', name_en: 'Cape Nosappu' },
	tokyo: { layer: 'places', name_en: 'Tokyo' },
	'shimoda-1855': { layer: 'lines', name_en: 'Treaty of Shimoda boundary (1855)', style: 'border-1855' },
	'nosappu-gap': { layer: 'lines', name_en: 'Cape Nosappu to Kaigara/Signalny rock', style: 'measured-gap' }
};

const legend = (layers: string[], show: string[], highlight: string[]) => legendFor({ layers: layers as never, show, highlight }, features, en.legend);

describe('legendFor', () => {
	it('explains who administers and who claims whenever the islands are drawn', () => {
		expect(legend(['islands'], [], []).map((e) => e.label)).toEqual(['Disputed islands, {territories}: administered by Russia, claimed by Japan']);
	});
	it('adds a focus entry only when an island is highlighted', () => {
		expect(legend(['islands', 'hokkaido'], [], ['iturup']).map((x) => x.key)).toEqual(['hokkaido', 'islands', 'islands-highlight']);
	});
	it('lists only the lines the step shows, in their own words and styles, and places only when it shows some', () => {
		const e = legend(['lines', 'places'], ['nosappu-gap', 'cape-nosappu'], ['cape-nosappu']);
		expect(e.map((x) => x.label)).toEqual(['Cape Nosappu to Kaigara/Signalny rock', 'Place in the story', 'Place in focus in this step']);
		expect(e[0]!.color).toBe(LINE_STYLES['measured-gap'].color);
		expect(legend(['places'], [], []).map((x) => x.key)).toEqual([]);
	});
	it('takes each line’s colour from its style, not its id', () => {
		const e = legend(['lines'], ['shimoda-1855', 'nosappu-gap'], []);
		expect(e.map((x) => x.color)).toEqual([LINE_STYLES['border-1855'].color, LINE_STYLES['measured-gap'].color]);
	});
	it('is empty when the step shows only the basemap', () => {
		expect(legend([], [], [])).toEqual([]);
	});
});
