// The story in English: every word a reader sees in a step, keyed by step id (the structure is in ../story.ts).
// Disputed places are named only through {placeholders} (../placeNames.ts); short quotations are the column's words.
import type { StoryText } from '../types';

export const STORY_TEXT_EN: StoryText = {
	title: 'A chill over four islands',
	dek: 'In March 2018 Cai Hong, Tokyo bureau chief of China Daily, the Chinese state’s English-language newspaper, argued that Japan and Russia were no nearer to a peace treaty. We follow the column step by step, set the author’s argument apart from the checkable record, give each side’s case in its own words, and map the places it mentions.',
	byline: 'A treaty-map explainer',
	steps: {
		'lavrov-in-tokyo': {
			title: 'A joke about snow, and a real chill',
			opinion: [
				'Cai opens with Russia’s foreign minister, Sergey Lavrov, arriving in a snowy Tokyo, where his Japanese counterpart, Taro Kono, joked that the Russian guest had brought the weather with him.',
				'Beyond the banter, Cai argues, relations between Japan and Russia had genuinely cooled: “a chill has indeed descended”.'
			],
			quotes: [{ text: 'Since we did not interfere in your elections, we decided to intervene in the weather', speaker: 'Sergey Lavrov' }],
			facts: [
				'Lavrov’s reply mocked US accusations that Russia had meddled in the 2016 US presidential election.',
				'Kono and Lavrov held talks in Tokyo on 21 March 2018, followed by a working lunch; by the Japanese Foreign Ministry’s count it was their fifth meeting as foreign ministers.',
				'China Daily, which published the column, is an English-language newspaper owned by the Publicity Department of the Chinese Communist Party.'
			],
			mapDescription:
				'A wide view of Russia and Japan, from Moscow in the west to Tokyo in the east. Both capitals are marked; Tokyo, where the two foreign ministers met, is highlighted.',
			supports: {
				article: 'Lavrov’s arrival, the joke about the weather and Cai’s claim that relations had cooled',
				mofaFm20180321: 'The meeting on 21 March 2018, the working lunch, and that it was the fifth',
				efeFm20180321: 'The ministers met in Tokyo on Wednesday 21 March 2018',
				tassLavrovJoke: 'Lavrov’s reply to Kono, at the lunch on 21 March 2018',
				rtLavrovJoke: 'The joke mocked US accusations of Russian interference in the 2016 US election',
				wikiChinaDaily: 'China Daily’s ownership by the Communist Party’s Publicity (propaganda) Department'
			}
		},
		'aegis-ashore': {
			title: 'Aegis Ashore: a missile shield Moscow objects to',
			opinion: [
				'Cai reports Lavrov’s objection: in Moscow’s eyes, Japan’s planned Aegis Ashore missile-defence system would in effect become part of America’s missile defences and would touch Russia’s security directly.',
				'Japan went ahead regardless, Cai writes, buying the system “ostensibly” to intercept North Korean ballistic missiles.'
			],
			facts: [
				'On 19 December 2017 Prime Minister Shinzo Abe’s cabinet approved buying two land-based Aegis Ashore systems.',
				'The press named the candidate sites from November 2017: training areas of the Ground Self-Defence Force, Japan’s army, at Araya in Akita and at Mutsumi in Yamaguchi Prefecture. The Defence Minister first named the two prefectures on 15 May 2018, after the column, and visited both in June.',
				'On 21 March 2018 Lavrov told Kono that US missile defence in the region directly affected Russia’s security; Kono replied that it threatened none of Japan’s neighbours, Russia included.'
			],
			mapDescription:
				'Japan’s main island, Honshu. Two highlighted dots mark the candidate Aegis Ashore sites: the Araya training area in Akita, on the Sea of Japan coast of northern Honshu, and the Mutsumi training area in Hagi, Yamaguchi, near the western end of Honshu. Tokyo is marked for reference.',
			supports: {
				article: 'Lavrov’s view of Aegis Ashore and Cai’s account of Japan’s decision',
				jtAegisCabinet: 'The cabinet decision of 19 December 2017 to buy two systems',
				sakigakeAegis2017: 'The first press report, on 17 November 2017, naming the Araya and Mutsumi training areas',
				jtAegisMay2018: 'The Defence Minister named Akita and Yamaguchi prefectures for the first time on 15 May 2018',
				jmhAegisJune2018: 'The minister’s visit to both prefectures on 22 June 2018 and the Mutsumi area’s place in Hagi and Abu',
				jtAegisSites: 'The candidate sites: the Araya training area in Akita and the Mutsumi training area',
				gsdfArmy: 'The Ground Self-Defence Force is Japan’s army',
				jmhKonoLavrov: 'What Lavrov and Kono said about missile defence on 21 March 2018'
			}
		},
		'four-islands': {
			title: 'Four islands and no peace treaty',
			opinion: [
				'Cai argues that “distrust runs deep” between Moscow and Tokyo, however busy their diplomacy.',
				'In Cai’s reading, Abe is betting that a good personal relationship with Putin can win the islands back; the quarrel over them has kept the two countries from a peace treaty.'
			],
			facts: [
				'The four islands are {iturup}, {kunashir}, {shikotan} and the {habomai} islets, off the north-eastern tip of Hokkaido. The Soviet Union and then Russia has administered them since 1945, today as part of Russia’s Sakhalin region; Japan claims them.',
				'Japan says the islands were seized illegally; Russia says it acquired them lawfully as a result of the Second World War. Because of the dispute, the two have never signed a peace treaty.',
				'The names differ: {islands-name-note}.'
			],
			mapDescription:
				'The sea north-east of Hokkaido. All four disputed islands are highlighted: {iturup}, the largest, farthest to the north-east; {kunashir}, 16 km across the strait from Hokkaido’s Notsuke peninsula at its nearest; {shikotan}, about 73 km from Cape Nosappu, Hokkaido’s easternmost point; and the small {habomai} islets, the nearest to Hokkaido, starting 3.7 km off that cape. Russia administers all four; Japan claims them. Hokkaido, undisputed Japanese territory, lies to the south-west.',
			supports: {
				article: 'Cai’s argument that distrust runs deep and that the dispute blocks a peace treaty',
				mofaTerritory: 'Japan’s position, and Soviet and then Russian administration since 1945',
				jtKunashiri2022: 'Both positions: Japan says the islands were seized illegally, Russia that it took them legitimately',
				jtTalksHalted2022: 'No peace treaty has been signed since the war because of the dispute over the four islands',
				interfaxIturup: 'Russia administers the islands as part of its Sakhalin region',
				hoppouDistances: 'The distances from Hokkaido: 3.7 km to the {habomai} islets, 16 km to {kunashir}, 73 km to {shikotan}'
			}
		},
		'joint-declaration-1956': {
			title: '1956 and 1960: two islands promised, then a condition',
			facts: [
				'On 19 October 1956 Japan and the Soviet Union signed a Joint Declaration in Moscow that ended the state of war between them and restored diplomatic relations; both countries ratified it that December.',
				'Under its Article 9 the two sides would keep negotiating a peace treaty, and the Soviet Union agreed to hand {shikotan} and the {habomai} islets over to Japan once a treaty was concluded. The declaration does not mention {iturup} or {kunashir}.',
				'In January 1960, after Japan signed a revised security treaty with the United States, a Soviet memorandum of 27 January added a condition: the two islands would be handed over only once all foreign troops had left Japan. Japan rejected it. In December 2018 Russia’s Foreign Ministry said the 1960 memorandums still counted in the talks.',
				'No peace treaty has been signed, so no island has been handed over.'
			],
			mapDescription:
				'The southern end of the four islands, just east of Hokkaido. {shikotan} and the {habomai} islets, the two named in the 1956 declaration, are highlighted. {kunashir} and {iturup}, which it does not mention, lie further north and are not highlighted. All four are administered by Russia and claimed by Japan.',
			supports: {
				tass1956: 'The signing on 19 October 1956, ratification in December 1956, and Article 9 on handing over the two islands after a peace treaty',
				jointDeclarationText: 'The text of the declaration, including Article 9',
				jijiSingapore2018: 'The declaration provides for handing over the {habomai} islets and {shikotan} after a peace treaty',
				jt1960Memo: 'The memorandum of 27 January 1960, its condition, Japan’s rejection, and Moscow citing it in December 2018',
				nipponJiji1960: 'The memorandum was handed to Japan by Foreign Minister Andrei Gromyko'
			}
		},
		'nosappu-gap': {
			title: 'Within sight of Hokkaido',
			facts: [
				'Cape Nosappu, at the end of the Nemuro Peninsula, is the easternmost point of Hokkaido; on a clear day the nearest disputed islands can be seen from it.',
				'The nearest of the {habomai} islets, a low rock called {nearest-islet} with a lighthouse on it, lies 3.7 km off the cape by the Japanese government’s figure. The line on this map, from the cape’s published coordinates to the rock as drawn here round its lighthouse, measures 3.46 km.'
			],
			mapDescription:
				'A close-up of Hokkaido’s eastern tip. A dot marks Cape Nosappu; a highlighted line crosses the few kilometres of water from the cape to the nearest of the {habomai} islets, which Russia administers and Japan claims. More of the {habomai} islets lie beyond it.',
			supports: {
				kaigarajimaWiki: 'The rock and its lighthouse',
				hoppouDistances: 'The official distance of 3.7 km from Cape Nosappu',
				japanTravelNosappu: 'Cape Nosappu is the easternmost point of Hokkaido, with the islands visible on a clear day',
				geoNosappuGap: 'The line drawn on the map and its length, 3.46 km, measured between this map’s outlines'
			}
		},
		islanders: {
			title: 'Who lives on the islands',
			facts: [
				'By Russian statistics, which Japan’s government publishes, 16,668 people lived on the islands in January 2016: 7,817 on {kunashir}, 5,934 on {iturup} and 2,917 on {shikotan}. The {habomai} islets have Russian border guards but no other residents. By January 2021 the total had risen to 18,810.',
				'In August 1945, 17,291 Japanese lived on the four islands, in 3,124 households, by the Japanese government’s count. Under Soviet rule they were sent to Japan between 1947 and 1949; by 1949 none remained. Japanese officials describe this as a forced removal.'
			],
			mapDescription:
				'The four islands north-east of Hokkaido, administered by Russia and claimed by Japan. {kunashir}, {iturup} and {shikotan}, where the islands’ residents live, are highlighted; the {habomai} islets, with border guards only, are shown but not highlighted.',
			supports: {
				hoppouPopulation:
					'The population in January 2016, island by island, from Russian statistics, and that no one but border guards lives on the {habomai} islets',
				hokkaidoNp2021: 'The total of 18,810 on 1 January 2021, from Russia’s federal statistics service',
				cao1945: 'The 17,291 Japanese residents in 3,124 households on 15 August 1945',
				nemuroRepatriation: 'The Japanese residents were sent to Japan between 1947 and 1949',
				rausuRemoval: 'By 1949 the Soviet Union had forcibly removed all the Japanese islanders, in the words of Rausu town'
			}
		},
		nagato: {
			title: 'Hot springs in Nagato, and plans for joint projects',
			opinion: [
				'Cai writes that Abe “seems eager to impress” Putin, pointing to some 20 meetings between the two in recent years.',
				'Cai recalls the 2016 summit at a hot-spring resort in Nagato, which opened talks on joint economic projects on the islands, and the cultural “Japan Year in Russia” and “Russia Year in Japan” of 2018. None of this, Cai argues, has got beyond “diplomatic bonhomie”.'
			],
			facts: [
				'Putin visited Japan on 15 and 16 December 2016: talks with Abe at a hot-spring inn in Nagato, Yamaguchi Prefecture, then in Tokyo.',
				'The column calls Nagato Abe’s hometown: it is his family’s home region and lies in his parliamentary constituency, but he was born in Tokyo.',
				'They agreed to begin consultations on joint economic activities on the four islands, in fields such as fisheries, tourism and medicine.'
			],
			mapDescription:
				'Western and central Japan. A highlighted dot marks Nagato, the hot-spring town in Yamaguchi Prefecture where Abe hosted Putin on 15 December 2016; a second dot marks Tokyo, where their talks continued the next day.',
			supports: {
				article: 'Abe’s courtship of Putin, the Nagato meeting, the cultural years and Cai’s verdict of no progress',
				mofaSummitLima2016: 'The plan to meet in Nagato on 15 December 2016 and in Tokyo the next day',
				tassVisitProgramme: 'The programme of Putin’s visit on 15 and 16 December 2016',
				jijiSpecialFramework: 'The talks at a hot-spring resort hotel in Nagato',
				dwNagato2016: 'Nagato is Abe’s ancestral hometown and lies in his home constituency',
				britannicaAbe: 'Abe was born in Tokyo, on 21 September 1954',
				tassJointActivities: 'The agreement to consult on joint economic activities, and the fields named',
				kremlinTokyo2016: 'The leaders’ statements in Tokyo on 16 December 2016'
			}
		},
		'trojan-horse': {
			title: 'Whose law? The sovereignty snag',
			opinion: [
				'Cai argues that talks on the joint projects had hardly moved, and that sovereignty was the reason: Tokyo wanted the projects governed by special arrangements of their own, not by Russian law.',
				'Cai suggests Tokyo saw such arrangements as a foothold from which its influence on the islands could later grow, an aim that Russian critics likened to a Trojan horse.'
			],
			quotes: [{ text: 'Trojan Horse', speaker: 'Russian critics' }],
			facts: [
				'After the Nagato talks, Abe said the two sides had discussed joint economic activity on the four islands under a “special system”.',
				'Asked whether the activities would be conducted under Russian law, the Kremlin aide Yuri Ushakov said that of course they would, since it was Russian territory.',
				'In November 2017 the leaders agreed to work towards projects in five fields by spring 2018, “in a form that does not harm the legal positions of either side”, in the words of Japan’s Foreign Ministry.'
			],
			mapDescription:
				'The four islands where the joint projects were to take place, all highlighted: {iturup}, {kunashir}, {shikotan} and the {habomai} islets. Russia administers them and applies its law there; Japan claims them, which is why the legal basis of any joint project was contested. Hokkaido lies to the south-west.',
			supports: {
				article: 'Cai’s account of the stalled talks, the special framework and the Russian critics’ phrase',
				tassJointActivities: 'Abe on a “special system”, and Ushakov on Russian law applying',
				jijiSpecialFramework: 'The leaders discussed joint activities “under a special framework”',
				mofaSummitDanang: 'The November 2017 agreement and its wording on legal positions',
				jmhSummitNov2017: 'Five projects, to be planned without undermining either side’s legal position'
			}
		},
		'us-alliance': {
			title: 'A US ally that joined the sanctions',
			opinion: [
				'Cai argues that the US alliance keeps Tokyo and Moscow apart, and presents Japan’s 2014 sanctions on Russia as a concession to pressure from Washington.',
				'For Russia, Cai writes, Japan is above all a US ally that “cannot be trusted to act independently”, so Tokyo must “walk a tightrope” between the two.'
			],
			facts: [
				'After Russia annexed Crimea in 2014, Japan, acting with its G7 partners, suspended talks on easing visa rules, banned visas for 23 people and froze the assets of 40 individuals and two entities.',
				'In a December 2016 interview with Japan’s NTV, Putin said Japan had “alliance obligations” and that Russia needed to understand how much freedom of action Japan had.',
				'US forces are stationed in Japan under the 1960 security treaty: about 54,000 military personnel, by the count of US Forces Japan.'
			],
			mapDescription:
				'Japan, from Aomori in the north to Okinawa in the south. Five US bases are highlighted: Misawa in northern Honshu, Yokota in western Tokyo, Yokosuka at the mouth of Tokyo Bay, Iwakuni in Yamaguchi Prefecture and Kadena on Okinawa. Tokyo is marked.',
			supports: {
				article: 'Cai’s argument about the US alliance, the 2014 sanctions and Russian distrust',
				inquirerSanctions2014: 'Japan’s first measures of March 2014',
				mofaSanctionsApril2014: 'The visa ban on 23 individuals, April 2014',
				afpSanctionsAug2014: 'The asset freeze on 40 individuals and two groups in 2014',
				tassPutinNtv2016: 'Putin on Japan’s alliance obligations and its freedom of action',
				usfjAbout: 'US forces in Japan, about 54,000 military personnel, are stationed under the 1960 treaty; their headquarters is at Yokota'
			}
		},
		danang: {
			title: 'Da Nang: Putin’s questions',
			opinion: [
				'Cai reports that when Abe and Putin met at the Asia-Pacific Economic Cooperation (APEC) summit in Da Nang, Vietnam, in November 2017, Putin spoke of “lots of questions” about a peace treaty, among them what Japan had promised its partners on defence and security.',
				'Moscow, Cai writes, paraphrasing Putin, “needed to examine” what Tokyo could and could not do on its own, and the questions might take more than a year to answer.'
			],
			quotes: [{ text: 'what commitments Japan has toward its partners in the areas of defense and security', speaker: 'Vladimir Putin' }],
			facts: [
				'They met on 10 November 2017 for about 65 minutes; Japan counted it as their 20th summit.',
				'The column has Putin saying this to Abe at their meeting. He said it the next day, 11 November, at his news conference after the summit, adding that clarifying Japan’s obligations was a big job that might take years.'
			],
			mapDescription:
				'East and South-East Asia. A highlighted dot marks Da Nang, on the central coast of Vietnam, host of the 2017 APEC leaders’ meeting; Tokyo is marked to the north-east for reference.',
			supports: {
				article: 'Cai’s account of the Da Nang meeting and of Putin’s questions',
				mofaSummitDanang: 'The meeting on 10 November 2017, its length, and that it was the 20th summit',
				tassPutinDanang: 'Putin’s remarks at his news conference after the summit, on 11 November 2017',
				reutersPutinDanang: 'The remarks were made on Saturday 11 November, the day after the meeting'
			}
		},
		'may-visit': {
			title: 'Preparing Abe’s May visit',
			opinion: [
				'Cai notes that Lavrov came to Tokyo to prepare Abe’s trip to Russia in May, and argues that Abe sees each meeting with Putin as a chance to break the deadlock over the islands and the treaty.'
			],
			facts: [
				'At their meeting on 21 March 2018, Kono and Lavrov discussed the Japan–Russia summit planned for May and said they would prepare it closely.',
				'Putin had invited Abe to the St Petersburg International Economic Forum, held from 24 to 26 May 2018.',
				'After the column appeared, Abe spoke at the forum on 25 May and held talks with Putin in the Kremlin on 26 May, their 21st meeting. They agreed to speed up work on the joint projects and to send business missions to the islands, but announced no settlement of the dispute.'
			],
			mapDescription:
				'A wide view from Tokyo to Moscow. Moscow, where Abe and Putin met on 26 May 2018, is highlighted; Tokyo is marked. St Petersburg, where the forum was held, is not marked.',
			supports: {
				article: 'The purpose of Lavrov’s visit and Cai’s view of Abe’s hopes',
				jmhKonoLavrov: 'The ministers on preparing the May summit',
				efeFm20180321: 'The meeting prepared the summit planned for May',
				kremlinVladivostok2017: 'Putin’s invitation to the forum in late May 2018',
				sputnikSpief2018: 'The forum ran from Thursday to Saturday, 24–26 May 2018',
				rferlMay2018: 'Abe at the forum on 25 May and the Moscow talks on 26 May 2018',
				jtMay2018: 'The 21st meeting, at the Kremlin, and what was agreed'
			}
		},
		'iturup-airport': {
			title: 'An airport shared with the air force',
			opinion: [
				'Whatever Abe hopes, Cai argues, “the signal from Russia is clear”. As evidence, Cai cites Moscow’s January decision to open the civilian airport on {iturup} to the Russian air force, which means combat jets could be stationed there.'
			],
			facts: [
				'A Russian government order signed by Prime Minister Dmitry Medvedev and dated 30 January 2018 added the civilian airport on {iturup} to the list of airfields shared with the Defence Ministry. It was published at the start of February.',
				'The airport was completed in 2014 and named Yasny in 2015.',
				'Yoshihide Suga, Japan’s Chief Cabinet Secretary and the government’s chief spokesman, said Tokyo had told Moscow through diplomatic channels that the move went against Japan’s position.'
			],
			mapDescription:
				'A close view of {iturup}, the largest of the four islands, administered by Russia and claimed by Japan; the island is highlighted. A highlighted dot on it marks Yasny airport, which Russian military aircraft may also use since 2018.',
			supports: {
				article: 'Cai’s reading of the airport decision as a signal from Moscow',
				interfaxIturup: 'The government resolution adding the airfield to the list of joint civil–military airfields',
				rbcIturup: 'The order’s wording and its publication on the legal information portal',
				jtIturupAirport: 'The order of Tuesday 30 January 2018, and Suga’s response',
				interfaxYasny: 'The airport’s completion in 2014 and its name, Yasny, given in 2015',
				jtChiefCabinetSecretary: 'The Chief Cabinet Secretary is the government’s top spokesman'
			}
		},
		exercise: {
			title: 'Military drills on the eve of {territories-day}',
			opinion: [
				'Cai also points to the timing of a Russian military exercise on the islands: it began on 6 February, the eve of the day each year when Japan officially presses its claim to them. Cai reads it, together with the airport decision, as part of the same clear message from Moscow.'
			],
			facts: [
				'According to Interfax, Russian forces began exercises on {kunashir} and other islands on 6 February 2018. Russia described them as counter-terrorism training involving more than 2,000 troops and equipment including helicopters.',
				'7 February is {territories-day}, set by cabinet decision in January 1981; a national rally calling for the islands’ return is held in Tokyo that day each year.'
			],
			mapDescription:
				'The four islands north-east of Hokkaido, administered by Russia and claimed by Japan. {kunashir}, where the February 2018 exercise was reported to have begun, is highlighted; {iturup}, {shikotan} and the {habomai} islets are shown but not highlighted.',
			supports: {
				article: 'Cai’s account of the exercise on the eve of 7 February',
				jmhExercise2018: 'The exercise from 6 February 2018, its scale and how Russia described it',
				cabinetOfficeFeb7: 'The day was set by cabinet decision on 6 January 1981, and why 7 February was chosen',
				kanteiRally2012: 'The national rally held in Tokyo every 7 February'
			}
		},
		'shimoda-1855': {
			title: '1855: a first border, between {iturup} and Urup',
			facts: [
				'On 7 February 1855 Japan and Russia signed their first treaty, at Shimoda. It drew the border between {iturup} and Urup, in the Kuril chain, the 56 islands that stretch about 1,200 km from Hokkaido to Kamchatka: the islands to the south, including all four now in dispute, were Japanese, and Urup and the islands beyond it Russian.',
				'The treaty’s anniversary is why 7 February became {territories-day}.',
				'Japan cites the 1855 treaty in support of its claim; Russia holds that the islands became Soviet as a result of the Second World War and that its sovereignty over them is not in question.'
			],
			mapDescription:
				'The waters around {iturup}. A highlighted line marks the 1855 border, running through the strait between {iturup} and the island of Urup to its north-east. The four islands south-west of the line, administered by Russia today and claimed by Japan, are shown but not highlighted.',
			supports: {
				mofaTerritory: 'The treaty of 7 February 1855 and the boundary between the two islands',
				cabinetOfficeFeb7: 'The treaty was signed at Shimoda on 7 February 1855, the date Japan later chose for the day',
				sputnikTalksHalted2022: 'Japan cites the 1855 treaty; Moscow holds that its sovereignty, dating from the war, is undisputed',
				britannicaKurils: 'The Kuril chain: 56 islands over about 1,200 km from Hokkaido to Kamchatka'
			}
		},
		'border-history': {
			title: 'How the line moved',
			facts: [
				'The 1855 border did not last. In 1875, by the Treaty of Saint Petersburg, Japan gave up its rights on Sakhalin and Russia gave Japan the eighteen Kuril islands from Urup to Shumshu, so the border moved north, to the strait between Shumshu and Cape Lopatka on Kamchatka.',
				'In 1905, after the Russo-Japanese War, the Treaty of Portsmouth gave Japan southern Sakhalin, up to the 50th parallel north.',
				'In 1945 Soviet forces took southern Sakhalin and the whole Kuril chain, the four islands included. Russia administers everything north and east of the line they reached, and holds that the war settled it; Japan does not accept it between Hokkaido and the four islands. The next step gives each side’s case.',
				'Where a treaty names a strait, the map draws its line down the middle.'
			],
			mapDescription:
				'From Hokkaido north to the tip of Kamchatka. Four highlighted lines mark where the border has run: the 1855 line between {iturup} and Urup; the 1875 line between Shumshu and Kamchatka; the 1905 line across Sakhalin at the 50th parallel; and the line held since 1945, through the strait between Sakhalin and Hokkaido and between Hokkaido and the four islands, which Russia administers and Japan claims. The key names each line.',
			supports: {
				jointCompendium1875:
					'The 1875 treaty: Sakhalin to Russia, the eighteen Kuril islands from Shumshu to Urup to Japan, the border in the strait off Cape Lopatka',
				portsmouthText: 'Article IX of the 1905 treaty: southern Sakhalin to Japan, with the 50th parallel as its northern border',
				mofaTerritory: 'The Soviet occupation of the four islands in 1945, and Japan’s position',
				tassLavrov2014: 'Russia’s position that the results of the war are settled'
			}
		},
		'two-readings': {
			title: '1945 and 1951: two readings of the same documents',
			facts: [
				'At Yalta, on 11 February 1945, Stalin, Roosevelt and Churchill agreed in secret that the Kuril Islands would go to the Soviet Union after Japan’s defeat.',
				'Soviet forces occupied the four islands between 28 August and 5 September 1945, after Japan had accepted the Allies’ terms of surrender.',
				'In the San Francisco Peace Treaty of 8 September 1951, Japan renounced “all right, title and claim to the Kurile Islands”. The Soviet Union attended the conference but did not sign.',
				'Russia’s case: the islands became Soviet under the Allies’ agreements and as a result of the war, a result that, in Foreign Minister Lavrov’s words in 2014, is “fixed in the United Nations Charter”.',
				'Japan’s case: it took no part in the Yalta agreement and is not bound by it, and the Kurils it renounced in 1951 are the islands from Urup northwards, not the four islands.'
			],
			mapDescription:
				'The Kuril chain from Hokkaido to Kamchatka, with Sakhalin to the west. Two lines are highlighted: the 1855 border between {iturup} and Urup, north of which, in Japan’s reading, the Kurils it renounced begin; and the line held since 1945, which in Russia’s reading the war settled. The 1875 border off Kamchatka, where the chain ends, is shown but not highlighted. The four islands are administered by Russia and claimed by Japan.',
			supports: {
				casYalta: 'The Yalta agreement on the Kurils, and Japan’s position that it is not bound by it',
				kennanTass1946: 'The agreement was signed on 11 February 1945, and its clause on the Kurils, as the Soviet government described it in 1946',
				mofaTerritory: 'The occupation of the four islands between 28 August and 5 September 1945, after Japan accepted the Potsdam Declaration',
				casArticle2c: 'Article 2(c) of the San Francisco Peace Treaty, in its own words',
				spfArticle2c: 'The treaty’s date, 8 September 1951, and Russia’s case as a third party summarises it',
				gseSanFrancisco: 'The Soviet Union did not sign the treaty, as the Great Soviet Encyclopedia records',
				tassLavrov2014: 'Lavrov: the results of the Second World War are “fixed in the United Nations Charter”',
				hoppouKurils: 'Japan’s position that the Kurils it renounced are the islands from Urup northwards, not the four islands'
			}
		},
		conclusion: {
			title: 'Cai’s verdict: no breakthrough this year',
			opinion: ['Cai concludes that, with Tokyo unable to thaw its relations with Moscow, the big breakthroughs Abe wants are “unlikely to happen this year”.'],
			facts: [
				'No peace treaty was signed in 2018. By Putin’s account, when he proposed in September 2018 that the two countries sign one by the end of the year without preconditions, Abe replied that the territorial question had to be settled first.'
			],
			mapDescription:
				'Hokkaido and, to its north-east, the four islands at the centre of the dispute, administered by Russia and claimed by Japan. Nothing is highlighted: the view returns to the whole disputed area.',
			supports: {
				article: 'Cai’s conclusion that no breakthrough was likely in 2018',
				tassValdai2018: 'Putin’s proposal of September 2018 and Abe’s reply, as Putin described them'
			}
		},
		afterwards: {
			title: 'Afterwards: talks sped up, then suspended',
			facts: [
				'This step covers what happened after the column; it is not part of its argument.',
				'In November 2018, meeting in Singapore, Abe and Putin agreed to speed up peace-treaty negotiations on the basis of the 1956 Joint Declaration.',
				'In June 2020 Japan’s government cancelled the planned deployment of Aegis Ashore.',
				'On 21 March 2022, after Japan joined sanctions over Russia’s invasion of Ukraine, Russia’s Foreign Ministry said it did not intend to continue peace-treaty talks with Japan, and withdrew from the dialogue on joint economic activities on the islands. Japan protested and said it could not accept the decision.'
			],
			mapDescription:
				'A wide view from Moscow to Tokyo, with both capitals marked, and the four islands north-east of Hokkaido, administered by Russia and claimed by Japan. Nothing is highlighted.',
			supports: {
				jijiSingapore2018: 'The Singapore agreement of November 2018',
				mofaSummitBuenosAires2018: 'The agreement reached in Singapore, as Japan’s Foreign Ministry recorded it',
				rcwAegisCancelled: 'The cancellation of Aegis Ashore in June 2020',
				jtTalksHalted2022: 'Russia’s statement of 21 March 2022 and its reasons',
				jijiTalksHalted2022: 'The suspension of talks and of the dialogue on joint activities, and Japan’s reaction'
			}
		}
	}
};
