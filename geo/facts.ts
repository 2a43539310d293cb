// The hand-entered facts geo/build.ts merges with geometry: names, administration and claims, places, lines, sources.
import type { IslandId, PlaceRegion, Source } from '../src/lib/geo/types';
import type { LineStyleId } from '../src/lib/map/layerRegistry';

/** The day the sources below were read. */
export const ACCESSED = '2026-11-28';

/** The January 2018 report that named both Aegis Ashore candidate sites. */
const AEGIS_SITES_REPORT = {
	title: '<地上イージス>新屋は学校・住宅地に隣接 山口は山の中に',
	url: 'http://www.sakigake.jp/news/article/20180123AK0011/',
	publisher: 'Akita Sakigake Shimpo',
	accessed: ACCESSED
};

/** Names of a feature in every convention; build.ts adds the label_* fields with labelFor. */
export interface Names {
	name_en: string;
	name_ja: string;
	name_ja_native: string;
	name_ru: string;
	name_ru_native: string;
}

export interface IslandFacts extends Names {
	administered_by: string;
	administered_as: string;
	claimed_by: string;
	claimed_as: string;
	area_official_km2: number;
	description: string;
}

/** Japan's Foreign Ministry's table of island areas (GSI 2020 survey, rounded to whole km²). */
export const MOFA_AREAS: Source = {
	title: 'Information about the Northern Territories (area table)',
	url: 'https://www.mofa.go.jp/erp/rss/northern/page1we_000017.html',
	publisher: 'Ministry of Foreign Affairs of Japan',
	accessed: ACCESSED
};

export const ISLAND_FACTS: Record<IslandId, IslandFacts> = {
	iturup: {
		name_en: 'Iturup / Etorofu',
		name_ja: 'Etorofu',
		name_ja_native: '択捉島',
		name_ru: 'Iturup',
		name_ru_native: 'Итуруп',
		administered_by: 'Russia',
		administered_as: 'Kurilsky District, Sakhalin Oblast',
		claimed_by: 'Japan',
		claimed_as: 'Etorofu Island (Etorofu, Shana and Shibetoro districts), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 3168,
		description: 'The largest of the four islands, about 200 km long; administered by Russia and claimed by Japan.'
	},
	kunashir: {
		name_en: 'Kunashir / Kunashiri',
		name_ja: 'Kunashiri',
		name_ja_native: '国後島',
		name_ru: 'Kunashir',
		name_ru_native: 'Кунашир',
		administered_by: 'Russia',
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin Oblast',
		claimed_by: 'Japan',
		claimed_as: 'Kunashiri Island (Kunashiri District), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 1490,
		description: 'The island nearest Hokkaido, 16 km off the Notsuke peninsula; administered by Russia and claimed by Japan.'
	},
	shikotan: {
		name_en: 'Shikotan',
		name_ja: 'Shikotan',
		name_ja_native: '色丹島',
		name_ru: 'Shikotan',
		name_ru_native: 'Шикотан',
		administered_by: 'Russia',
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin Oblast',
		claimed_by: 'Japan',
		claimed_as: 'Shikotan Island (Shikotan District), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 251,
		description: 'A hilly island north-east of the Habomai islets; administered by Russia and claimed by Japan.'
	},
	habomai: {
		name_en: 'Habomai Islands',
		name_ja: 'Habomai',
		name_ja_native: '歯舞群島',
		name_ru: 'Khabomai',
		name_ru_native: 'Хабомаи',
		administered_by: 'Russia',
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin Oblast (part of the Lesser Kuril Chain)',
		claimed_by: 'Japan',
		claimed_as: 'Habomai Islands (part of Nemuro City), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 95,
		description:
			'Low islets from 3.7 km off Cape Nosappu: Suisho/Tanfilyeva, Yuri/Yurii, Akiyuri/Anuchina, Shibotsu/Zelyony, Taraku/Polonsky and rocks such as Kaigara/Signalny; administered by Russia and claimed by Japan.'
	}
};

export const HOKKAIDO_FACTS: Names & { description: string } = {
	name_en: 'Hokkaido',
	name_ja: 'Hokkaido',
	name_ja_native: '北海道',
	name_ru: 'Hokkaido',
	name_ru_native: 'Хоккайдо',
	description: "Japan's northernmost main island; its Nemuro Subprefecture faces the four islands across the Nemuro Strait."
};

export interface PlaceFacts extends Names {
	id: string;
	region: PlaceRegion;
	/** [longitude, latitude], WGS 84; where each comes from is in geo/SOURCES.md. */
	coordinates: [number, number];
	description: string;
	date: string | null;
	source: Source;
}

export const PLACE_FACTS: PlaceFacts[] = [
	{
		id: 'tokyo',
		name_en: 'Tokyo',
		name_ja: 'Tokyo',
		name_ja_native: '東京',
		name_ru: 'Tokyo',
		name_ru_native: 'Токио',
		region: 'japan',
		coordinates: [139.749, 35.674],
		description: "Tokyo, where Foreign Ministers Taro Kono and Sergey Lavrov met on 21 March 2018; the point is Japan's Foreign Ministry at Kasumigaseki.",
		date: '2018-03-21',
		source: {
			title: 'Japan-Russia Foreign Ministers’ Meeting (March 21, 2018)',
			url: 'https://www.mofa.go.jp/erp/rss/northern/page11e_000029.html',
			publisher: 'Ministry of Foreign Affairs of Japan',
			accessed: ACCESSED
		}
	},
	{
		id: 'nagato',
		name_en: 'Nagato',
		name_ja: 'Nagato',
		name_ja_native: '長門',
		name_ru: 'Nagato',
		name_ru_native: 'Нагато',
		region: 'japan',
		coordinates: [131.179, 34.3245],
		description: 'Nagato Yumoto Onsen, Yamaguchi, where Shinzo Abe hosted Vladimir Putin at the Otani Sanso ryokan on 15 December 2016.',
		date: '2016-12-15',
		source: {
			title: "Prime Minister's Diary: Japan-Russia Summit Meeting (Highlighting Japan, January 2017)",
			url: 'https://www.gov-online.go.jp/eng/publicity/book/hlj/html/201701/201701_00_en.html',
			publisher: 'Government of Japan',
			accessed: ACCESSED
		}
	},
	{
		id: 'danang',
		name_en: 'Da Nang',
		name_ja: 'Da Nang',
		name_ja_native: 'ダナン',
		name_ru: 'Da Nang',
		name_ru_native: 'Дананг',
		region: 'vietnam',
		coordinates: [108.3055, 16.12],
		description:
			'Da Nang, Vietnam, host of the APEC 2017 leaders’ week, where Abe and Putin met on 10 November 2017; the point is the leaders’ meeting venue on the Son Tra peninsula.',
		date: '2017-11-10',
		source: {
			title: 'APEC Economic Leaders’ Meeting and Other Events: First Day',
			url: 'http://japan.kantei.go.jp/98_abe/actions/201711/10article1.html',
			publisher: 'Prime Minister of Japan and His Cabinet',
			accessed: ACCESSED
		}
	},
	{
		id: 'moscow',
		name_en: 'Moscow',
		name_ja: 'Moscow',
		name_ja_native: 'モスクワ',
		name_ru: 'Moscow',
		name_ru_native: 'Москва',
		region: 'russia',
		coordinates: [37.61778, 55.75167],
		description: 'The Kremlin, Moscow, seat of the Russian president.',
		date: null,
		source: {
			title: 'Moscow Kremlin',
			url: 'https://simple.wikipedia.org/wiki/Moscow_Kremlin',
			publisher: 'Wikipedia',
			accessed: ACCESSED
		}
	},
	{
		id: 'iturup-airport',
		name_en: 'Iturup airport (Yasny)',
		name_ja: 'Etorofu airport',
		name_ja_native: '択捉島の空港（ヤースヌイ空港）',
		name_ru: 'Yasny airport',
		name_ru_native: 'Аэропорт Ясный',
		region: 'disputed',
		coordinates: [147.95583, 45.25639],
		description:
			'Civil airport on Iturup/Etorofu opened in 2014; a Russian government order of 30 January 2018 added it to the airfields shared with the Defence Ministry.',
		date: '2018-01-30',
		source: {
			title: 'Peskov refers to govt question on stationing of military aircraft on Iturup Island',
			url: 'https://interfax.com/newsroom/top-stories/24928/',
			publisher: 'Interfax',
			accessed: ACCESSED
		}
	},
	{
		id: 'aegis-akita',
		name_en: 'Araya training area, Akita',
		name_ja: 'Araya training area, Akita',
		name_ja_native: '陸上自衛隊新屋演習場（秋田市）',
		name_ru: 'Araya training area, Akita',
		name_ru_native: 'Полигон Арая (Акита)',
		region: 'japan',
		coordinates: [140.062, 39.711],
		description: 'Ground Self-Defense Force training area on the coast of Akita city, reported in January 2018 as one of two candidate sites for Aegis Ashore.',
		date: '2018-01',
		source: AEGIS_SITES_REPORT
	},
	{
		id: 'aegis-yamaguchi',
		name_en: 'Mutsumi training area, Yamaguchi',
		name_ja: 'Mutsumi training area, Yamaguchi',
		name_ja_native: '陸上自衛隊むつみ演習場（萩市・阿武町）',
		name_ru: 'Mutsumi training area, Yamaguchi',
		name_ru_native: 'Полигон Муцуми (Ямагути)',
		region: 'japan',
		coordinates: [131.585, 34.44],
		description:
			'Ground Self-Defense Force training area in the hills of Hagi and Abu, Yamaguchi, reported in January 2018 as the other candidate site for Aegis Ashore.',
		date: '2018-01',
		source: AEGIS_SITES_REPORT
	},
	{
		id: 'cape-nosappu',
		name_en: 'Cape Nosappu',
		name_ja: 'Cape Nosappu',
		name_ja_native: '納沙布岬',
		name_ru: 'Cape Nosappu',
		name_ru_native: 'Мыс Носаппу',
		region: 'japan',
		coordinates: [145.81722, 43.38528],
		description: "The easternmost point of Hokkaido's main island, 3.7 km from Kaigara/Signalny rock, the nearest of the Habomai islets.",
		date: null,
		source: {
			title: 'Islands of the Northern Territories',
			url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
			publisher: 'Northern Territories Issue Association',
			accessed: ACCESSED
		}
	}
];

export interface LineFacts extends Names {
	id: string;
	/** How the map draws it: a key of LINE_STYLES (src/lib/map/layerRegistry.ts). */
	style: LineStyleId;
	description: string;
	date: string | null;
	source: Source;
}

export const SHIMODA_LINE: LineFacts = {
	id: 'shimoda-1855',
	style: 'treaty-border',
	name_en: 'Treaty of Shimoda boundary (1855)',
	name_ja: 'Nichiro Washin Jōyaku no kokkyō',
	name_ja_native: '日露和親条約の国境',
	name_ru: 'Granitsa po Simodskomu traktatu',
	name_ru_native: 'Граница по Симодскому трактату',
	description:
		'The 1855 Treaty of Commerce, Navigation and Delimitation (Shimoda) put the Japan–Russia boundary between Etorofu/Iturup and Uruppu/Urup; drawn here down the middle of the strait between them.',
	date: '1855-02-07',
	source: {
		title: 'Northern Territories Issue',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		accessed: ACCESSED
	}
};

export const NOSAPPU_GAP_LINE: LineFacts = {
	id: 'nosappu-gap',
	style: 'measured-gap',
	name_en: 'Cape Nosappu to Kaigara/Signalny rock',
	name_ja: 'Nosappu-misaki – Kaigara-jima',
	name_ja_native: '納沙布岬–貝殻島',
	name_ru: 'Mys Nosappu – ostrov Signalny',
	name_ru_native: 'Мыс Носаппу – остров Сигнальный',
	description: 'The shortest stretch of sea between Hokkaido and the Habomai islets, measured on this map’s outlines.',
	date: null,
	source: {
		title: 'Islands of the Northern Territories',
		url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
		publisher: 'Northern Territories Issue Association',
		accessed: ACCESSED
	}
};

/** Kaigara/Signalny rock's light, as charted (43°23.8′N 145°51.5′E); see SOURCES.md for why the rock is drawn from it. */
export const KAIGARA_LIGHT: [number, number] = [145.85833, 43.39667];
