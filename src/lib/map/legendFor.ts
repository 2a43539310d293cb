// The legend as data, interpreted from the layer registry: one entry per thing the active step draws, in the map's
// own colours. Labels may hold name placeholders ({territories}); the story state renders them in the reader's mode.
import type { StoryLayerId } from '../geo/types';
import type { Messages } from '../i18n/en';
import { DRAW_ORDER, isShown, lineStyleOf, STORY_LAYERS, type MapScene } from './layerRegistry';

export interface LegendEntry {
	key: string;
	swatch: 'fill' | 'dot' | 'dash';
	color: string;
	outline?: string;
	label: string;
}

/** What the legend needs to know of a feature: its layer, its English name, and (for lines) its style. */
export interface LegendFeature {
	layer: StoryLayerId;
	name_en: string;
	style?: string;
}

export function legendFor(scene: MapScene, features: Readonly<Record<string, LegendFeature>>, words: Messages['legend']): LegendEntry[] {
	const entries: LegendEntry[] = [];
	const shown = (layer: StoryLayerId): string[] =>
		Object.entries(features)
			.filter(([id, f]) => f.layer === layer && isShown(layer, id, scene))
			.map(([id]) => id);
	for (const layer of DRAW_ORDER) {
		const def = STORY_LAYERS[layer];
		if (!scene.layers.includes(layer)) continue;
		const ids = shown(layer);
		if (ids.length === 0) continue;
		const rule = def.legend;
		const look = def.look;
		if (rule.kind === 'per-feature') {
			// In the step's own order, each in its own style.
			for (const id of scene.show.filter((x) => ids.includes(x)))
				entries.push({ key: `${layer}-${id}`, swatch: 'dash', color: lineStyleOf(features[id]!.style).color, label: features[id]!.name_en });
			continue;
		}
		const swatch = (highlight: boolean): Pick<LegendEntry, 'swatch' | 'color' | 'outline'> => {
			if (look.kind === 'area') {
				const h = highlight && look.highlight ? look.highlight : look;
				return { swatch: 'fill', color: h.fill, outline: h.outline };
			}
			if (look.kind === 'point') return { swatch: 'dot', color: highlight ? look.highlight.color : look.color };
			return { swatch: 'dash', color: lineStyleOf(undefined).color };
		};
		entries.push({ key: layer, ...swatch(false), label: words[rule.label] });
		if (rule.highlight && scene.highlight.some((id) => ids.includes(id)))
			entries.push({ key: `${layer}-highlight`, ...swatch(true), label: words[rule.highlight] });
	}
	return entries;
}
