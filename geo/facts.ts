// The hand-entered facts geo/build.ts merges with geometry: who administers and who claims each island, the official
// areas, each place's point and date, each line's style and date, and the source (a key of the story's sources.yaml)
// for each. The words (names, descriptions, treaties) are the story's: en/names.yaml, own-names.yaml, en/map.yaml.

/** The four disputed islands / island groups, as the story's layers name them. */
export const ISLAND_IDS = ['iturup', 'kunashir', 'shikotan', 'habomai'] as const;
export type IslandId = (typeof ISLAND_IDS)[number];

/** The story's parties (story.yaml `parties`): Russia administers the four islands, Japan claims them. */
const RUSSIA = 'ru';
const JAPAN = 'ja';

export interface IslandFacts {
	/** Party ids. */
	administered_by: string;
	claimed_by: string;
	/** Japan's Foreign Ministry's figure, whole km² (AREA_SOURCE). */
	area_official_km2: number;
}

/** Japan's Foreign Ministry's table of island areas (GSI 2020 survey, rounded to whole km²). */
export const AREA_SOURCE = 'mofaAreas';

export const ISLAND_FACTS: Record<IslandId, IslandFacts> = {
	iturup: { administered_by: RUSSIA, claimed_by: JAPAN, area_official_km2: 3168 },
	kunashir: { administered_by: RUSSIA, claimed_by: JAPAN, area_official_km2: 1490 },
	shikotan: { administered_by: RUSSIA, claimed_by: JAPAN, area_official_km2: 251 },
	habomai: { administered_by: RUSSIA, claimed_by: JAPAN, area_official_km2: 95 }
};

export interface PlaceFacts {
	id: string;
	/** [longitude, latitude], WGS 84; where each comes from is in geo/SOURCES.md. */
	coordinates: [number, number];
	/** The day (or month) of the story's event there; null for a place with no event of its own. */
	date: string | null;
	/** A key of sources.yaml. */
	source: string;
	/** The island the place lies on, for a place on one of the four (the validator checks it lies there). */
	on?: IslandId;
}

/**
 * The first press report that named both Aegis Ashore candidate training areas, Araya (Akita) and Mutsumi
 * (Yamaguchi), from officials: Akita Sakigake Shimpo, 17 November 2017 (its URL is .../20171117AK0006/). The Yomiuri
 * Shimbun had named the two prefectures by 12 November.
 */
const AEGIS_SITES_REPORT = 'sakigakeAegis2017';

/** Five of the largest US bases in Japan, north to south: each point from its own article (coordinates in SOURCES.md). */
const US_BASES: PlaceFacts[] = [
	{ id: 'misawa', coordinates: [141.36833, 40.70333], date: null, source: 'misawaPlace' },
	{ id: 'yokota', coordinates: [139.34861, 35.74861], date: null, source: 'yokotaPlace' },
	{ id: 'yokosuka', coordinates: [139.67139, 35.29333], date: null, source: 'yokosukaPlace' },
	{ id: 'iwakuni', coordinates: [132.24417, 34.145], date: null, source: 'iwakuniPlace' },
	{ id: 'kadena', coordinates: [127.7675, 26.35556], date: null, source: 'kadenaPlace' }
];

export const PLACE_FACTS: PlaceFacts[] = [
	// Japan's Foreign Ministry at Kasumigaseki, where Kono and Lavrov met.
	{ id: 'tokyo', coordinates: [139.749, 35.674], date: '2018-03-21', source: 'mofaFm20180321' },
	// Nagato Yumoto Onsen, where Abe hosted Putin at the Otani Sanso ryokan.
	{ id: 'nagato', coordinates: [131.179, 34.3245], date: '2016-12-15', source: 'nagatoPlace' },
	// The APEC leaders' meeting venue on the Son Tra peninsula.
	{ id: 'danang', coordinates: [108.3055, 16.12], date: '2017-11-10', source: 'danangPlace' },
	// The Kremlin.
	{ id: 'moscow', coordinates: [37.61778, 55.75167], date: null, source: 'moscowPlace' },
	// Iturup (Yasny) airport: the government order of 30 January 2018 made it a shared civil and military airfield.
	{ id: 'iturup-airport', coordinates: [147.95583, 45.25639], date: '2018-01-30', source: 'interfaxIturup', on: 'iturup' },
	// The two Aegis Ashore candidate sites, on the day the press first named both.
	{ id: 'aegis-akita', coordinates: [140.062, 39.711], date: '2017-11-17', source: AEGIS_SITES_REPORT },
	{ id: 'aegis-yamaguchi', coordinates: [131.585, 34.44], date: '2017-11-17', source: AEGIS_SITES_REPORT },
	// The easternmost point of Hokkaido's main island; the source gives its 3.7 km to the nearest Habomai islet.
	{ id: 'cape-nosappu', coordinates: [145.81722, 43.38528], date: null, source: 'capeNosappuPlace' },
	...US_BASES
];

export interface LineFacts {
	id: string;
	/** How the map draws it: a key of story.yaml's map.layers.lines.styles. */
	style: string;
	/** When a border was drawn; null for a line no treaty or event drew. */
	date: string | null;
	/** A key of sources.yaml. */
	source: string;
}

/** 1855: the Treaty of Shimoda put the border between Iturup and Urup. */
export const SHIMODA_LINE: LineFacts = { id: 'shimoda-1855', style: 'border-1855', date: '1855-02-07', source: 'mofaTerritory' };

/** 1875: the Treaty of Saint Petersburg, Article 2 (the Joint Compendium both governments compiled in 1992). */
export const ST_PETERSBURG_LINE: LineFacts = { id: 'stpetersburg-1875', style: 'border-1875', date: '1875-05-07', source: 'jointCompendium1875' };

/** 1905: the Treaty of Portsmouth, Article IX: the 50th parallel across Sakhalin. */
export const PORTSMOUTH_LINE: LineFacts = { id: 'portsmouth-1905', style: 'border-1905', date: '1905-09-05', source: 'portsmouthText' };

/** 1945: the line Soviet forces held once the occupation of the four islands ended, on 5 September 1945. */
export const CONTROL_1945_LINE: LineFacts = { id: 'control-1945', style: 'control-1945', date: '1945-09-05', source: 'mofaTerritory' };

/** Cape Nosappu to the nearest Habomai rock, measured on this map's outlines (the source gives 3.7 km). */
export const NOSAPPU_GAP_LINE: LineFacts = { id: 'nosappu-gap', style: 'measured-gap', date: null, source: 'capeNosappuPlace' };

/** Kaigara/Signalny rock's light, as charted (43°23.8′N 145°51.5′E); see SOURCES.md for why the rock is drawn from it. */
export const KAIGARA_LIGHT: [number, number] = [145.85833, 43.39667];
