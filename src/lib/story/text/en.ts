// The story in English: every word a reader sees in a step, keyed by step id (the structure is in ../story.ts).
// Disputed places are named only through {placeholders} (../placeNames.ts); short quotations are the column's words.
import type { StoryText } from '../types';

export const STORY_TEXT_EN: StoryText = {
	title: 'A chill over four islands',
	dek: 'In March 2018 Cai Hong, China Daily’s Tokyo bureau chief, argued that Japan and Russia were no nearer to a peace treaty. We follow the column step by step, set the author’s argument apart from the checkable record, and map the places it mentions.',
	byline: 'A treaty-map explainer',
	steps: {
		'lavrov-in-tokyo': {
			title: 'A joke about snow, and a real chill',
			opinion: [
				'Cai opens with Russia’s foreign minister, Sergey Lavrov, arriving in a snowy Tokyo, and with his Japanese counterpart, Taro Kono, joking that the Russian guest had brought the weather with him.',
				'Beyond the banter, Cai argues, relations between Japan and Russia had genuinely cooled: “a chill has indeed descended”.'
			],
			quotes: [{ text: 'Since we did not interfere in your elections, we decided to intervene in the weather', speaker: 'Sergey Lavrov' }],
			facts: [
				'Japan’s foreign minister, Taro Kono, held talks with Lavrov in Tokyo on 21 March 2018, followed by a working lunch; by the Japanese Foreign Ministry’s count it was their fifth meeting as foreign ministers.',
				'According to the Japanese Foreign Ministry, the two confirmed a calendar of further talks, including a vice-ministerial strategic dialogue in Moscow on 19 April 2018.'
			],
			mapDescription:
				'A wide view of Russia and Japan, from Moscow in the west to Tokyo in the east. Both capitals are marked; Tokyo, where the two foreign ministers met, is highlighted.',
			supports: {
				article: 'Lavrov’s arrival, the joke about the weather and Cai’s claim that relations had cooled',
				mofaFm20180321: 'The meeting on 21 March 2018, its length, that it was the fifth, and the talks agreed',
				efeFm20180321: 'The ministers met in Tokyo on Wednesday 21 March 2018'
			}
		},
		'aegis-ashore': {
			title: 'Aegis Ashore: a missile shield Moscow objects to',
			opinion: [
				'Cai reports Lavrov’s objection: in Moscow’s eyes, Japan’s planned Aegis Ashore system would in practice be folded into America’s missile defences and would touch Russia’s security directly.',
				'Japan went ahead despite Russia’s objections, Cai notes, describing the stated purpose of intercepting North Korean ballistic missiles as only “ostensibly” the reason.'
			],
			facts: [
				'On 19 December 2017 Prime Minister Shinzo Abe’s cabinet approved buying two land-based Aegis Ashore missile-defence systems, adding to a defence then made up of Aegis-equipped destroyers and Patriot batteries.',
				'During 2018 the Defence Ministry named its candidate sites: the Ground Self-Defence Force’s Araya training area in the city of Akita, and its Mutsumi training area in Hagi, Yamaguchi Prefecture.',
				'At the 21 March 2018 meeting, Lavrov said the US deployment of missile defence in the region directly affected Russia’s security; Kono replied that it would not threaten Japan’s neighbours, Russia included.',
				'In January 2018 Lavrov had said Moscow seriously doubted that Japan, rather than the United States, would control the system.'
			],
			mapDescription:
				'Japan’s main island, Honshu. Two highlighted dots mark the candidate Aegis Ashore sites: the Araya training area in Akita, on the Sea of Japan coast of northern Honshu, and the Mutsumi training area in Hagi, Yamaguchi, near the western end of Honshu. Tokyo is marked for reference.',
			supports: {
				article: 'Lavrov’s view of Aegis Ashore and Cai’s account of Japan’s decision',
				jtAegisCabinet: 'The cabinet decision of 19 December 2017 to buy two systems, and Japan’s existing two-layer defence',
				jtAegisSites: 'The candidate sites: the Araya training area in Akita and the Mutsumi training area in Hagi',
				scmpAegisAkita: 'The two candidate sites named by the Defence Ministry in 2018',
				jmhKonoLavrov: 'What Lavrov and Kono said about missile defence on 21 March 2018',
				jmhLavrovAegisJan: 'Lavrov’s doubts in January 2018 about who would control the system'
			}
		},
		'four-islands': {
			title: 'Four islands and no peace treaty',
			opinion: [
				'Cai argues that “distrust runs deep” between Moscow and Tokyo, however busy their diplomacy.',
				'In Cai’s reading, Abe is betting that personal rapport with Putin can win the islands back for Japan, and it is the quarrel over them that has kept the two countries from a peace treaty.'
			],
			facts: [
				'The four islands are {iturup}, {kunashir}, {shikotan} and the {habomai} islets, off the north-eastern tip of Hokkaido.',
				'Soviet forces occupied all four between late August and early September 1945, at the end of the Second World War. The Soviet Union and then Russia has administered them ever since; Russia runs them as part of Sakhalin Oblast.',
				'Japan claims the islands and says they were seized illegally; Russia says it acquired them lawfully as a result of the war. Because of the dispute, the two countries have never signed a peace treaty after the war.',
				'The names differ: {islands-name-note}.'
			],
			mapDescription:
				'The sea north-east of Hokkaido. All four disputed islands are highlighted: {iturup}, the largest, farthest to the north-east; {kunashir}, nearest to Hokkaido’s eastern coast; and to the south-east {shikotan} and the small {habomai} islets, just off Hokkaido’s easternmost tip. Russia administers all four; Japan claims them. Hokkaido, undisputed Japanese territory, lies to the south-west.',
			supports: {
				article: 'Cai’s argument that distrust runs deep and that the dispute blocks a peace treaty',
				mofaTerritory: 'Japan’s position, and the occupation of the four islands between 28 August and 5 September 1945',
				jtKunashiri2022: 'Both positions: Japan says the islands were seized illegally, Russia that it took them legitimately',
				jtTalksHalted2022: 'No peace treaty has been signed since the war because of the dispute over the four islands',
				interfaxIturup: 'Russia administers the islands as part of Sakhalin Oblast (the Sakhalin region)'
			}
		},
		'joint-declaration-1956': {
			title: '1956: two islands promised, after a treaty',
			facts: [
				'On 19 October 1956 Japan and the Soviet Union signed a Joint Declaration in Moscow that ended the state of war between them and restored diplomatic relations; both countries ratified it that December.',
				'Under its Article 9 the two sides would keep negotiating a peace treaty, and the Soviet Union agreed to hand {shikotan} and the {habomai} islets over to Japan, the actual transfer to follow the conclusion of a peace treaty.',
				'The declaration does not mention {iturup} or {kunashir}. No peace treaty has been signed, so no transfer has taken place.'
			],
			mapDescription:
				'The southern end of the four islands, just east of Hokkaido. {shikotan} and the {habomai} islets, the two named in the 1956 declaration, are highlighted. {kunashir} and {iturup}, which it does not mention, lie further north and are not highlighted. All four are administered by Russia and claimed by Japan.',
			supports: {
				tass1956: 'The signing on 19 October 1956, ratification in December 1956, and Article 9 on handing over the two islands after a peace treaty',
				jointDeclarationText: 'The text of the declaration, including Article 9',
				jijiSingapore2018: 'The declaration provides for handing over the {habomai} islets and {shikotan} after a peace treaty'
			}
		},
		'nosappu-gap': {
			title: 'Within sight of Hokkaido',
			facts: [
				'Cape Nosappu, at the end of the Nemuro Peninsula, is the easternmost point of Hokkaido; on a clear day the nearest disputed islands can be seen from it.',
				'The nearest of the {habomai} islets, a low rock called {nearest-islet} with a lighthouse on it, is usually given as about 3.7 km off the cape. The line on the map measures the shortest gap between the outlines drawn here, so its length may differ slightly.'
			],
			mapDescription:
				'A close-up of Hokkaido’s eastern tip. A dot marks Cape Nosappu; a highlighted line crosses the few kilometres of water from the cape to the nearest of the {habomai} islets, which Russia administers and Japan claims. More of the {habomai} islets lie beyond it.',
			supports: {
				kaigarajimaWiki: 'The rock, its lighthouse and its distance of about 3.7 km from Cape Nosappu',
				japanTravelNosappu: 'Cape Nosappu is the easternmost point of Hokkaido, with the islands visible on a clear day',
				geoNosappuGap: 'The line drawn on the map, measured between this map’s outlines'
			}
		},
		nagato: {
			title: 'Hot springs in Nagato, and plans for joint projects',
			opinion: [
				'Cai describes Abe as eager to win Putin over, pointing to some 20 meetings between the two in recent years.',
				'Cai recalls the December 2016 summit at a hot-spring resort in Nagato, Abe’s home town, which produced an agreement to talk about joint economic projects on the islands, and the cultural “Japan Year in Russia” and “Russia Year in Japan” planned for 2018.',
				'Yet, Cai argues, none of this has got beyond “diplomatic bonhomie”.'
			],
			facts: [
				'Putin visited Japan on 15 and 16 December 2016. He and Abe held talks at a hot-spring inn in Nagato, Yamaguchi Prefecture, Abe’s home town, on the first day and in Tokyo on the second.',
				'The leaders agreed to begin consultations on joint economic activities on the four islands, in fields such as fisheries, tourism, medicine and the environment.',
				'Japan’s government counted the leaders’ meeting in Da Nang on 10 November 2017 as their 20th summit.',
				'Abe and Putin opened the Japan–Russia cultural years at the Bolshoi Theatre in Moscow on 26 May 2018, two months after the column appeared.'
			],
			mapDescription:
				'Western and central Japan. A highlighted dot marks Nagato, the hot-spring town in Yamaguchi Prefecture where Abe hosted Putin on 15 December 2016; a second dot marks Tokyo, where their talks continued the next day.',
			supports: {
				article: 'Abe’s courtship of Putin, the Nagato meeting, the cultural years and Cai’s verdict of no progress',
				mofaSummitLima2016: 'The plan to meet in Nagato, Abe’s home town, on 15 December 2016 and in Tokyo the next day',
				tassVisitProgramme: 'The programme of Putin’s visit on 15 and 16 December 2016',
				jijiSpecialFramework: 'The talks at a hot-spring resort hotel in Nagato',
				tassJointActivities: 'The agreement to consult on joint economic activities, and the fields named',
				kremlinTokyo2016: 'The leaders’ statements in Tokyo on 16 December 2016',
				mofaSummitDanang: 'The Da Nang meeting was the 20th Japan–Russia summit under Abe',
				japanTodayMay2018: 'The opening of the cultural years at the Bolshoi Theatre on 26 May 2018'
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
				'Cai argues that the US alliance keeps Tokyo and Moscow at arm’s length, and presents Japan’s 2014 sanctions on Russia as a concession to pressure from Washington.',
				'As Cai sees it, Moscow regards Japan above all as Washington’s ally rather than a partner free to act for itself, so Tokyo must “walk a tightrope” between the two.'
			],
			facts: [
				'In March 2014, after Russia’s annexation of Crimea, Japan suspended talks with Russia on easing visa rules and froze the planned start of talks on an investment agreement and other accords.',
				'In April 2014 Japan, acting with its G7 partners, stopped issuing visas to 23 people it held responsible for violating Ukraine’s sovereignty; later in 2014 it froze the assets of 40 individuals and two entities linked to Crimea’s annexation and the fighting in eastern Ukraine.',
				'In a December 2016 interview with Japan’s NTV, Putin said Japan had “alliance obligations” and that Russia needed to understand how much freedom of action Japan had.'
			],
			mapDescription:
				'A wide view from Moscow to Tokyo, with both capitals highlighted. The map shows only the two governments concerned; it does not show sanctions or alliances.',
			supports: {
				article: 'Cai’s argument about the US alliance, the 2014 sanctions and Russian distrust',
				inquirerSanctions2014: 'Japan’s first measures of March 2014',
				mofaSanctionsApril2014: 'The visa ban on 23 individuals, April 2014',
				afpSanctionsAug2014: 'The asset freeze on 40 individuals and two groups in 2014',
				tassPutinNtv2016: 'Putin on Japan’s alliance obligations and its freedom of action'
			}
		},
		danang: {
			title: 'Da Nang: Putin’s questions',
			opinion: [
				'Cai reports that when Abe and Putin met at the APEC summit in Da Nang, Vietnam, in November 2017, Putin spoke of “lots of questions” about a peace treaty, among them what Japan had promised its partners on defence and security.',
				'Cai reads this as Moscow wanting to test how far Tokyo is free to decide for itself, and notes Putin’s warning that the answers might take more than a year.'
			],
			quotes: [{ text: 'what commitments Japan has toward its partners in the areas of defense and security', speaker: 'Vladimir Putin' }],
			facts: [
				'Abe and Putin met on 10 November 2017 on the margins of the APEC leaders’ meeting in Da Nang, for about 65 minutes; Japan counted it as their 20th summit.',
				'Putin made his remarks about Japan’s security obligations at a news conference in Da Nang the next day, 11 November, saying that clarifying them was a big job that might take years.',
				'Putin also invited Abe to the St Petersburg International Economic Forum in May 2018.'
			],
			mapDescription:
				'East and South-East Asia. A highlighted dot marks Da Nang, on the central coast of Vietnam, host of the 2017 APEC leaders’ meeting; Tokyo is marked to the north-east for reference.',
			supports: {
				article: 'Cai’s account of the Da Nang meeting and of Putin’s questions',
				mofaSummitDanang: 'The meeting on 10 November 2017, its length, and that it was the 20th summit',
				tassPutinDanang: 'Putin’s remarks at his news conference on 11 November 2017',
				jmhSummitNov2017: 'Putin’s invitation to the St Petersburg forum in May 2018'
			}
		},
		'may-visit': {
			title: 'Preparing Abe’s May visit',
			opinion: [
				'Cai notes that Lavrov came to Tokyo partly to prepare Abe’s trip to Russia in May, and argues that Abe sees each encounter with Putin as another opening to move the stalled talks on the islands and the treaty.'
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
				'Japan’s Chief Cabinet Secretary, Yoshihide Suga, said Tokyo had told Moscow through diplomatic channels that the move went against Japan’s position.'
			],
			mapDescription:
				'A close view of {iturup}, the largest of the four islands, administered by Russia and claimed by Japan; the island is highlighted. A highlighted dot on it marks Yasny airport, which Russian military aircraft may also use since 2018.',
			supports: {
				article: 'Cai’s reading of the airport decision as a signal from Moscow',
				interfaxIturup: 'The government resolution adding the airfield to the list of joint civil–military airfields',
				rbcIturup: 'The order’s wording and its publication on the legal information portal',
				jtIturupAirport: 'The order of Tuesday 30 January 2018, and Suga’s response',
				interfaxYasny: 'The airport’s completion in 2014 and its name, Yasny, given in 2015'
			}
		},
		exercise: {
			title: 'Military drills on the eve of {territories-day}',
			opinion: [
				'Cai also points to the timing of a Russian military exercise on the islands: it began on 6 February, the eve of the day each year when Japan officially presses its claim to them. Cai reads it, together with the airport decision, as part of the same clear message from Moscow.'
			],
			facts: [
				'According to Interfax, Russian forces began exercises on {kunashir} and elsewhere in the Kuril chain on 6 February 2018. Russia described them as counter-terrorism training involving more than 2,000 troops and equipment including helicopters.',
				'Japan marks 7 February as {territories-day}, set by a cabinet decision in January 1981; a national rally calling for the islands’ return is held in Tokyo on that day each year.'
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
				'On 7 February 1855 Japan and Russia signed their first treaty, at Shimoda. It drew the border through the Kuril chain between {iturup} and Urup: the islands to the south, including all four now in dispute, were Japanese, and Urup and the islands beyond it Russian.',
				'The treaty’s anniversary is why Japan chose 7 February for {territories-day}.',
				'Japan cites the 1855 treaty in support of its claim; Russia holds that the islands became Soviet as a result of the Second World War and that its sovereignty over them is not in question.'
			],
			mapDescription:
				'The waters around {iturup}. A highlighted line marks the 1855 border, running through the strait between {iturup} and the island of Urup to its north-east. The four islands south-west of the line, administered by Russia today and claimed by Japan, are shown but not highlighted.',
			supports: {
				mofaTerritory: 'The treaty of 7 February 1855 and the boundary between the two islands',
				cabinetOfficeFeb7: 'The treaty was signed at Shimoda on 7 February 1855, the date Japan later chose for the day',
				sputnikTalksHalted2022: 'Japan cites the 1855 treaty; Moscow holds that its sovereignty, dating from the war, is undisputed'
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
