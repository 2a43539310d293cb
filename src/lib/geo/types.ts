// The shared shape of every geo/ layer: typed GeoJSON features whose properties carry all a story step or popup needs.
// The properties' types are inferred from their schemas (featureSchemas.ts).
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type * as v from 'valibot';
import type { HokkaidoPropertiesSchema, IslandPropertiesSchema, LinePropertiesSchema, PlacePropertiesSchema, SourceSchema } from './featureSchemas';

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
	'cape-nosappu',
	'misawa',
	'yokota',
	'yokosuka',
	'iwakuni',
	'kadena'
] as const;

/** Context lines. */
export const REQUIRED_LINE_IDS = ['shimoda-1855', 'stpetersburg-1875', 'portsmouth-1905', 'control-1945', 'nosappu-gap'] as const;

/** Story layers a step can show (each is one committed file geo/<layer>.geojson). */
export const STORY_LAYER_IDS = ['islands', 'hokkaido', 'places', 'lines'] as const;
export type StoryLayerId = (typeof STORY_LAYER_IDS)[number];

/** The features each story layer must hold: what every story may rely on (the data may hold more). */
export const REQUIRED_IDS: Readonly<Record<StoryLayerId, readonly string[]>> = {
	islands: ISLAND_IDS,
	hokkaido: ['hokkaido'],
	places: REQUIRED_PLACE_IDS,
	lines: REQUIRED_LINE_IDS
};

/** Basemap layers, always drawn under the story layers. */
export const BASEMAP_LAYER_IDS = ['land', 'borders', 'world'] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

export type NamingMode = 'ja' | 'ru' | 'both';
export const NAMING_MODES: readonly NamingMode[] = ['both', 'ja', 'ru'];

export type PlaceRegion = (typeof PLACE_REGIONS)[number];
/** Where a place must lie (validateGeo checks it against the islands and src/lib/geo/regionBoxes.ts). */
export const PLACE_REGIONS = ['japan', 'russia', 'vietnam', 'disputed'] as const;

/** Where a fact comes from (the schema is SourceSchema in featureSchemas.ts). */
export type Source = v.InferOutput<typeof SourceSchema>;
/** The names every story feature carries, in every convention. */
export type NameProperties = Pick<
	PlaceProperties,
	'name_en' | 'name_ja' | 'name_ja_native' | 'name_ru' | 'name_ru_native' | 'label_ja' | 'label_ru' | 'label_both'
>;
export type IslandProperties = v.InferOutput<typeof IslandPropertiesSchema>;
export type HokkaidoProperties = v.InferOutput<typeof HokkaidoPropertiesSchema>;
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;
export type LineProperties = v.InferOutput<typeof LinePropertiesSchema>;

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
