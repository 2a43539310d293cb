// The schemas of a story folder's files (docs/authoring.md), in valibot. Each file is checked against its schema
// before anything refers across files; every message says what was expected, and the loader adds where (file, line,
// column) from the position of the value in the file. The story's TypeScript types are inferred from these.
import * as v from 'valibot';
import { FRONT_PAGE_KEY, ID_PATTERN, STORY_MAX_ZOOM } from '../../text/ids';
import { STEP_KIND_IDS } from '../stepKinds';

/** Source and quote keys: letters and digits, hyphens allowed (`ministryStatement`, `press-2014`). */
const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
/** A BCP 47 tag as a language folder's name: `en`, `ja`, `zh-Hans`. */
const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;
const MAX_PITCH_DEG = 85;
const MAX_ABS_BEARING_DEG = 360;

const got = (input: unknown): string =>
	input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input === 'string' ? `"${input}"` : typeof input === 'object' ? 'a mapping' : String(input);

const text = v.pipe(
	v.string((i) => `expected text, got ${got(i.input)}`),
	v.trim(),
	v.nonEmpty('must not be empty')
);
const id = (what: string) =>
	v.pipe(
		v.string((i) => `expected ${what}, got ${got(i.input)}`),
		v.regex(ID_PATTERN, (i) => `${got(i.input)} is not a valid ${what}: use lowercase letters, digits and single hyphens, e.g. "first-meeting"`)
	);
const key = (what: string) =>
	v.pipe(
		v.string((i) => `expected ${what}, got ${got(i.input)}`),
		v.regex(KEY_PATTERN, (i) => `${got(i.input)} is not a valid ${what}: letters and digits, e.g. "mofaTerritory"`)
	);
const sourceKey = key('source key');
const quoteKey = key('quote key');
const lang = v.pipe(
	v.string((i) => `expected a language tag, got ${got(i.input)}`),
	v.regex(LANG_PATTERN, (i) => `${got(i.input)} is not a language tag such as "en", "ja", "ru" or "zh-Hans"`)
);
const finite = (what: string) =>
	v.pipe(
		v.number((i) => `expected a number (${what}), got ${got(i.input)}`),
		v.finite(`must be a finite number (${what})`)
	);
const list = <T extends v.GenericSchema>(item: T, what: string) => v.array(item, (i) => `expected a list of ${what}, got ${got(i.input)}`);
const lonLat = v.tuple([finite('longitude'), finite('latitude')], (i) => `expected [longitude, latitude], got ${got(i.input)}`);
const bbox = v.pipe(
	v.tuple([finite('west'), finite('south'), finite('east'), finite('north')], (i) => `expected [west, south, east, north] in degrees, got ${got(i.input)}`),
	v.check(([w, s, e, n]) => w < e && s < n, 'west must be less than east, and south less than north'),
	v.check(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90, 'must lie within [-180, -90, 180, 90]')
);
const zoom = v.pipe(finite('zoom'), v.minValue(0, 'must be at least 0'), v.maxValue(STORY_MAX_ZOOM, `must be at most ${STORY_MAX_ZOOM}`));
const colour = v.pipe(
	v.string((i) => `expected a colour, got ${got(i.input)}`),
	v.regex(/^#[0-9a-fA-F]{6}$/, (i) => `${got(i.input)} is not a colour: write it as #rrggbb`)
);
const px = (what: string) => v.pipe(finite(what), v.minValue(0, 'must be 0 or more'));
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** YYYY, YYYY-MM or YYYY-MM-DD (YAML reads an unquoted date as a date: both are accepted). */
const isoDate = v.pipe(
	v.union([v.string(), v.date()], (i) => `expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got ${got(i.input)}`),
	v.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)),
	v.regex(ISO_DATE, (i) => `${got(i.input)} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY`)
);
const strict = <T extends v.ObjectEntries>(entries: T, what: string) =>
	v.strictObject(entries, (i) =>
		i.expected === 'never' ? `unknown field (${what} has ${Object.keys(entries).join(', ')})` : `expected ${what} (a mapping), got ${got(i.input)}`
	);

// ---------- story.yaml ----------

const orientation = {
	bearing: v.optional(v.pipe(finite('degrees'), v.minValue(-MAX_ABS_BEARING_DEG), v.maxValue(MAX_ABS_BEARING_DEG))),
	pitch: v.optional(v.pipe(finite('degrees'), v.minValue(0), v.maxValue(MAX_PITCH_DEG)))
};
const fitFields = {
	fit: v.pipe(list(id('feature id'), 'feature ids'), v.minLength(1, 'must list at least one feature id')),
	padding: v.optional(px('px')),
	maxZoom: v.optional(zoom)
};
/** A camera given by centre and zoom, as MapLibre takes it. */
const CameraCenterSchema = strict({ center: lonLat, zoom, ...orientation }, 'a camera with a center (center, zoom, bearing, pitch)');
/**
 * A camera that frames features, with extra padding in px. Where its view cannot show them well on a small map (a
 * phone), `small` names what matters first; the map frames those instead when its clear part is narrow.
 */
const CameraFitSchema = strict(
	{ ...fitFields, small: v.optional(strict(fitFields, 'a small camera (fit, padding, maxZoom)')), ...orientation },
	'a camera that fits features (fit, padding, maxZoom, small, bearing, pitch)'
);
const CameraSchema = v.lazy((input) => (typeof input === 'object' && input !== null && 'center' in input ? CameraCenterSchema : CameraFitSchema));

const StepStructureSchema = strict(
	{
		id: v.pipe(
			id('step id'),
			v.check((s) => s !== FRONT_PAGE_KEY, `"${FRONT_PAGE_KEY}" names the front page's files: choose another step id`)
		),
		kind: v.picklist(STEP_KIND_IDS, (i) => `unknown step kind ${got(i.input)} (expected one of ${STEP_KIND_IDS.join(', ')})`),
		camera: CameraSchema,
		/** The story's layers this step shows (the basemap always is). */
		layers: list(id('layer id'), 'layer ids'),
		/** Features shown by the layers that show only what a step lists. */
		show: v.optional(list(id('feature id'), 'feature ids'), []),
		/** Features in focus; each must be shown. */
		highlight: v.optional(list(id('feature id'), 'feature ids'), []),
		/** Which sides' cases the step states: each it names must be quoted if any is (equal care). */
		presents: v.optional(list(id('party id'), 'party ids')),
		/** Keys of sources.yaml, in the order the step lists them. */
		sources: v.pipe(list(sourceKey, 'source keys'), v.minLength(1, 'a step needs at least one source'))
	},
	'a step (id, kind, camera, layers, show, highlight, presents, sources)'
);

const look = {
	area: strict(
		{
			fill: colour,
			outline: colour,
			outlineWidth: px('px'),
			highlight: v.optional(strict({ fill: colour, outline: colour, outlineWidth: px('px') }, 'a highlighted look (fill, outline, outlineWidth)'))
		},
		'an area look (fill, outline, outlineWidth, highlight)'
	),
	line: strict({ width: px('px'), highlightWidth: px('px') }, 'a line look (width, highlightWidth)'),
	point: strict(
		{
			color: colour,
			radius: px('px'),
			ring: colour,
			ringWidth: px('px'),
			highlight: strict({ color: colour, radius: px('px') }, 'a highlighted look (color, radius)')
		},
		'a point look (color, radius, ring, ringWidth, highlight)'
	)
};
const LineStyleSchema = strict(
	{
		/** A border (the validator wants its date, treaty and source) or a measure (its length, checked against the line). */
		kind: v.picklist(['border', 'measure'], (i) => `unknown line kind ${got(i.input)} (expected border or measure)`),
		color: colour,
		/** Dash and gap, in line widths. */
		dash: v.tuple([px('dash'), px('gap')], (i) => `expected [dash, gap], got ${got(i.input)}`)
	},
	'a line style (kind, color, dash)'
);
const labels = strict(
	{
		/** At the layer's points, at a label point inside each area (computed at build), or along lines. */
		at: v.picklist(['points', 'label-points', 'line-center'], (i) => `unknown label placement ${got(i.input)} (expected points, label-points or line-center)`),
		size: px('px'),
		halo: px('px'),
		/** Wrap width in ems. */
		maxWidth: px('em'),
		/** Points: how far beside the dot, in ems. */
		offset: v.optional(finite('em'))
	},
	'labels (at, size, halo, maxWidth, offset)'
);
const layerCommon = {
	/** The GeoJSON file, relative to the story folder. */
	file: v.pipe(
		text,
		v.regex(/^[\w./-]+\.geojson$/, 'must be a .geojson file inside the story folder, e.g. layers/places.geojson'),
		v.check((p) => !p.split('/').includes('..'), 'must be inside the story folder')
	),
	/** 'whole': a step that shows the layer shows every feature; 'listed': only those in the step's `show`. */
	shows: v.picklist(['whole', 'listed'], (i) => `expected whole or listed, got ${got(i.input)}`),
	/** Whose data it is, for the map's credits: OpenStreetMap's licence asks for its credit line. */
	credit: v.optional(v.picklist(['osm'], (i) => `unknown credit ${got(i.input)} (expected osm)`)),
	/** Feature ids the layer must hold. */
	required: v.optional(list(id('feature id'), 'feature ids')),
	/** Every coordinate must lie in this box (else the story's bounds). */
	within: v.optional(bbox),
	labels: v.optional(labels),
	/** The key: one entry for the layer (and one for its highlighted features), or one per line shown. */
	legend: v.optional(v.picklist(['layer', 'per-feature', 'none'], (i) => `expected layer, per-feature or none, got ${got(i.input)}`), 'layer')
};
const LayerSchema = v.variant(
	'geometry',
	[
		strict(
			{
				geometry: v.literal('area'),
				...layerCommon,
				/** Drawn as plain land under everything whatever the step (where the basemap's land leaves it out). */
				baseLand: v.optional(v.boolean('expected true or false'), false),
				look: look.area
			},
			'an area layer (file, geometry, shows, look, labels, legend, baseLand, credit, required, within)'
		),
		strict(
			{
				geometry: v.literal('line'),
				...layerCommon,
				look: look.line,
				/** How each line is drawn, chosen by its feature's `style` property. */
				styles: v.pipe(
					v.record(id('line style id'), LineStyleSchema, (i) => `expected line styles (a mapping), got ${got(i.input)}`),
					v.check((r) => Object.keys(r).length > 0, 'a line layer needs at least one style')
				)
			},
			'a line layer (file, geometry, shows, look, styles, labels, legend, credit, required, within)'
		),
		strict(
			{ geometry: v.literal('point'), ...layerCommon, look: look.point },
			'a point layer (file, geometry, shows, look, labels, legend, credit, required, within)'
		)
	],
	(i) => `expected a layer with geometry area, line or point, got ${got((i.input as { geometry?: unknown } | null)?.geometry)}`
);

const PartySchema = strict(
	{
		id: id('party id'),
		/** The language its own names are written in (for `lang` attributes on them). */
		lang
	},
	'a party (id, lang)'
);

export const StoryYamlSchema = strict(
	{
		id: id('story id'),
		/** The languages the story is told in, each a folder; the first is the default (served at /). */
		languages: v.pipe(list(lang, 'language tags'), v.minLength(1, 'a story needs at least one language')),
		/** When the sources were read. */
		accessed: isoDate,
		/**
		 * The article the story follows, if any: argument steps carry its argument. `text`: where a copy of its text is
		 * kept for checking quotations (relative to the story folder; a copyrighted text stays out of the repository, so
		 * the check runs only where the file is).
		 */
		article: v.optional(strict({ source: sourceKey, author: text, text: v.optional(text) }, 'the article (source, author, text)')),
		/** The sides whose names a reader can choose, in the order the names switch offers them (after "both"). */
		parties: v.pipe(list(PartySchema, 'parties'), v.minLength(2, 'a story needs at least two parties')),
		/** The order "both" puts the parties' names in, e.g. the administering side's first. */
		both: list(id('party id'), 'party ids'),
		map: strict(
			{
				/** Every camera and every feature lies here. */
				bounds: bbox,
				/** The locator inset's extents, smallest first: it shows the first that holds the view. */
				inset: v.pipe(
					list(strict({ id: id('inset id'), bounds: bbox }, 'an inset extent (id, bounds)'), 'inset extents'),
					v.minLength(1, 'the inset needs at least one extent')
				),
				/** The story's layers, drawn bottom to top in this order. */
				layers: v.pipe(
					v.record(id('layer id'), LayerSchema, (i) => `expected layers (a mapping of layer id to layer), got ${got(i.input)}`),
					v.check((r) => Object.keys(r).length > 0, 'a story needs at least one layer')
				),
				/** Labels bottom to top (the topmost claims its space first); default: the layers' order. */
				labelOrder: v.optional(list(id('layer id'), 'layer ids'))
			},
			'the map (bounds, inset, layers, labelOrder)'
		),
		steps: v.pipe(list(StepStructureSchema, 'steps'), v.minLength(1, 'a story needs at least one step'))
	},
	'story.yaml (id, languages, accessed, article, parties, both, map, steps)'
);

// ---------- sources.yaml, quotes.yaml, names.yaml ----------

const SourceSchema = strict(
	{
		/** As published: never translated. */
		title: text,
		/** True when the page has no headline of its own: `title` is ours, and each language gives its own. */
		descriptive: v.optional(v.boolean('expected true or false'), false),
		/** Who wrote it, where the source names its author. */
		author: v.optional(text),
		publisher: v.optional(text),
		/** Where the reader finds it when the publisher's own page is not where it is read: the site that reproduces it. */
		via: v.optional(text),
		date: v.optional(isoDate),
		url: v.optional(
			v.pipe(
				v.string((i) => `expected a URL, got ${got(i.input)}`),
				v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')
			)
		),
		/** The language the source is written in. */
		lang
	},
	'a source (title, descriptive, author, publisher, via, date, url, lang)'
);
export const SourcesYamlSchema = v.record(sourceKey, SourceSchema, (i) => `expected sources (a mapping of key to source), got ${got(i.input)}`);

const QuoteSchema = strict(
	{
		/** Who said or wrote it, as a name in the story's first language. */
		speaker: text,
		/** Whose side it states: a party id, or `author` (the article's author), or `other`. */
		party: id('party id, author or other'),
		/** The language it was said in, and its words as said, verbatim from `source`. */
		lang,
		text,
		source: sourceKey,
		/** When it was said. */
		date: v.optional(isoDate),
		/**
		 * Set when the original words are not in hand: `text` is the source's translation into `lang` of words said in
		 * this language. It is shown as a translation, and never in this language (paraphrase it there instead).
		 */
		translatedFrom: v.optional(lang)
	},
	'a quote (speaker, party, lang, text, source, date, translatedFrom)'
);
export const QuotesYamlSchema = v.record(quoteKey, QuoteSchema, (i) => `expected quotes (a mapping of key to quote), got ${got(i.input)}`);

/** One side's name for a place, with where it comes from (or the table's default source). */
const sourcedName = v.union(
	[text, strict({ name: text, source: sourceKey }, 'a name with its source (name, source)')],
	(i) => `expected a name, or { name, source }, got ${got(i.input)}`
);
/** own-names.yaml: each place's name in each party's own language and script (story-wide), each with its source. */
export const OwnNamesYamlSchema = v.record(
	id('feature or placeholder id'),
	v.record(id('party id'), sourcedName, (i) => `expected each party's name (a mapping of party id to name), got ${got(i.input)}`),
	(i) => `expected names (a mapping of id to each party's name), got ${got(i.input)}`
);

// ---------- <lang>/ files ----------

/** <lang>/story.md front matter. */
export const StoryFrontMatterSchema = strict(
	{
		title: text,
		byline: text,
		/** The embed's accessible name when the publisher gives none. */
		embedTitle: text,
		/** Who administers and who claims, in one sentence: the footer, the cards, the embed. */
		disputedNote: text,
		/** What the map's data is and where its sources are listed (the footer's "About this map"). */
		aboutMap: v.optional(text)
	},
	'the story’s front matter (title, byline, embedTitle, disputedNote, aboutMap)'
);

const partyWords = strict(
	{
		/** The names switch's option, e.g. "Freedonian". */
		label: text,
		/** The announcement when chosen, e.g. "Freedonian names". */
		names: text,
		/** A popup's heading for this side's name, e.g. "Freedonian name". */
		name: v.optional(text),
		/** The country, for who administers and who claims, e.g. "Freedonia". */
		country: v.optional(text),
		/** Where this language's renderings of this side's names come from, unless a name says otherwise. */
		source: v.optional(sourceKey)
	},
	'a party’s words (label, names, name, country, source)'
);
/** A place named the same by every side (one name), or each side's name (and its source). */
const placeNames = v.union(
	[text, strict({ name: text, source: sourceKey }, 'a name with its source (name, source)'), v.record(id('party id'), sourcedName, (i) => `expected each party's name, got ${got(i.input)}`)],
	(i) => `expected a name, or each party's name (a mapping of party id to name), got ${got(i.input)}`
);
export const NamesYamlSchema = strict(
	{
		parties: v.record(id('party id'), partyWords, (i) => `expected each party's words (a mapping of party id), got ${got(i.input)}`),
		both: strict(
			{
				label: text,
				names: text,
				/** Between two names: " / ". */
				separator: v.optional(v.string(), ' / ')
			},
			'"both" (label, names, separator)'
		),
		/** The place whose names illustrate each choice in the names switch. */
		example: id('feature or placeholder id'),
		/** How this language writes each side's names: which forms the table follows, and why (shown with the table). */
		about: v.optional(text),
		/** Where names given without their own source (undisputed ones) come from. */
		source: v.optional(sourceKey),
		places: v.record(id('feature or placeholder id'), placeNames, (i) => `expected places (a mapping of id to names), got ${got(i.input)}`),
		/**
		 * Proper names that contain a place's name but are not the place (a person, an organisation, a document), or that
		 * carry quotation marks of their own (a newspaper as Russian writes it, «Газета»): the text may write them as they are, in every naming mode,
		 * and their marks quote no one.
		 */
		properNames: v.optional(list(text, 'proper names'), []),
		/**
		 * In a language written without spaces: words a line never breaks inside, which the segmenter would split
		 * (transcribed names it does not know). Places' and people's names are kept whole already.
		 */
		keepWhole: v.optional(list(text, 'words kept whole'), []),
		/** Words whose wording, not just a name, follows the choice: one value per party, and for both. */
		terms: v.optional(
			v.record(id('term id'), v.record(id('party id or both'), text, (i) => `expected the term per party and both, got ${got(i.input)}`), (i) => `expected terms, got ${got(i.input)}`),
			{}
		)
	},
	'names.yaml (parties, both, example, about, source, places, properNames, keepWhole, terms)'
);

const featureWords = strict(
	{
		/** What a line is called in the key and its popup (places and areas are called by their names). */
		title: v.optional(text),
		description: text,
		/** Borders: the treaty or event that drew them. */
		treaty: v.optional(text),
		/** How the administering party organises it, and how the claiming party counts it. */
		administeredAs: v.optional(text),
		claimedAs: v.optional(text)
	},
	'a feature’s words (title, description, treaty, administeredAs, claimedAs)'
);
export const MapYamlSchema = strict(
	{
		/** The key's entries: one per layer id, and `<layer>-highlight` for its features in focus. */
		legend: v.record(v.string(), text, (i) => `expected legend entries (a mapping), got ${got(i.input)}`),
		/** The inset's extents by name. */
		inset: v.record(id('inset id'), text, (i) => `expected inset names (a mapping), got ${got(i.input)}`),
		features: v.record(id('feature id'), featureWords, (i) => `expected features (a mapping of feature id to words), got ${got(i.input)}`)
	},
	'map.yaml (legend, inset, features)'
);

export const LanguageQuotesYamlSchema = strict(
	{
		/** Quotes in this language, where it is not the language they were said in. */
		quotes: v.optional(
			v.record(
				quoteKey,
				strict(
					{
						text,
						/** Whose translation: a source key (a published one), or `ours`. */
						by: v.union([v.literal('ours'), sourceKey], (i) => `expected a source key or "ours", got ${got(i.input)}`),
						/** The speaker's name in this language. */
						speaker: v.optional(text)
					},
					'a quote in this language (text, by, speaker)'
				),
				(i) => `expected quotes (a mapping of key), got ${got(i.input)}`
			),
			{}
		),
		/** What this language says of sources: the title of a descriptive source, what a foreign title means, a note. */
		sources: v.optional(
			v.record(
				sourceKey,
				strict({ title: v.optional(text), gloss: v.optional(text), note: v.optional(text) }, 'a source’s words (title, gloss, note)'),
				(i) => `expected sources, got ${got(i.input)}`
			),
			{}
		),
		/**
		 * How this language writes the names of the people the story quotes and of the article's author, by their name in
		 * quotes.yaml and story.yaml: "Ann Author: Анна Автор".
		 */
		people: v.optional(v.record(text, text, (i) => `expected people (a mapping of a name to its form in this language), got ${got(i.input)}`), {})
	},
	'quotes.yaml (quotes, sources, people)'
);

export type StoryYaml = v.InferOutput<typeof StoryYamlSchema>;
export type StepStructure = v.InferOutput<typeof StepStructureSchema>;
type CameraCenter = v.InferOutput<typeof CameraCenterSchema>;
type CameraFit = v.InferOutput<typeof CameraFitSchema>;
export type CameraSpec = CameraCenter | CameraFit;
export type LayerYaml = v.InferOutput<typeof LayerSchema>;
export type LineStyle = v.InferOutput<typeof LineStyleSchema>;
export type SourceYaml = v.InferOutput<typeof SourceSchema>;
export type QuoteYaml = v.InferOutput<typeof QuoteSchema>;
export type NamesYaml = v.InferOutput<typeof NamesYamlSchema>;
export type MapYaml = v.InferOutput<typeof MapYamlSchema>;
export type LanguageQuotesYaml = v.InferOutput<typeof LanguageQuotesYamlSchema>;
export type StoryFrontMatter = v.InferOutput<typeof StoryFrontMatterSchema>;
export type OwnNamesYaml = v.InferOutput<typeof OwnNamesYamlSchema>;
