// The key as data, interpreted from the story's layer declarations: one entry per thing the active step draws, in the
// map's own colours. Labels come from the story's words (map.yaml legend) and may hold name placeholders
// ({placeholders}); the caller renders them in the reader's naming mode.
import type { StoryMapConfig } from '../story/model';
import { isShown, lineStyleOf, type MapScene } from './layerRegistry';

export interface LegendEntry {
	key: string;
	swatch: 'fill' | 'dot' | 'dash';
	color: string;
	outline?: string;
	label: string;
}

/** What the key needs to know of a feature: its layer, what it is called (lines), and how it is drawn (lines). */
export interface LegendFeature {
	layer: string;
	title?: string;
	style?: string;
}

export function legendFor(
	scene: MapScene,
	config: StoryMapConfig,
	features: Readonly<Record<string, LegendFeature>>,
	words: Readonly<Record<string, string>>
): LegendEntry[] {
	const entries: LegendEntry[] = [];
	for (const layer of config.layers) {
		if (!scene.layers.includes(layer.id) || layer.legend === 'none') continue;
		const ids = Object.entries(features)
			.filter(([id, f]) => f.layer === layer.id && isShown(config, layer.id, id, scene))
			.map(([id]) => id);
		if (ids.length === 0) continue;
		if (layer.legend === 'per-feature') {
			// In the step's own order (a whole layer: in the data's), each in its own style.
			const order = layer.shows === 'listed' ? scene.show.filter((x) => ids.includes(x)) : ids;
			for (const id of order) {
				const f = features[id]!;
				const look = layer.look;
				const swatch =
					layer.geometry === 'line'
						? { swatch: 'dash' as const, color: lineStyleOf(layer, f.style).color }
						: 'fill' in look
							? { swatch: 'fill' as const, color: look.fill, outline: look.outline }
							: { swatch: 'dot' as const, color: 'color' in look ? look.color : '#000000' };
				entries.push({ key: `${layer.id}-${id}`, ...swatch, label: f.title ?? id });
			}
			continue;
		}
		const look = layer.look;
		const swatch = (highlight: boolean): Pick<LegendEntry, 'swatch' | 'color' | 'outline'> => {
			if ('fill' in look) {
				const h = highlight && look.highlight ? look.highlight : look;
				return { swatch: 'fill', color: h.fill, outline: h.outline };
			}
			if ('ring' in look) return { swatch: 'dot', color: highlight ? look.highlight.color : look.color };
			return { swatch: 'dash', color: lineStyleOf(layer, undefined).color };
		};
		entries.push({ key: layer.id, ...swatch(false), label: words[layer.id] ?? layer.id });
		const highlightLabel = words[`${layer.id}-highlight`];
		if (highlightLabel && scene.highlight.some((id) => ids.includes(id)))
			entries.push({ key: `${layer.id}-highlight`, ...swatch(true), label: highlightLabel });
	}
	return entries;
}
