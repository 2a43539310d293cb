// What a popup says about a feature: both sides' names, who administers and who claims, figures, dates, sources.
import type { Feature } from 'geojson';
import type { Source, StoryLayerId } from './types';

export interface FeatureInfo {
	id: string;
	/** The story layer (and MapLibre source) that holds it. */
	layer: StoryLayerId;
	kind: 'island' | 'region' | 'place' | 'line';
	name_en: string;
	name_ja: string;
	name_ja_native: string;
	name_ru: string;
	name_ru_native: string;
	label_ja: string;
	label_ru: string;
	label_both: string;
	description: string;
	administered_by?: string;
	administered_as?: string;
	claimed_by?: string;
	claimed_as?: string;
	area_km2?: number;
	area_official_km2?: number;
	area_official_source?: Source;
	date?: string | null;
	length_km?: number | null;
	/** Borders: the treaty (or event) that drew them. */
	treaty?: string | null;
	source?: Source;
	outline_source?: string;
	/** Lines: how it is drawn (layerRegistry.ts LINE_STYLES). */
	style?: string;
	/** Where a popup opened from the keyboard points. */
	anchor: [number, number];
}

const KEYS = [
	'name_en',
	'name_ja',
	'name_ja_native',
	'name_ru',
	'name_ru_native',
	'label_ja',
	'label_ru',
	'label_both',
	'description',
	'administered_by',
	'administered_as',
	'claimed_by',
	'claimed_as',
	'area_km2',
	'area_official_km2',
	'area_official_source',
	'date',
	'length_km',
	'treaty',
	'source',
	'outline_source',
	'style'
] as const;

/** Copies the popup's fields out of a validated geo/ feature (and nothing else: popups get no free-form HTML). */
export function featureInfo(feature: Feature, layer: StoryLayerId, anchor: [number, number]): FeatureInfo {
	const p = (feature.properties ?? {}) as Record<string, unknown>;
	const info: Record<string, unknown> = { id: String(p.id), layer, kind: p.kind, anchor };
	for (const key of KEYS) if (p[key] !== undefined) info[key] = p[key];
	return info as unknown as FeatureInfo;
}
