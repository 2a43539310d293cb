// Test support: a tiny story, written out as the build would assemble it (src/lib/story/content/assembleStory.ts), so
// unit and component tests need no story folder and keep working whatever the real story says. An invented place: two
// islands that party "a" (Northland) administers and party "b" (Southland) claims, a harbour, a town and a line.
import type { FeatureInfo, Quotation, Story, StoryMapConfig } from './model';

/** The story's map: an area layer labelled inside its areas, a line layer with two styles, a point layer. */
export const TEST_MAP: StoryMapConfig = {
	bounds: [0, 40, 20, 60],
	inset: [
		{ id: 'region', bounds: [-10, 30, 30, 70] },
		{ id: 'world', bounds: [-180, -80, 180, 80] }
	],
	layers: [
		{
			id: 'isles',
			geometry: 'area',
			shows: 'whole',
			credit: 'osm',
			baseLand: true,
			look: { fill: '#f2bd78', outline: '#8f4a12', outlineWidth: 1, highlight: { fill: '#e07a1f', outline: '#5c2a04', outlineWidth: 2.5 } },
			labels: { at: 'label-points', size: 15, halo: 2, maxWidth: 8 },
			legend: 'layer'
		},
		{
			id: 'lines',
			geometry: 'line',
			shows: 'listed',
			baseLand: false,
			look: { width: 2, highlightWidth: 3 },
			labels: { at: 'line-center', size: 13, halo: 1.6, maxWidth: 10, offset: -0.9 },
			legend: 'per-feature',
			styles: {
				'old-border': { kind: 'border', color: '#374151', dash: [2, 1.5] },
				distance: { kind: 'measure', color: '#b91c1c', dash: [6, 2] }
			}
		},
		{
			id: 'places',
			geometry: 'point',
			shows: 'listed',
			baseLand: false,
			look: { color: '#1f2937', radius: 5, ring: '#ffffff', ringWidth: 2, highlight: { color: '#b91c1c', radius: 7 } },
			labels: { at: 'points', size: 14, halo: 1.6, maxWidth: 10, offset: 0.8 },
			legend: 'layer'
		}
	],
	labelOrder: ['lines', 'places', 'isles']
};

const ARTICLE = {
	key: 'article',
	title: 'Why the isles divide us',
	descriptive: false,
	author: 'Ann Author',
	publisher: 'The Daily Test',
	date: '2018-03-26',
	url: 'https://news.example.org/isles',
	lang: 'en'
} as const;

const QUOTES: Record<string, Quotation> = {
	distrust: {
		key: 'distrust',
		text: 'a sea of distrust',
		lang: 'en',
		speaker: 'Ann Author',
		party: 'author',
		source: ARTICLE,
		date: '2018-03-26'
	},
	ours: {
		key: 'ours',
		text: 'The isles are ours and always were',
		lang: 'en',
		speaker: 'Southland’s foreign minister',
		party: 'b',
		translated: { fromLang: 'es', original: 'Las islas son nuestras y siempre lo fueron', by: 'ours' },
		source: {
			key: 'southPress',
			title: 'Declaración del ministro',
			descriptive: false,
			publisher: 'Southland Press',
			lang: 'es',
			gloss: 'The minister’s statement'
		},
		date: '2019-01-16'
	},
	talks: {
		key: 'talks',
		text: 'we are ready to talk',
		lang: 'en',
		speaker: 'Northland’s premier',
		party: 'a',
		translated: { fromLang: 'de', by: { key: 'northWire', title: 'Premier on the isles', descriptive: false, publisher: 'North Wire', lang: 'en' } },
		source: { key: 'northWire', title: 'Premier on the isles', descriptive: false, publisher: 'North Wire', lang: 'en' }
	}
};

/** The story in English, its default language (French pages live under /fr). */
export const TEST_STORY: Story = {
	id: 'test-isles',
	lang: 'en',
	languages: [
		{ lang: 'en', base: '' },
		{ lang: 'fr', base: '/fr' }
	],
	title: 'Two isles, two names',
	dek: 'A small story for tests: two islands that Northland administers and Southland claims.',
	byline: 'A test story',
	article: { source: 'article', title: ARTICLE.title, author: 'Ann Author', publisher: 'The Daily Test', published: '2018-03-26', url: ARTICLE.url },
	words: {
		embedTitle: 'Map: two isles, two names',
		disputedNote: 'The isles are disputed: Northland administers them and Southland claims them.',
		aboutMap: 'Outlines: invented for tests.',
		legend: {
			isles: '{Isles}: administered by Northland, claimed by Southland',
			'isles-highlight': 'Isle in focus in this step',
			places: 'Place in the story',
			'places-highlight': 'Place in focus in this step'
		},
		inset: { region: 'The North Sea of Tests', world: 'The world' }
	},
	parties: [
		{ id: 'a', lang: 'de', country: 'Northland', nameLabel: 'Northland name' },
		{ id: 'b', lang: 'es', country: 'Southland', nameLabel: 'Southland name' }
	],
	naming: [
		{ id: 'both', label: 'Both', names: 'both sides’ names', example: 'Grossinsel / Isla Grande' },
		{ id: 'a', label: 'Northland', names: 'Northland names', example: 'Grossinsel', lang: 'de' },
		{ id: 'b', label: 'Southland', names: 'Southland names', example: 'Isla Grande', lang: 'es' }
	],
	nameSources: {
		about: 'Each side’s names as its government writes them in English.',
		parties: [
			{
				id: 'a',
				heading: 'Northland name',
				source: { key: 'northGazetteer', title: 'Northland gazetteer', descriptive: false, publisher: 'Northland Survey', lang: 'en' }
			},
			{ id: 'b', heading: 'Southland name' }
		],
		places: [
			{
				id: 'big-isle',
				names: {
					a: { name: 'Grossinsel' },
					b: { name: 'Isla Grande', source: { key: 'southPress', title: 'Declaración del ministro', descriptive: false, lang: 'es' } }
				}
			},
			{ id: 'harbour', names: { a: { name: 'Nordhafen' }, b: { name: 'Puerto Sur' } } }
		]
	},
	names: {
		'big-isle': { a: 'Grossinsel', b: 'Isla Grande', both: 'Grossinsel / Isla Grande' },
		'tern-rock': { a: 'Tern Rock', b: 'Tern Rock', both: 'Tern Rock' },
		harbour: { a: 'Nordhafen', b: 'Puerto Sur', both: 'Nordhafen / Puerto Sur' },
		town: { a: 'Capitol', b: 'Capitol', both: 'Capitol' },
		'old-border': { a: 'Border of 1900', b: 'Border of 1900', both: 'Border of 1900' },
		isles: { a: 'the Northland Isles', b: 'the Southern Isles', both: 'the Northland Isles / Southern Isles' }
	},
	quotes: QUOTES,
	steps: [
		{
			id: 'first-look',
			kind: 'argument',
			title: 'A first look at {big-isle}',
			opinion: [['Ann Author sees “', { quote: 'distrust', words: 'a sea of distrust' }, '” around {isles}.']],
			quotes: ['distrust'],
			facts: [['{Big-isle} is the larger of {isles}; {tern-rock} lies off it.']],
			camera: { fit: ['big-isle', 'tern-rock'], padding: 40 },
			layers: ['isles', 'places'],
			show: ['harbour'],
			highlight: ['big-isle'],
			mapDescription: '{Isles}, with {big-isle} highlighted and a dot at {harbour}.',
			citations: [
				{ ...ARTICLE, supports: 'The author’s view of {isles}' },
				{ key: 'atlas', title: 'Atlas of the isles', descriptive: true, publisher: 'Test Atlas', lang: 'en', supports: 'The size of {big-isle}' }
			],
			quotations: ['distrust']
		},
		{
			id: 'the-harbour',
			kind: 'context',
			title: 'The harbour of {big-isle}',
			facts: [
				['Southland’s minister said “', { quote: 'ours', words: 'The isles are ours and always were' }, '” of {isles}.'],
				['Northland’s premier said “', { quote: 'talks', words: 'we are ready to talk' }, '”. {Harbour} lies on {big-isle}.']
			],
			camera: { fit: ['harbour'], padding: 60, maxZoom: 9 },
			layers: ['places', 'lines'],
			show: ['harbour', 'town', 'old-border'],
			highlight: ['harbour'],
			mapDescription: 'A dot marks {harbour}; the border of 1900 runs past it.',
			citations: [
				{
					key: 'southPress',
					title: 'Declaración del ministro',
					descriptive: false,
					publisher: 'Southland Press',
					date: '2019-01-16',
					lang: 'es',
					gloss: 'The minister’s statement'
				},
				{
					key: 'northWire',
					title: 'Premier on the isles',
					descriptive: false,
					publisher: 'North Wire',
					via: 'Isles Archive',
					lang: 'en',
					note: 'summary of the premier’s interview'
				}
			],
			quotations: ['ours', 'talks']
		},
		{
			id: 'what-next',
			kind: 'conclusion',
			title: 'What next',
			opinion: [['Ann Author ends with no answer.']],
			facts: [],
			camera: { center: [10, 50], zoom: 4 },
			layers: [],
			show: [],
			highlight: [],
			mapDescription: 'The sea around {isles}.',
			citations: [{ ...ARTICLE, supports: 'The verdict' }],
			quotations: []
		}
	],
	map: TEST_MAP
};

const area = (id: string, extra: Partial<FeatureInfo> = {}): FeatureInfo => ({
	id,
	layer: 'isles',
	geometry: 'area',
	description: `An island of {isles}.`,
	administeredBy: 'a',
	claimedBy: 'b',
	anchor: [10, 50],
	...extra
});

/** Each feature's popup, in English. */
export const TEST_FEATURES: Record<string, FeatureInfo> = {
	'big-isle': area('big-isle', {
		description: 'The larger of {isles}, with {tern-rock} off its coast.',
		ownNames: { a: 'Großinsel', b: 'Isla Grande' },
		administeredAs: 'North Isles District',
		claimedAs: 'Province of the South Isles',
		areaKm2: 3168.4,
		areaOfficialKm2: 3168,
		areaOfficialSource: {
			key: 'atlas',
			title: 'Atlas of the isles',
			descriptive: true,
			publisher: 'Test Atlas',
			url: 'https://atlas.example.org/',
			lang: 'en'
		},
		anchor: [10, 50]
	}),
	'tern-rock': area('tern-rock', { description: 'A rock off {big-isle}.', anchor: [11, 49] }),
	harbour: {
		id: 'harbour',
		layer: 'places',
		geometry: 'point',
		description: 'The port of {big-isle}.',
		date: '1900-05-01',
		source: { key: 'atlas', title: 'Atlas of the isles', descriptive: true, publisher: 'Test Atlas', url: 'https://atlas.example.org/', lang: 'en' },
		anchor: [10.2, 50.1]
	},
	town: { id: 'town', layer: 'places', geometry: 'point', description: 'Northland’s capital.', anchor: [5, 55] },
	'old-border': {
		id: 'old-border',
		layer: 'lines',
		geometry: 'line',
		title: 'Border of 1900 between {big-isle} and the mainland',
		description: 'Drawn in 1900.',
		treaty: 'The Treaty of {Harbour}',
		date: '1900-05-01',
		lengthKm: 12.34,
		style: 'old-border',
		anchor: [9, 51]
	}
};
