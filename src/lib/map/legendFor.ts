// The legend as data: one entry per thing the active step draws, in the map's own colours.
// Labels may hold name placeholders ({territories}); the page renders them in the reader's naming mode.
import type { StoryLayerId } from '../geo/types';
import { PALETTE } from './mapPalette';

export interface LegendEntry {
	key: string;
	swatch: 'fill' | 'dot' | 'line' | 'dash';
	color: string;
	outline?: string;
	label: string;
}

export interface LegendInput {
	layers: readonly StoryLayerId[];
	show: readonly string[];
	highlight: readonly string[];
}

/** Per-line legend wording comes from the data (lines.geojson names), keyed by feature id. */
export function legendFor(scene: LegendInput, lineNames: Readonly<Record<string, string>>, islandIds: readonly string[]): LegendEntry[] {
	const entries: LegendEntry[] = [];
	if (scene.layers.includes('hokkaido')) {
		entries.push({ key: 'hokkaido', swatch: 'fill', color: PALETTE.hokkaido, outline: PALETTE.hokkaidoOutline, label: 'Hokkaido: Japan, undisputed' });
	}
	if (scene.layers.includes('islands')) {
		entries.push({
			key: 'islands',
			swatch: 'fill',
			color: PALETTE.island,
			outline: PALETTE.islandOutline,
			label: 'Disputed islands, {territories}: administered by Russia, claimed by Japan'
		});
		if (scene.highlight.some((id) => islandIds.includes(id))) {
			entries.push({
				key: 'islands-highlight',
				swatch: 'fill',
				color: PALETTE.islandHighlight,
				outline: PALETTE.islandHighlightOutline,
				label: 'Disputed island in focus in this step'
			});
		}
	}
	if (scene.layers.includes('places') && scene.show.some((id) => !(id in lineNames) && !islandIds.includes(id))) {
		entries.push({ key: 'places', swatch: 'dot', color: PALETTE.place, label: 'Place in the story' });
		if (scene.highlight.some((id) => !(id in lineNames) && !islandIds.includes(id) && scene.show.includes(id))) {
			entries.push({ key: 'places-highlight', swatch: 'dot', color: PALETTE.placeHighlight, label: 'Place in focus in this step' });
		}
	}
	if (scene.layers.includes('lines')) {
		for (const id of scene.show) {
			const name = lineNames[id];
			if (name === undefined) continue;
			entries.push({ key: `line-${id}`, swatch: 'dash', color: id === 'nosappu-gap' ? PALETTE.gapLine : PALETTE.shimodaLine, label: name });
		}
	}
	return entries;
}
