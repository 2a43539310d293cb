// Every source the story cites, once, by a short key: the structure (story.ts) lists a step's keys, and each
// language's text (text/*.ts) says what each supports there.
import type { Source } from '../geo/types';

/** When the sources were read for this story. */
export const ACCESSED = '2026-11-28';

/** The column the story follows. */
export const ARTICLE = {
	title: 'Chilly relations prevents inking of Japan-Russia peace treaty',
	headline: 'Chilly relations prevents inking of Japan-Russia peace treaty',
	author: 'Cai Hong',
	publisher: 'China Daily',
	published: '2018-03-26',
	url: 'http://www.chinadaily.com.cn/a/201803/26/WS5ab83731a3105cdcf6514249.html',
	accessed: ACCESSED
} as const;

type SourceEntry = Omit<Source, 'accessed'>;

/**
 * URLs are given only where a copy of the page was found and read; otherwise title and publisher only.
 * Titles in brackets are descriptive, where the page's own headline could not be confirmed.
 */
export const SOURCES = {
	article: { title: ARTICLE.title, publisher: `${ARTICLE.publisher}, ${ARTICLE.author}, 26 March 2018`, url: ARTICLE.url },

	// Lavrov in Tokyo, March 2018
	mofaFm20180321: {
		title: 'Japan-Russia Foreign Ministers’ Meeting (21 March 2018)',
		publisher: 'Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/erp/rss/northern/page11e_000029.html'
	},
	jmhKonoLavrov: {
		title: 'Gist of Kono-Lavrov foreign ministerial on March 21',
		publisher: 'U.S. Embassy Tokyo, Japan Media Highlights (summary of Japanese press), 22 March 2018',
		url: 'https://jmh.usembassy.gov/20180322102086/'
	},
	efeFm20180321: {
		title: 'Japanese, Russian foreign ministers meet to prepare for summit in May',
		publisher: 'EFE, 21 March 2018',
		url: 'https://www.efe.com/efe/english/world/japanese-russian-foreign-ministers-meet-to-prepare-for-summit-in-may/50000262-3559604'
	},
	tassLavrovJoke: {
		title: 'Lavrov jokes about Russia ‘meddling’ with Japan’s weather',
		publisher: 'TASS, 21 March 2018',
		url: 'http://tass.com/politics/995375'
	},
	rtLavrovJoke: {
		title: '[Lavrov jokes that Russia meddled in Japan’s weather, not its elections]',
		publisher: 'RT (Russian state broadcaster), 21 March 2018',
		url: 'https://www.rt.com/news/421972-lavrov-russia-japan-meddling/'
	},
	wikiChinaDaily: {
		title: 'China Daily',
		publisher: 'Wikipedia',
		url: 'https://en.wikipedia.org/wiki/China_Daily'
	},

	// Aegis Ashore
	jtAegisCabinet: {
		title: 'Japan approves introduction of Aegis Ashore missile defense system amid North Korea threat',
		publisher: 'The Japan Times, 19 December 2017',
		url: 'https://japantimes.co.jp/news/2017/12/19/national/politics-diplomacy/japan-approves-introduction-aegis-ashore-missile-defense-system-amid-north-korea-threat'
	},

	jtAegisSites: {
		title: 'Japan’s two Aegis Ashore anti-missile candidate sites run into local opposition',
		publisher: 'The Japan Times, 11 December 2018',
		url: 'https://www.japantimes.co.jp/news/2018/12/11/national/japans-two-aegis-ashore-anti-missile-candidate-sites-run-local-opposition/'
	},
	sakigakeAegis2017: {
		title: '地上イージス、陸自新屋演習場とむつみ演習場に絞り込み (Aegis Ashore narrowed to the GSDF Araya and Mutsumi training areas)',
		publisher: 'Akita Sakigake Shimpo (in Japanese), 17 November 2017',
		url: 'http://www.sakigake.jp/news/article/20171117AK0006/'
	},
	jtAegisMay2018: {
		title: '[Defense minister names Akita and Yamaguchi as candidate sites for Aegis Ashore, the first time specific prefectures are named]',
		publisher: 'The Japan Times, 15 May 2018',
		url: 'https://www.japantimes.co.jp/news/2018/05/15/national/politics-diplomacy/defense-minister-mentions-akita-yamaguchi-candidate-sites-aegis-ashore-naming-specific-prefectures-first-time/'
	},
	jmhAegisJune2018: {
		title: '[Aegis Ashore: the Defense Ministry’s briefings in Akita and Yamaguchi]',
		publisher: 'U.S. Embassy Tokyo, Japan Media Highlights (translation of the Tokyo Shimbun), 29 June 2018',
		url: 'https://jmh.usembassy.gov/20180629107705/'
	},
	gsdfArmy: {
		title: 'Japan Ground Self-Defense Force',
		publisher: 'Wikipedia',
		url: 'https://en.wikipedia.org/wiki/Japan_Ground_Self-Defense_Force'
	},

	// The islands and the dispute
	mofaTerritory: {
		title: '[Japan’s position on the territorial issue with Russia]',
		publisher: 'Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html'
	},
	jtKunashiri2022: {
		title: '[Japan protests Russian exercise off Kunashiri; both sides’ positions on the islands]',
		publisher: 'The Japan Times (Kyodo), 7 February 2022',
		url: 'https://www.japantimes.co.jp/news/2022/02/07/national/politics-diplomacy/kunashiri-island-russia/'
	},
	jtTalksHalted2022: {
		title: '[Russia halts peace treaty talks with Japan]',
		publisher: 'The Japan Times, 22 March 2022',
		url: 'https://www.japantimes.co.jp/news/2022/03/22/national/russia-japan-peace-treaty-talks-halted/'
	},
	sputnikTalksHalted2022: {
		title: 'Russia Refuses to Discuss Peace Treaty With Japan, Foreign Ministry Says',
		publisher: 'Sputnik, 21 March 2022',
		url: 'https://sputniknews.com/20220321/russia-refuses-to-discuss-peace-treaty-with-japan-foreign-ministry-says-1094060871.html'
	},
	interfaxIturup: {
		title: 'Peskov refers to govt question on stationing of military aircraft on Iturup Island',
		publisher: 'Interfax, 2 February 2018',
		url: 'https://interfax.com/newsroom/top-stories/24928/'
	},
	britannicaKurils: {
		title: 'Kuril Islands',
		publisher: 'Encyclopaedia Britannica (15th edition, Micropaedia)'
	},
	hoppouKurils: {
		title: '[What the Kuril Islands that Japan renounced are] (in Japanese)',
		publisher: 'Northern Territories Issue Association, government education site',
		url: 'https://www.hoppou.go.jp/gakushu/kids/naruhodo/manga4/treaty4/index.html'
	},
	hoppouDistances: {
		title: '北方領土の位置・面積・人口 (Location, area and population of the Northern Territories)',
		publisher: 'Northern Territories Issue Association (in Japanese)',
		url: 'https://www.hoppou.go.jp/archives/basics/islands1.html'
	},
	hoppouPopulation: {
		title: '北方領土の人口 (Population of the Northern Territories, from Russian statistics)',
		publisher: 'Northern Territories Issue Association (in Japanese)',
		url: 'https://www.hoppou.go.jp/gakushu/outline/islands/island3/'
	},
	hokkaidoNp2021: {
		title: '[Population of the four islands rises to 18,810, by Russian statistics] (in Japanese)',
		publisher: 'Hokkaido Shimbun, 2021',
		url: 'https://www.hokkaido-np.co.jp/article/547972'
	},
	cao1945: {
		title: '北方領土の姿：戦前の姿 (The Northern Territories before the war)',
		publisher: 'Cabinet Office, Government of Japan (in Japanese)',
		url: 'https://www8.cao.go.jp/hoppo/sugata/02.html'
	},
	nemuroRepatriation: {
		title: '北方領土の概要 (Outline of the Northern Territories)',
		publisher: 'Hokkaido Government, Nemuro Subprefecture (in Japanese)',
		url: 'https://www.nemuro.pref.hokkaido.lg.jp/ts/hrt/hoppouryoudo_gaiyou.html'
	},
	rausuRemoval: {
		title: '[The Northern Territories] (in Japanese)',
		publisher: 'Rausu Town, Hokkaido',
		url: 'http://www.rausu-town.jp/machi/13/post-103.php'
	},

	// 1956 and 1855
	tass1956: {
		title: 'Putin, Abe to discuss peace treaty, says presidential aide',
		publisher: 'TASS, 28 November 2018',
		url: 'http://tass.com/politics/1033196'
	},
	jointDeclarationText: {
		title: 'Joint Declaration by the Union of Soviet Socialist Republics and Japan, 19 October 1956 (text)',
		publisher: '“The World and Japan” database, GRIPS / University of Tokyo'
	},
	jt1960Memo: {
		title: '[Moscow says 1960 papers demanding the pullout of foreign troops from Japan are a factor in peace treaty talks]',
		publisher: 'The Japan Times (Kyodo, Jiji), 14 December 2018',
		url: 'https://www.japantimes.co.jp/news/2018/12/14/national/politics-diplomacy/moscow-says-1960-papers-demanding-pullout-foreign-troops-japan-factor-peace-treaty-talks-tokyo/'
	},
	nipponJiji1960: {
		title: 'Moscow Cites 1960 Documents over Peace Treaty Talks with Japan',
		publisher: 'Jiji Press, via nippon.com, 14 December 2018',
		url: 'https://www.nippon.com/en/news/yjj2018121400145/moscow-cites-1960-documents-over-peace-treaty-talks-with-japan.html'
	},

	cabinetOfficeFeb7: {
		title: '2月7日について (About 7 February: Northern Territories Day)',
		publisher: 'Cabinet Office, Government of Japan (in Japanese)',
		url: 'https://www8.cao.go.jp/hoppo/henkan/02.html'
	},
	kanteiRally2012: {
		title: 'The Prime Minister Attends the 2012 National Rally to Demand the Return of the Northern Territories',
		publisher: 'Prime Minister of Japan and His Cabinet, 7 February 2012',
		url: 'https://japan.kantei.go.jp/noda/actions/201202/07hoppou_e.html'
	},
	// How the line moved, and the two readings of 1945 and 1951
	jointCompendium1875: {
		title: 'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia: II. Period before 1905',
		publisher: 'Ministries of Foreign Affairs of Japan and Russia (1992), via the Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period2.html'
	},
	portsmouthText: {
		title: 'Treaty of Portsmouth (text)',
		publisher: 'Wikisource',
		url: 'https://en.wikisource.org/wiki/Treaty_of_Portsmouth'
	},
	tassLavrov2014: {
		title: '[Lavrov: the results of the Second World War are fixed in the UN Charter]',
		publisher: 'ITAR-TASS, 18 February 2014',
		url: 'http://tass.com/russia/719649'
	},
	casYalta: {
		title: '[The Northern Territories: the history] (in Japanese)',
		publisher: 'Cabinet Secretariat, Government of Japan',
		url: 'https://www.cas.go.jp/jp/ryodo/taiou/hoppou/hoppou01-02.html'
	},
	kennanTass1946: {
		title: 'Telegram from George Kennan, Moscow, 27 January 1946, quoting a TASS communiqué on the Yalta agreement',
		publisher: 'Foreign Relations of the United States 1946, vol. VI (transcription)',
		url: 'http://russilwvong.com/future/kennan/tele460127.htm'
	},
	casArticle2c: {
		title: '[San Francisco Peace Treaty, Article 2(c)]',
		publisher: 'Cabinet Secretariat, Government of Japan (research page; not an official statement of the government’s view)',
		url: 'https://www.cas.go.jp/jp/ryodo_eg/kenkyu/senkaku/chapter01_column_01_sup2.html'
	},
	spfArticle2c: {
		title: '[The Northern Territories and the San Francisco Peace Treaty]',
		publisher: 'Sasakawa Peace Foundation, Institute for Island Studies',
		url: 'https://www.spf.org/islandstudies/research/a00022r.html'
	},
	gseSanFrancisco: {
		title: 'San Francisco, Peace Treaty of 1951',
		publisher: 'Great Soviet Encyclopedia, 3rd edition (1979), via TheFreeDictionary',
		url: 'https://encyclopedia2.thefreedictionary.com/San+Francisco%2C+Peace+Treaty+of+1951'
	},

	// The Nosappu gap
	kaigarajimaWiki: {
		title: '貝殻島 (Kaigarajima)',
		publisher: 'Japanese Wikipedia'
	},
	japanTravelNosappu: {
		title: 'The Eastern-Most Point of Japan',
		publisher: 'Japan Travel, 29 September 2016',
		url: 'https://en.japantravel.com/hokkaido/the-eastern-most-point-of-japan/31567'
	},
	geoNosappuGap: {
		title: 'treaty-map geo/lines.geojson, feature nosappu-gap (length computed with Turf)',
		publisher: 'treaty-map'
	},

	// Nagato and the joint projects
	mofaSummitLima2016: {
		title: 'Japan-Russia Summit Meeting (19 November 2016, Lima)',
		publisher: 'Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/erp/rss/northern/page1e_000126.html'
	},
	tassVisitProgramme: {
		title: 'Japanese Foreign Ministry announces program of Putin’s visit',
		publisher: 'TASS, 13 December 2016',
		url: 'http://tass.com/politics/918865'
	},
	tassJointActivities: {
		title: 'Putin, Abe agree on joint economic activities on Kuril Islands',
		publisher: 'TASS, 15 December 2016',
		url: 'http://tass.com/world/919671'
	},
	jijiSpecialFramework: {
		title: 'Abe, Putin Discuss Joint Activities on Disputed Isles under Special Framework',
		publisher: 'Jiji Press, via OANA, 15 December 2016',
		url: 'http://www.oananews.org/content/news/politics/abe-putin-discuss-joint-activities-disputed-isles-under-special-framework'
	},
	kremlinTokyo2016: {
		title: 'Statements for the press and answers to journalists’ questions following Russian-Japanese talks',
		publisher: 'President of Russia (Kremlin), 16 December 2016, Tokyo',
		url: 'http://en.special.kremlin.ru/catalog/countries/JP/events/53474'
	},

	dwNagato2016: {
		title: 'Abe welcomes Putin in his home city of Nagato',
		publisher: 'Deutsche Welle, 15 December 2016',
		url: 'https://www.dw.com/en/abe-welcomes-putin-in-his-home-city-of-nagato/a-36776730'
	},
	britannicaAbe: {
		title: 'Abe Shinzo',
		publisher: 'Encyclopaedia Britannica'
	},

	// Sanctions and the alliance
	inquirerSanctions2014: {
		title: 'Japan imposes sanctions on Russia over Crimea',
		publisher: 'Philippine Daily Inquirer (Associated Press), March 2014',
		url: 'https://newsinfo.inquirer.net/586678/japan-imposes-sanctions-on-russia-over-crimea/amp'
	},
	mofaSanctionsApril2014: {
		title: 'Statement by the Minister for Foreign Affairs of Japan on the Sanctions against Russia over the situation in Ukraine',
		publisher: 'Ministry of Foreign Affairs of Japan, 29 April 2014, via “The World and Japan” database',
		url: 'http://www.ioc.u-tokyo.ac.jp/~worldjpn/documents/texts/exdfam/20140429.S1E.html'
	},
	afpSanctionsAug2014: {
		title: 'Japan unveils Russia, Crimea sanctions',
		publisher: 'AFP, via Yahoo News, 2014',
		url: 'https://news.yahoo.com/japan-unveils-russia-crimea-sanctions-144615161--finance.html'
	},
	tassPutinNtv2016: {
		title: 'Putin believes security cooperation to build trust between Russia and Japan',
		publisher: 'TASS, 13 December 2016',
		url: 'https://tass.com/politics/918909'
	},
	usfjAbout: {
		title: 'About USFJ',
		publisher: 'U.S. Forces, Japan',
		url: 'https://www.usfj.mil/About-USFJ/'
	},

	// Da Nang
	mofaSummitDanang: {
		title: 'Japan-Russia Summit Meeting (10 November 2017, Da Nang)',
		publisher: 'Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/erp/rss/northern/page1e_000193.html'
	},
	tassPutinDanang: {
		title: 'Putin stresses many questions remain on possible peace deal with Japan',
		publisher: 'TASS, 11 November 2017',
		url: 'http://tass.com/politics/975156'
	},
	reutersPutinDanang: {
		title: 'Putin links peace treaty with Japan to Tokyo’s defence alliances',
		publisher: 'Reuters, 11 November 2017',
		url: 'https://uk.reuters.com/article/apec-summit-russia-japan/putin-links-peace-treaty-with-japan-to-tokyos-defence-alliances-idUKR4N1NF005'
	},

	jmhSummitNov2017: {
		title: 'Gist of Japan-Russia summit on Nov. 10',
		publisher: 'U.S. Embassy Tokyo, Japan Media Highlights (summary of Japanese press), November 2017',
		url: 'https://jmh.usembassy.gov/2017111394977/'
	},

	// The May 2018 visit
	kremlinVladivostok2017: {
		title: 'Press statements following talks with Prime Minister of Japan Shinzo Abe',
		publisher: 'President of Russia (Kremlin), 7 September 2017, Vladivostok',
		url: 'http://en.special.kremlin.ru/events/president/news/55555'
	},
	sputnikSpief2018: {
		title: '[Macron and Abe to attend the St Petersburg International Economic Forum]',
		publisher: 'Sputnik, 23 May 2018',
		url: 'https://sputniknews.com/world/201805231064721794-macron-abe-spief/'
	},
	rferlMay2018: {
		title: '[Putin and Abe to hold talks in Moscow]',
		publisher: 'Radio Free Europe/Radio Liberty, 26 May 2018',
		url: 'https://www.rferl.org/a/russia-putin-talks-japan-abe-north-korea-disputed-islands/29251958.html'
	},
	jtMay2018: {
		title: '[Abe and Putin reconfirm readiness for a peace treaty and economic cooperation]',
		publisher: 'The Japan Times (Kyodo), 27 May 2018',
		url: 'https://www.japantimes.co.jp/news/2018/05/27/national/politics-diplomacy/abe-putin-reconfirm-readiness-peace-treaty-economic-cooperation/'
	},

	// The airport and the exercise
	jtIturupAirport: {
		title: '[Hopes wither for a peace treaty as the Russian military moves onto the islands]',
		publisher: 'The Japan Times, 3 February 2018',
		url: 'https://www.japantimes.co.jp/news/2018/02/03/national/hopes-wither-world-war-ii-peace-treaty-russian-military-muscles-onto-kurils/'
	},
	rbcIturup: {
		title: 'Минобороны разрешили использовать оспариваемый Японией остров',
		publisher: 'RBC (in Russian), 1 February 2018',
		url: 'https://www.rbc.ru/rbcfreenews/5a7319819a79474db1a929dc'
	},
	interfaxYasny: {
		title: 'Аэропорт на Итурупе передан в собственность Сахалинской области',
		publisher: 'Interfax (in Russian), 25 March 2017',
		url: 'http://www.interfax.ru/russia/555299'
	},
	jtChiefCabinetSecretary: {
		title: '[The chief Cabinet secretary: much more than the top government spokesman]',
		publisher: 'The Japan Times, 18 May 2015',
		url: 'https://www.japantimes.co.jp/news/2015/05/18/reference/chief-cabinet-secretary-much-top-government-spokesman/'
	},

	jmhExercise2018: {
		title: 'Russia conducts military exercises in Northern Territories',
		publisher: 'U.S. Embassy Tokyo, Japan Media Highlights (citing Interfax), 7 February 2018',
		url: 'https://jmh.usembassy.gov/2018020799808/'
	},

	// Afterwards
	tassValdai2018: {
		title: 'Putin says Japanese PM refused to sign peace treaty, but Russia ready for dialogue',
		publisher: 'TASS, 18 October 2018',
		url: 'https://tass.com/politics/1026716'
	},
	jijiSingapore2018: {
		title: 'Abe, Putin Agree to Accelerate Peace Treaty Talks',
		publisher: 'Jiji Press, via The Daily Manila Shimbun, 15 November 2018',
		url: 'https://manila-stv.ph/japan_news/abe-putin-agree-to-accelerate-peace-treaty-talks.html'
	},
	mofaSummitBuenosAires2018: {
		title: 'Japan-Russia Summit Meeting (1 December 2018, Buenos Aires)',
		publisher: 'Ministry of Foreign Affairs of Japan',
		url: 'https://www.mofa.go.jp/erp/rss/northern/page6e_000162.html'
	},
	rcwAegisCancelled: {
		title: '[Is the Aegis Ashore cancellation a mixed blessing?]',
		publisher: 'RealClearWorld, 13 July 2020',
		url: 'https://realclearworld.com/2020/07/13/is_aegis_shore_cancellation_a_mixed_blessing_498862.html'
	},
	jijiTalksHalted2022: {
		title: 'Russia halts peace treaty talks with Japan',
		publisher: 'Jiji Press, via nippon.com, 22 March 2022',
		url: 'https://www.nippon.com/en/news/yjj2022032200163/russia-halts-peace-treaty-talks-with-japan.html'
	}
} as const satisfies Record<string, SourceEntry>;

export type SourceKey = keyof typeof SOURCES;

/** Whether `key` names a known source (the story's data holds keys as plain strings until it is validated). */
export function isSourceKey(key: string): key is SourceKey {
	return Object.hasOwn(SOURCES, key);
}
