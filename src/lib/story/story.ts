// The story's structure: its steps in order, each with its kind, camera, map layers and sources. Data, not code;
// the prose of each step is apart, one file per language (text/en.ts), and validateStory checks both together.
import type { StoryStructure } from './types';

const ALL_ISLANDS = ['iturup', 'kunashir', 'shikotan', 'habomai'];
/** The border lines, oldest first (geo/lines.geojson). */
const BORDERS = ['shimoda-1855', 'stpetersburg-1875', 'portsmouth-1905', 'control-1945'];
/** Five US bases in Japan, north to south (geo/places.geojson). */
const US_BASES = ['misawa', 'yokota', 'yokosuka', 'iwakuni', 'kadena'];

export const STORY_STRUCTURE: StoryStructure = {
	id: 'japan-russia-chill-2018',
	article: 'article',
	steps: [
		{
			id: 'lavrov-in-tokyo',
			kind: 'argument',
			// On a phone, Moscow to Tokyo leaves both specks; Tokyo, where the ministers met, comes first.
			camera: { fit: ['moscow', 'tokyo'], padding: 60, small: { fit: ['tokyo'], maxZoom: 4 } },
			layers: ['places'],
			show: ['moscow', 'tokyo'],
			highlight: ['tokyo'],
			sources: ['article', 'mofaFm20180321', 'efeFm20180321', 'tassLavrovJoke', 'rtLavrovJoke', 'wikiChinaDaily']
		},
		{
			id: 'aegis-ashore',
			kind: 'argument',
			camera: { fit: ['aegis-akita', 'aegis-yamaguchi'], padding: 80 },
			layers: ['places'],
			show: ['aegis-akita', 'aegis-yamaguchi', 'tokyo'],
			highlight: ['aegis-akita', 'aegis-yamaguchi'],
			sources: ['article', 'jtAegisCabinet', 'sakigakeAegis2017', 'jtAegisMay2018', 'jmhAegisJune2018', 'jtAegisSites', 'gsdfArmy', 'jmhKonoLavrov']
		},
		{
			id: 'four-islands',
			kind: 'argument',
			camera: { fit: ALL_ISLANDS, padding: 40, maxZoom: 7 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: ALL_ISLANDS,
			sources: ['article', 'mofaTerritory', 'jtKunashiri2022', 'jtTalksHalted2022', 'interfaxIturup', 'hoppouDistances']
		},
		{
			id: 'joint-declaration-1956',
			kind: 'context',
			camera: { fit: ['shikotan', 'habomai'], padding: 60, maxZoom: 8.5 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: ['shikotan', 'habomai'],
			sources: ['tass1956', 'jointDeclarationText', 'jijiSingapore2018', 'jt1960Memo', 'nipponJiji1960']
		},
		{
			id: 'nosappu-gap',
			kind: 'context',
			camera: { fit: ['nosappu-gap', 'cape-nosappu'], padding: 80, maxZoom: 11 },
			layers: ['islands', 'hokkaido', 'places', 'lines'],
			show: ['cape-nosappu', 'nosappu-gap'],
			highlight: ['nosappu-gap', 'cape-nosappu'],
			sources: ['kaigarajimaWiki', 'hoppouDistances', 'japanTravelNosappu', 'geoNosappuGap']
		},
		{
			id: 'islanders',
			kind: 'context',
			camera: { fit: ALL_ISLANDS, padding: 40, maxZoom: 7 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: ['kunashir', 'iturup', 'shikotan'],
			sources: ['hoppouPopulation', 'hokkaidoNp2021', 'cao1945', 'nemuroRepatriation', 'rausuRemoval']
		},
		{
			id: 'nagato',
			kind: 'argument',
			camera: { fit: ['nagato', 'tokyo'], padding: 80 },
			layers: ['places'],
			show: ['nagato', 'tokyo'],
			highlight: ['nagato'],
			sources: [
				'article',
				'mofaSummitLima2016',
				'tassVisitProgramme',
				'jijiSpecialFramework',
				'dwNagato2016',
				'britannicaAbe',
				'tassJointActivities',
				'kremlinTokyo2016'
			]
		},
		{
			id: 'trojan-horse',
			kind: 'argument',
			camera: { fit: ALL_ISLANDS, padding: 40, maxZoom: 7 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: ALL_ISLANDS,
			sources: ['article', 'tassJointActivities', 'jijiSpecialFramework', 'mofaSummitDanang', 'jmhSummitNov2017']
		},
		{
			id: 'us-alliance',
			kind: 'argument',
			// The alliance on the ground: five US bases, from Misawa in the north to Kadena on Okinawa.
			camera: { fit: US_BASES, padding: 50 },
			layers: ['places'],
			show: [...US_BASES, 'tokyo'],
			highlight: US_BASES,
			sources: ['article', 'inquirerSanctions2014', 'mofaSanctionsApril2014', 'afpSanctionsAug2014', 'tassPutinNtv2016', 'usfjAbout']
		},
		{
			id: 'danang',
			kind: 'argument',
			camera: { fit: ['danang', 'tokyo'], padding: 80 },
			layers: ['places'],
			show: ['danang', 'tokyo'],
			highlight: ['danang'],
			sources: ['article', 'mofaSummitDanang', 'tassPutinDanang', 'reutersPutinDanang']
		},
		{
			id: 'may-visit',
			kind: 'argument',
			// On a phone, Moscow, where the leaders met in May, comes first.
			camera: { fit: ['moscow', 'tokyo'], padding: 60, small: { fit: ['moscow'], maxZoom: 3.5 } },
			layers: ['places'],
			show: ['moscow', 'tokyo'],
			highlight: ['moscow'],
			sources: ['article', 'jmhKonoLavrov', 'efeFm20180321', 'kremlinVladivostok2017', 'sputnikSpief2018', 'rferlMay2018', 'jtMay2018']
		},
		{
			id: 'iturup-airport',
			kind: 'argument',
			camera: { fit: ['iturup', 'iturup-airport'], padding: 60, maxZoom: 8 },
			layers: ['islands', 'places'],
			show: ['iturup-airport'],
			highlight: ['iturup', 'iturup-airport'],
			sources: ['article', 'interfaxIturup', 'rbcIturup', 'jtIturupAirport', 'interfaxYasny', 'jtChiefCabinetSecretary']
		},
		{
			id: 'exercise',
			kind: 'argument',
			camera: { fit: ALL_ISLANDS, padding: 40, maxZoom: 7 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: ['kunashir'],
			sources: ['article', 'jmhExercise2018', 'cabinetOfficeFeb7', 'kanteiRally2012']
		},
		{
			id: 'shimoda-1855',
			kind: 'context',
			camera: { fit: ['shimoda-1855', 'iturup'], padding: 60, maxZoom: 7 },
			layers: ['islands', 'lines'],
			show: ['shimoda-1855'],
			highlight: ['shimoda-1855'],
			sources: ['mofaTerritory', 'cabinetOfficeFeb7', 'sputnikTalksHalted2022', 'britannicaKurils']
		},
		{
			id: 'border-history',
			kind: 'context',
			camera: { fit: BORDERS, padding: 40 },
			layers: ['islands', 'hokkaido', 'lines'],
			show: BORDERS,
			highlight: BORDERS,
			sources: ['jointCompendium1875', 'portsmouthText', 'mofaTerritory', 'tassLavrov2014']
		},
		{
			id: 'two-readings',
			kind: 'context',
			camera: { fit: ['shimoda-1855', 'control-1945', 'stpetersburg-1875'], padding: 40 },
			layers: ['islands', 'hokkaido', 'lines'],
			show: ['shimoda-1855', 'control-1945', 'stpetersburg-1875'],
			highlight: ['shimoda-1855', 'control-1945'],
			sources: ['casYalta', 'kennanTass1946', 'mofaTerritory', 'casArticle2c', 'spfArticle2c', 'gseSanFrancisco', 'tassLavrov2014', 'hoppouKurils']
		},
		{
			id: 'conclusion',
			kind: 'conclusion',
			camera: { fit: [...ALL_ISLANDS, 'hokkaido'], padding: 40 },
			layers: ['islands', 'hokkaido'],
			show: [],
			highlight: [],
			sources: ['article', 'tassValdai2018']
		},
		{
			id: 'afterwards',
			kind: 'context',
			camera: { fit: ['moscow', 'tokyo', 'iturup'], padding: 60 },
			layers: ['islands', 'places'],
			show: ['moscow', 'tokyo'],
			highlight: [],
			sources: ['jijiSingapore2018', 'mofaSummitBuenosAires2018', 'rcwAegisCancelled', 'jtTalksHalted2022', 'jijiTalksHalted2022']
		}
	]
};
