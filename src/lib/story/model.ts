// The story as pages render it, in one language: what the build assembles from a story folder (content/stories/<id>/,
// docs/authoring.md) once every file has passed its checks. Plain data: it travels to the browser as the page's data.
import type { CameraSpec, LayerYaml, LineStyle } from './content/schema';
import type { StepKind } from './stepKinds';

export type { LineStyle } from './content/schema';

/** A naming choice: a party's id (its names), or `both`. */
export type NamingMode = string;
export const BOTH = 'both';

/** A source as a reader sees it: its title as published (or ours, for a descriptive one), who published it, when. */
export interface Citation {
	key: string;
	title: string;
	/** The title is ours, not the page's own headline. */
	descriptive: boolean;
	author?: string;
	publisher?: string;
	/** The site that reproduces it, where the reader reads it. */
	via?: string;
	date?: string;
	url?: string;
	/** The language it is written in (BCP 47). */
	lang: string;
	/** What its title means, in this language (a title in another language). */
	gloss?: string;
	/** This language's note on it, e.g. "summary of the foreign press". */
	note?: string;
	/** What it supports in the step that cites it. */
	supports?: string;
}

/** A quotation as shown in one language: its words here, and what is known of the original. */
export interface Quotation {
	key: string;
	/** Its words in the page's language. */
	text: string;
	/** The language of `text`. */
	lang: string;
	speaker: string;
	/** A party id, `author` or `other`. */
	party: string;
	/** Set when `text` is a translation: the original's language and words (when in hand), and who translated it. */
	translated?: { fromLang: string; original?: string; by: Citation | 'ours' };
	/** Where the words as said come from. */
	source: Citation;
	date?: string;
}

/**
 * A run of prose: plain text (which may hold {name} placeholders, and the quotation marks around a quotation), or the
 * words of a registered quotation (`quote`: its key in `Story.quotes`) as the text quotes them.
 */
export type Segment = string | { quote: string; words: string };
/** A paragraph: its runs, in order. */
export type Prose = readonly Segment[];

export interface StoryStep {
	id: string;
	kind: StepKind;
	title: string;
	opinion?: Prose[];
	/** Block quotations, by key into `Story.quotes`. */
	quotes?: string[];
	facts: Prose[];
	camera: CameraSpec;
	layers: string[];
	show: string[];
	highlight: string[];
	mapDescription: string;
	citations: Citation[];
	/** Every quotation the step shows, in order of first use (block and inline): the source list shows each. */
	quotations: string[];
}

/** What a naming choice is called. */
export interface NamingOption {
	id: NamingMode;
	/** The switch's label, e.g. "Freedonian". */
	label: string;
	/** The announcement's words, e.g. "Freedonian names". */
	names: string;
	/** How the example place reads in this mode, e.g. "Northport / Puerto Norte". */
	example: string;
	/** The party's language, for a name shown in its own script (none for both). */
	lang?: string;
}

export interface Party {
	id: string;
	lang: string;
	/** In the page's language, e.g. "Freedonia". */
	country?: string;
	/** "Russian name". */
	nameLabel?: string;
}

/** Every {placeholder}'s words in each naming mode, in one language. */
export type NameTable = Readonly<Record<string, Readonly<Record<NamingMode, string>>>>;

export interface StoryLayer {
	id: string;
	geometry: LayerYaml['geometry'];
	shows: 'whole' | 'listed';
	credit?: 'osm';
	baseLand: boolean;
	look: LayerYaml['look'];
	labels?: LayerYaml['labels'];
	legend: 'layer' | 'per-feature' | 'none';
	styles?: Record<string, LineStyle>;
}

/** The story's map, the same in every language. */
export interface StoryMapConfig {
	bounds: [number, number, number, number];
	inset: { id: string; bounds: [number, number, number, number] }[];
	/** Bottom to top. */
	layers: StoryLayer[];
	/** Labels bottom to top. */
	labelOrder: string[];
}

interface Article {
	/** Its key in sources.yaml. */
	source: string;
	title: string;
	author: string;
	publisher?: string;
	published?: string;
	url?: string;
}

/** The story's own words beyond its steps, in one language. */
interface StoryWords {
	embedTitle: string;
	disputedNote: string;
	aboutMap?: string;
	/** The key's entries by layer id (and `<layer>-highlight`). */
	legend: Record<string, string>;
	/** The inset's extents' names. */
	inset: Record<string, string>;
}

/** A language the story is told in, and where its pages are. */
export interface StoryLanguage {
	lang: string;
	/** The URL prefix of its pages: '' for the default language, else e.g. '/ja'. */
	base: string;
}

/** One side's name for a place in the page's language, with its own script's where it differs, and its source. */
export interface SourcedName {
	name: string;
	/** The side's own name in its own language and script (own-names.yaml), when it differs from `name`. */
	own?: string;
	/** Where the name comes from, when not from its side's usual source. */
	source?: Citation;
}

/** The table of each side's names, as the page's language writes them: which forms it follows and where each comes from. */
export interface NameSources {
	/** Which forms the table follows, and why (names.yaml `about`). */
	about?: string;
	/** Each side, in the story's "both" order: its column's heading ("Russian name") and its usual source. */
	parties: { id: string; heading: string; source?: Citation }[];
	/** Every place that the sides name differently, in names.yaml's order. */
	places: { id: string; names: Record<string, SourcedName> }[];
	/** Where the names of places neither side disputes come from. */
	others?: Citation;
}

/** A language as the language control and a page's alternates show it: its own name and Open Graph locale too. */
export interface LanguageChoice extends StoryLanguage {
	/** The language's name in itself: "日本語". */
	name: string;
	/** Open Graph's locale: "ja_JP". */
	ogLocale: string;
}

export interface Story {
	id: string;
	/** The page's language (BCP 47). */
	lang: string;
	/** Every language the story is told in, the default first. */
	languages: StoryLanguage[];
	title: string;
	dek: string;
	byline: string;
	article?: Article;
	words: StoryWords;
	parties: Party[];
	/** The names switch's choices: each party, then both. */
	naming: NamingOption[];
	names: NameTable;
	/** Each side's names with their sources, for the page's table of names. */
	nameSources: NameSources;
	quotes: Record<string, Quotation>;
	steps: StoryStep[];
	map: StoryMapConfig;
}

/** What a popup says about a feature, in one language: its words and figures, never free-form HTML. */
export interface FeatureInfo {
	id: string;
	/** The story layer (and MapLibre source) that holds it. */
	layer: string;
	geometry: 'area' | 'line' | 'point';
	/** Lines: what the key and the popup call it (places and areas are called by their names). */
	title?: string;
	description: string;
	/** Each party's name in its own script, where the story gives them (own-names.yaml). */
	ownNames?: Record<string, string>;
	administeredBy?: string;
	administeredAs?: string;
	claimedBy?: string;
	claimedAs?: string;
	areaKm2?: number;
	areaOfficialKm2?: number;
	areaOfficialSource?: Citation;
	date?: string;
	lengthKm?: number;
	treaty?: string;
	source?: Citation;
	outlineSource?: string;
	/** Lines: how it is drawn (a style of its layer). */
	style?: string;
	/** Where a popup opened from the keyboard points. */
	anchor: [number, number];
}
