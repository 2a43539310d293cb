// The hand-entered facts geo/build.ts merges with geometry: names, administration and claims, places, lines, sources.
import type { IslandId, PlaceRegion, Source } from '../src/lib/geo/types';
import type { LineStyleId } from '../src/lib/map/layerRegistry';

/** The day the sources below were read. */
export const ACCESSED = '2026-11-28';

/** The first press report that named both Aegis Ashore candidate training areas (16 November 2017, from officials). */
const AEGIS_SITES_REPORT = {
	title: '地上イージス、陸自新屋演習場とむつみ演習場に絞り込み (Aegis Ashore: narrowed to the GSDF Araya and Mutsumi training areas)',
	url: 'http://www.sakigake.jp/news/article/20171117AK0006/',
	publisher: 'Akita Sakigake Shimpo, 17 November 2017',
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
		administered_as: 'Kurilsky District, Sakhalin region',
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
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin region',
		claimed_by: 'Japan',
		claimed_as: 'Kunashiri Island (Kunashiri District), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 1490,
		description:
			'The second-largest of the four islands, 16 km across the Nemuro Strait from Hokkaido’s Notsuke peninsula at its nearest (the {habomai} islets are nearer Hokkaido); administered by Russia and claimed by Japan.'
	},
	shikotan: {
		name_en: 'Shikotan',
		name_ja: 'Shikotan',
		name_ja_native: '色丹島',
		name_ru: 'Shikotan',
		name_ru_native: 'Шикотан',
		administered_by: 'Russia',
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin region',
		claimed_by: 'Japan',
		claimed_as: 'Shikotan Island (Shikotan District), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 251,
		description: 'A hilly island about 73 km from Cape Nosappu, north-east of the {habomai} islets; administered by Russia and claimed by Japan.'
	},
	habomai: {
		name_en: 'Habomai Islands',
		name_ja: 'Habomai',
		name_ja_native: '歯舞群島',
		name_ru: 'Khabomai',
		name_ru_native: 'Хабомаи',
		administered_by: 'Russia',
		administered_as: 'Yuzhno-Kurilsky District, Sakhalin region (part of the Lesser Kuril Chain)',
		claimed_by: 'Japan',
		claimed_as: 'Habomai Islands (part of Nemuro City), Nemuro Subprefecture, Hokkaido',
		area_official_km2: 95,
		description:
			'Low islets and rocks starting 3.7 km off Cape Nosappu, the nearest of the four islands to Hokkaido: {suisho}, {yuri}, {akiyuri}, {shibotsu} and {taraku}, and rocks such as {nearest-islet}; administered by Russia and claimed by Japan.'
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

/** A US base in Japan, for the alliance step: where it is, and its own article for the coordinates. */
function usBase(id: string, name: string, ja: string, ru: string, coordinates: [number, number], what: string, article: string): PlaceFacts {
	return {
		id,
		name_en: name,
		name_ja: name,
		name_ja_native: ja,
		name_ru: name,
		name_ru_native: ru,
		region: 'japan',
		coordinates,
		description: what,
		date: null,
		source: {
			title: article.replaceAll('_', ' '),
			url: `https://en.wikipedia.org/wiki/${article}`,
			publisher: 'Wikipedia (infobox coordinates)',
			accessed: ACCESSED
		}
	};
}

/** Five of the largest US bases in Japan, north to south (coordinates in SOURCES.md). */
const US_BASES: PlaceFacts[] = [
	usBase(
		'misawa',
		'Misawa Air Base',
		'三沢基地',
		'Авиабаза Мисава',
		[141.36833, 40.70333],
		'A US Air Force base in Aomori Prefecture, northern Honshu.',
		'Misawa_Air_Base'
	),
	usBase(
		'yokota',
		'Yokota Air Base',
		'横田基地',
		'Авиабаза Йокота',
		[139.34861, 35.74861],
		'A US Air Force base in western Tokyo, home of the headquarters of US Forces Japan.',
		'Yokota_Air_Base'
	),
	usBase(
		'yokosuka',
		'Fleet Activities Yokosuka',
		'横須賀海軍施設',
		'Военно-морская база Йокосука',
		[139.67139, 35.29333],
		'The US Navy’s base at the mouth of Tokyo Bay, which serves the Seventh Fleet.',
		'United_States_Fleet_Activities_Yokosuka'
	),
	usBase(
		'iwakuni',
		'Marine Corps Air Station Iwakuni',
		'岩国飛行場',
		'Авиабаза Ивакуни',
		[132.24417, 34.145],
		'A US Marine Corps air station in Yamaguchi Prefecture, western Honshu.',
		'Marine_Corps_Air_Station_Iwakuni'
	),
	usBase('kadena', 'Kadena Air Base', '嘉手納基地', 'Авиабаза Кадена', [127.7675, 26.35556], 'A US Air Force base on Okinawa.', 'Kadena_Air_Base')
];

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
		name_en: '{iturup} airport (Yasny)',
		name_ja: 'Etorofu airport',
		name_ja_native: '択捉島の空港（ヤースヌイ空港）',
		name_ru: 'Yasny airport',
		name_ru_native: 'Аэропорт Ясный',
		region: 'disputed',
		coordinates: [147.95583, 45.25639],
		description:
			'Civil airport on {iturup}, opened in 2014; a Russian government order of 30 January 2018 added it to the airfields shared with the Defence Ministry.',
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
		description:
			'A training area of the Ground Self-Defense Force (Japan’s army) on the coast of Akita city. The press reported it as one of two candidate Aegis Ashore sites from November 2017; the Defence Ministry named it in 2018.',
		date: '2017-11',
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
			'A training area of the Ground Self-Defense Force (Japan’s army) in the hills of Hagi and Abu, Yamaguchi. The press reported it as the other candidate Aegis Ashore site from November 2017; the Defence Ministry named it in 2018.',
		date: '2017-11',
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
		description: "The easternmost point of Hokkaido's main island, 3.7 km from {nearest-islet} rock, the nearest of the {habomai} islets.",
		date: null,
		source: {
			title: 'Islands of the Northern Territories',
			url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
			publisher: 'Northern Territories Issue Association',
			accessed: ACCESSED
		}
	},
	...US_BASES
];

export interface LineFacts extends Names {
	id: string;
	/** How the map draws it: a key of LINE_STYLES (src/lib/map/layerRegistry.ts). */
	style: LineStyleId;
	description: string;
	date: string | null;
	/** The treaty (or, for 1945, the event) that drew a border; null for a line no treaty drew. */
	treaty: string | null;
	source: Source;
}

export const SHIMODA_LINE: LineFacts = {
	id: 'shimoda-1855',
	style: 'border-1855',
	name_en: 'Treaty of Shimoda boundary (1855)',
	name_ja: 'Nichiro Washin Jōyaku no kokkyō',
	name_ja_native: '日露和親条約の国境',
	name_ru: 'Granitsa po Simodskomu traktatu',
	name_ru_native: 'Граница по Симодскому трактату',
	description:
		'The 1855 Treaty of Shimoda put the first Japan–Russia border between {iturup} and Urup (Uruppu in Japanese): the islands to the south Japanese, Urup and those to the north Russian. Drawn here down the middle of the strait between them.',
	date: '1855-02-07',
	treaty: 'Treaty of Commerce, Navigation and Delimitation between Japan and Russia (Treaty of Shimoda)',
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
	name_en: 'Cape Nosappu to {nearest-islet} rock',
	name_ja: 'Nosappu-misaki – Kaigara-jima',
	name_ja_native: '納沙布岬–貝殻島',
	name_ru: 'Mys Nosappu – ostrov Signalny',
	name_ru_native: 'Мыс Носаппу – остров Сигнальный',
	description: 'The shortest stretch of sea between Hokkaido and the {habomai} islets, measured on this map’s outlines.',
	date: null,
	treaty: null,
	source: {
		title: 'Islands of the Northern Territories',
		url: 'https://www.hoppou.go.jp/en/problem-info/know/islands-outline.html',
		publisher: 'Northern Territories Issue Association',
		accessed: ACCESSED
	}
};

/** Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia (1992), compiled by both governments. */
const JOINT_COMPENDIUM_1875: Source = {
	title:
		'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia: II. Period before 1905 (Treaty of Saint Petersburg, Article 2)',
	url: 'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period2.html',
	publisher: 'Ministries of Foreign Affairs of Japan and Russia (1992), via Ministry of Foreign Affairs of Japan',
	accessed: ACCESSED
};

export const ST_PETERSBURG_LINE: LineFacts = {
	id: 'stpetersburg-1875',
	style: 'border-1875',
	name_en: 'Treaty of Saint Petersburg border (1875)',
	name_ja: 'Karafuto-Chishima Kōkan Jōyaku no kokkyō',
	name_ja_native: '樺太・千島交換条約の国境',
	name_ru: 'Granitsa po Peterburgskomu dogovoru',
	name_ru_native: 'Граница по Петербургскому договору',
	description:
		'The 1875 Treaty of Saint Petersburg gave Japan the eighteen Kuril islands from Shumshu to Urup and Russia the whole of Sakhalin; the border ran through the strait between Cape Lopatka, on Kamchatka, and Shumshu. Drawn here down the middle of that strait.',
	date: '1875-05-07',
	treaty: 'Treaty of Saint Petersburg (the exchange of Sakhalin for the Kuril Islands)',
	source: JOINT_COMPENDIUM_1875
};

export const PORTSMOUTH_LINE: LineFacts = {
	id: 'portsmouth-1905',
	style: 'border-1905',
	name_en: 'Treaty of Portsmouth border (1905): the 50th parallel',
	name_ja: 'Pōtsumasu Jōyaku no kokkyō (hokui 50-do)',
	name_ja_native: 'ポーツマス条約の国境（北緯50度）',
	name_ru: 'Granitsa po Portsmutskomu dogovoru (50-ya parallel)',
	name_ru_native: 'Граница по Портсмутскому договору (50-я параллель)',
	description:
		'After the Russo-Japanese War, the 1905 Treaty of Portsmouth ceded southern Sakhalin to Japan, with the 50th parallel north as its northern border; the Kurils stayed Japanese. Drawn here along 50°N from coast to coast.',
	date: '1905-09-05',
	treaty: 'Treaty of Portsmouth (Article IX)',
	source: {
		title: 'Treaty of Portsmouth (text, Article IX)',
		url: 'https://en.wikisource.org/wiki/Treaty_of_Portsmouth',
		publisher: 'Wikisource',
		accessed: ACCESSED
	}
};

export const CONTROL_1945_LINE: LineFacts = {
	id: 'control-1945',
	style: 'control-1945',
	name_en: 'Line of Soviet control since 1945',
	name_ja: 'Soren no senryō-sen (1945-nen)',
	name_ja_native: 'ソ連の占領線（1945年）',
	name_ru: 'Gosudarstvennaya granitsa (s 1945 goda)',
	name_ru_native: 'Государственная граница (с 1945 года)',
	description:
		'The line Soviet forces held after occupying southern Sakhalin, the Kurils and, from 28 August to 5 September 1945, the four islands; Russia administers everything north and east of it today. Russia regards it as its state border, settled by the war; Japan does not accept it where it runs between Hokkaido and the four islands. Drawn here down the middle of the straits: it is not an agreed or surveyed line.',
	date: '1945-09-05',
	treaty: 'None: the Soviet occupation of August–September 1945 (Russia cites the Yalta agreement and the outcome of the war)',
	source: {
		title: 'Northern Territories Issue',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html',
		publisher: 'Ministry of Foreign Affairs of Japan',
		accessed: ACCESSED
	}
};

/** Kaigara/Signalny rock's light, as charted (43°23.8′N 145°51.5′E); see SOURCES.md for why the rock is drawn from it. */
export const KAIGARA_LIGHT: [number, number] = [145.85833, 43.39667];
