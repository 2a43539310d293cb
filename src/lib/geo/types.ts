// The shared shape of every geo/ layer: typed GeoJSON features whose properties carry all a story step or popup needs.
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** The four disputed islands / island groups. */
export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

/** Places every story needs; the data may hold more. */
export const REQUIRED_PLACE_IDS = [
	'tokyo',
	'nagato',
	'danang',
	'moscow',
	'iturup-airport',
	'aegis-akita',
	'aegis-yamaguchi',
	'cape-nosappu'
] as const;

/** Context lines. */
export const REQUIRED_LINE_IDS = ['shimoda-1855', 'nosappu-gap'] as const;

/** Story layers a step can show (each is one committed file geo/<layer>.geojson). */
export const STORY_LAYER_IDS = ['islands', 'hokkaido', 'places', 'lines'] as const;
export type StoryLayerId = (typeof STORY_LAYER_IDS)[number];

/** Basemap layers, always drawn under the story layers. */
export const BASEMAP_LAYER_IDS = ['land', 'borders', 'world'] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

export type NamingMode = 'ja' | 'ru' | 'both';
export const NAMING_MODES: readonly NamingMode[] = ['both', 'ja', 'ru'];

/**
 * Names of a feature in every convention. For undisputed places several are equal.
 * `label_*` are precomputed by geo/build.ts (via namesFor) so MapLibre can read them with ['get', 'label_ru'].
 */
export interface NameProperties {
	name_en: string;
	name_ja: string; // romaji, e.g. "Etorofu"
	name_ja_native: string; // kanji/kana, e.g. "択捉島"
	name_ru: string; // Latin transliteration, e.g. "Iturup"
	name_ru_native: string; // Cyrillic, e.g. "Итуруп"
	label_ja: string;
	label_ru: string;
	label_both: string; // e.g. "Iturup / Etorofu"
}

export interface Source {
	title: string;
	url?: string;
	publisher?: string;
	accessed?: string; // ISO date the source was read
}

export interface IslandProperties extends NameProperties {
	id: IslandId;
	kind: 'island';
	administered_by: string; // "Russia"
	administered_as: string; // e.g. "Kurilsky District, Sakhalin Oblast"
	claimed_by: string; // "Japan"
	claimed_as: string; // e.g. "Etorofu, Nemuro Subprefecture, Hokkaido"
	area_km2: number; // computed with @turf/area from this geometry, rounded to 1 decimal
	area_official_km2: number;
	area_official_source: Source;
	outline_source: string; // which dataset the outline comes from
	description: string;
}

export interface HokkaidoProperties extends NameProperties {
	id: 'hokkaido';
	kind: 'region';
	description: string;
	outline_source: string;
}

export type PlaceRegion = 'japan' | 'russia' | 'vietnam' | 'disputed';

export interface PlaceProperties extends NameProperties {
	id: string;
	kind: 'place';
	region: PlaceRegion; // where the point must lie (checked by the validator)
	description: string; // one line
	date: string | null; // ISO date (YYYY-MM-DD or YYYY-MM) where one applies
	source: Source;
}

export interface LineProperties extends NameProperties {
	id: string;
	kind: 'line';
	description: string;
	date: string | null;
	length_km: number | null; // computed with Turf where the length is the point (the Nosappu gap)
	source: Source;
}

export type IslandFeature = Feature<Polygon | MultiPolygon, IslandProperties>;
export type HokkaidoFeature = Feature<Polygon | MultiPolygon, HokkaidoProperties>;
export type PlaceFeature = Feature<Point, PlaceProperties>;
export type LineFeature = Feature<LineString | MultiLineString, LineProperties>;
export type StoryFeature = IslandFeature | HokkaidoFeature | PlaceFeature | LineFeature;

export type IslandCollection = FeatureCollection<Polygon | MultiPolygon, IslandProperties>;
export type HokkaidoCollection = FeatureCollection<Polygon | MultiPolygon, HokkaidoProperties>;
export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;
export type LineCollection = FeatureCollection<LineString | MultiLineString, LineProperties>;

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Where the disputed islands must lie: the sea between Hokkaido and Urup. */
export const ISLANDS_BBOX: BBox = [145.0, 43.0, 149.0, 46.0];
/** Where every camera target and place must lie: from Moscow to Danang and the Kurils. */
export const STORY_BBOX: BBox = [30.0, 5.0, 160.0, 62.0];
/** The detailed basemap (10m land and borders) covers this box; outside it the 50m world layer is drawn. */
export const DETAIL_BBOX: BBox = [125.0, 28.0, 160.0, 52.0];
