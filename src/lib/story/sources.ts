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

	// Aegis Ashore
	jtAegisCabinet: {
		title: 'Japan approves introduction of Aegis Ashore missile defense system amid North Korea threat',
		publisher: 'The Japan Times, 19 December 2017',
		url: 'https://japantimes.co.jp/news/2017/12/19/national/politics-diplomacy/japan-approves-introduction-aegis-ashore-missile-defense-system-amid-north-korea-threat'
	},
	jmhLavrovAegisJan: {
		title: 'US could use Japan’s missile defense system to attack: Lavrov',
		publisher: 'Kyodo / The Mainichi, via U.S. Embassy Tokyo Japan Media Highlights, 16 January 2018',
		url: 'https://jmh.usembassy.gov/2018011698697/'
	},
	jtAegisSites: {
		title: 'Japan’s two Aegis Ashore anti-missile candidate sites run into local opposition',
		publisher: 'The Japan Times, 11 December 2018',
		url: 'https://www.japantimes.co.jp/news/2018/12/11/national/japans-two-aegis-ashore-anti-missile-candidate-sites-run-local-opposition/'
	},
	scmpAegisAkita: {
		title: 'Japan wants to deploy land-based US Aegis missile shield in Akita to guard against N Korea threat',
		publisher: 'South China Morning Post (Kyodo), 2018',
		url: 'https://www.scmp.com/news/asia/east-asia/article/2148873/japan-wants-deploy-land-based-us-aegis-missile-shield-akita'
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
	japanTodayMay2018: {
		title: 'Abe, Putin reconfirm readiness to conclude postwar peace treaty',
		publisher: 'Japan Today (Kyodo), 26 May 2018',
		url: 'https://japantoday.com/category/politics/Abe-Putin-reconfirm-readiness-to-conclude-postwar-peace-treaty'
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
