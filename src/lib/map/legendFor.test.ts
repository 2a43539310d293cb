import { describe, expect, it } from 'vitest';
import { legendFor } from './legendFor';

const lines = { 'shimoda-1855': '1855 Treaty of Shimoda boundary', 'nosappu-gap': 'Shortest gap: 3.7 km' };
const islands = ['iturup', 'kunashir', 'shikotan', 'habomai'];

describe('legendFor', () => {
	it('explains who administers and who claims whenever the islands are drawn', () => {
		const keys = legendFor({ layers: ['islands'], show: [], highlight: [] }, lines, islands);
		expect(keys.map((e) => e.label)).toEqual(['Disputed islands, {territories}: administered by Russia, claimed by Japan']);
	});
	it('adds a focus entry only when an island is highlighted', () => {
		const e = legendFor({ layers: ['islands', 'hokkaido'], show: [], highlight: ['iturup'] }, lines, islands);
		expect(e.map((x) => x.key)).toEqual(['hokkaido', 'islands', 'islands-highlight']);
	});
	it('lists only the lines the step shows, in their own words', () => {
		const e = legendFor({ layers: ['lines', 'places'], show: ['nosappu-gap', 'cape-nosappu'], highlight: ['cape-nosappu'] }, lines, islands);
		expect(e.map((x) => x.label)).toEqual(['Place in the story', 'Place in focus in this step', 'Shortest gap: 3.7 km']);
	});
	it('is empty when the step shows only the basemap', () => {
		expect(legendFor({ layers: [], show: [], highlight: [] }, lines, islands)).toEqual([]);
	});
});
