// Checks the story data before any build: shape, references into geo/, cameras, names, quotes and sources. Pure.
// Every problem is collected and returned as a value that names the step and the field, never thrown.
import { STORY_BBOX, STORY_LAYER_IDS, type BBox, type StoryLayerId } from '../geo/types';
import { ARTICLE_PHRASES, isArticlePhrase } from './articlePhrases';
import type { GeoIndex } from './geoIndex';
import { DISPUTED_NAME_PATTERN, ISLAND_NAMES } from './placeNames';
import { hasStrayBraces, NAME_TABLE, placeholdersIn, unknownPlaceholders, type NameTable } from './renderNames';
import type { StepKind } from './types';

export interface StoryError {
	file: string;
	/** The step's id (or `#index` when it has none). */
	step?: string;
	/** Path of the bad value inside the step (or the story), e.g. `camera.zoom`, `quotes[0].text`. */
	field?: string;
	message: string;
}

export const STORY_FILE = 'src/lib/story/story.ts';
export const NAMES_FILE = 'src/lib/story/placeNames.ts';
export const MIN_STEPS = 12;
/** The longest quotation allowed anywhere, from the article or any other source. */
export const MAX_QUOTE_WORDS = 30;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 16;
export const MAX_PITCH_DEG = 85;
export const MAX_ABS_BEARING_DEG = 360;

const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;
const STEP_KINDS: readonly StepKind[] = ['intro', 'argument', 'context', 'conclusion'];
/** Curly or straight double quotes around a span. */
const QUOTED_SPAN = /\u201C([^\u201D]*)\u201D|"([^"]*)"/g;

export interface ValidateOptions {
	/** The article's quotable phrases (default: ARTICLE_PHRASES). */
	articlePhrases?: readonly string[];
	nameTable?: NameTable;
	file?: string;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isText(v: unknown): v is string {
	return typeof v === 'string' && v.trim().length > 0;
}
function isNum(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}
function wordCount(text: string): number {
	return text.trim().split(/\s+/).filter(Boolean).length;
}
function insideBox([w, s, e, n]: BBox, lon: number, lat: number): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}
function boxInside(inner: BBox, outer: BBox): boolean {
	return insideBox(outer, inner[0], inner[1]) && insideBox(outer, inner[2], inner[3]);
}
function isHttpUrl(v: string): boolean {
	try {
		const u = new URL(v);
		return u.protocol === 'http:' || u.protocol === 'https:';
	} catch {
		return false;
	}
}

/** Which story layer holds a feature id, if any. */
function layerOf(geo: GeoIndex, id: string): StoryLayerId | undefined {
	return STORY_LAYER_IDS.find((layer) => geo.layers[layer].has(id));
}

export function validateStory(story: unknown, geo: GeoIndex, options: ValidateOptions = {}): StoryError[] {
	const file = options.file ?? STORY_FILE;
	const phrases = options.articlePhrases ?? ARTICLE_PHRASES;
	const table = options.nameTable ?? NAME_TABLE;
	const errors: StoryError[] = [];
	const err = (step: string | undefined, field: string | undefined, message: string): void => {
		errors.push({ file, ...(step !== undefined ? { step } : {}), ...(field !== undefined ? { field } : {}), message });
	};

	errors.push(...validateNames(geo));

	if (!isObj(story)) {
		err(undefined, undefined, 'the story must be an object');
		return errors;
	}

	// The story's own fields. Title and dek are shown as written (not per naming mode), so they may not name places.
	if (!isText(story['id']) || !STEP_ID.test(story['id'])) err(undefined, 'id', 'the story needs a lowercase, hyphenated id');
	for (const field of ['title', 'dek', 'byline'] as const) {
		const v = story[field];
		if (!isText(v)) err(undefined, field, `the story needs a ${field}`);
		else {
			if (placeholdersIn(v).length || hasStrayBraces(v))
				err(undefined, field, `story ${field} is not rendered per naming mode, so it may hold no {placeholders}`);
			const raw = DISPUTED_NAME_PATTERN.exec(v);
			if (raw) err(undefined, field, `story ${field} names a disputed place directly ("${raw[0]}")`);
		}
	}
	const article = story['article'];
	let articleUrl: string | undefined;
	let articleTitle: string | undefined;
	if (!isObj(article)) err(undefined, 'article', 'the story needs the article citation');
	else {
		for (const field of ['title', 'headline', 'author', 'publisher', 'published'] as const)
			if (!isText(article[field])) err(undefined, `article.${field}`, `the article citation needs a ${field}`);
		if (isText(article['published']) && !ISO_DATE.test(article['published']))
			err(undefined, 'article.published', 'article.published must be an ISO date (YYYY-MM-DD)');
		if (article['url'] !== undefined && !(isText(article['url']) && isHttpUrl(article['url'])))
			err(undefined, 'article.url', 'article.url must be an http(s) URL');
		articleUrl = isText(article['url']) ? article['url'] : undefined;
		articleTitle = isText(article['title']) ? article['title'] : undefined;
	}
	const citesArticle = (c: Obj): boolean =>
		(articleUrl !== undefined && c['url'] === articleUrl) || (articleTitle !== undefined && c['title'] === articleTitle);

	const steps = story['steps'];
	if (!Array.isArray(steps)) {
		err(undefined, 'steps', 'the story needs an array of steps');
		return errors;
	}
	if (steps.length < MIN_STEPS) err(undefined, 'steps', `the story needs at least ${MIN_STEPS} steps (it has ${steps.length})`);

	const seen = new Set<string>();
	steps.forEach((raw: unknown, index) => {
		if (!isObj(raw)) {
			err(`#${index}`, undefined, 'a step must be an object');
			return;
		}
		const step = raw;
		const id = isText(step['id']) ? step['id'] : `#${index}`;
		const e = (field: string | undefined, message: string): void => err(id, field, message);

		// Identity and kind
		if (!isText(step['id'])) e('id', 'the step needs an id');
		else if (!STEP_ID.test(step['id'])) e('id', `step id "${step['id']}" must be lowercase words joined by hyphens`);
		else if (seen.has(step['id'])) e('id', `duplicate step id "${step['id']}"`);
		else seen.add(step['id']);
		const kind = step['kind'];
		if (!STEP_KINDS.includes(kind as StepKind)) e('kind', `kind must be one of ${STEP_KINDS.join(', ')}`);

		// Prose: present, placeholders resolve, no raw disputed names, quotations short (and the article's, in opinion)
		const checkProse = (field: string, text: unknown, opts: { fromArticle?: boolean } = {}): void => {
			if (!isText(text)) {
				e(field, `${field} must be non-empty text`);
				return;
			}
			for (const key of unknownPlaceholders(text, table)) e(field, `unknown placeholder {${key}}`);
			if (hasStrayBraces(text)) e(field, 'a brace is not part of a well-formed {placeholder}');
			const rawName = DISPUTED_NAME_PATTERN.exec(text.replace(/\{[^{}]*\}/g, ' '));
			if (rawName) e(field, `names a disputed place directly ("${rawName[0]}"); use a placeholder such as {iturup} or {territories}`);
			for (const m of text.matchAll(QUOTED_SPAN)) {
				const span = m[1] ?? m[2] ?? '';
				if (wordCount(span) > MAX_QUOTE_WORDS) e(field, `a quotation is longer than ${MAX_QUOTE_WORDS} words`);
				if (opts.fromArticle && !isArticlePhrase(span, phrases))
					e(field, `quoted words “${span}” are not among the article's phrases (articlePhrases.ts)`);
			}
		};
		const checkProseList = (field: string, list: unknown, opts: { fromArticle?: boolean } = {}): string[] => {
			if (list === undefined) return [];
			if (!Array.isArray(list)) {
				e(field, `${field} must be an array of paragraphs`);
				return [];
			}
			list.forEach((p: unknown, i) => checkProse(`${field}[${i}]`, p, opts));
			return list.filter(isText);
		};

		checkProse('title', step['title']);
		if (step['facts'] === undefined) e('facts', 'facts must be an array (it may be empty when opinion carries the step)');
		const facts = checkProseList('facts', step['facts']);
		const opinion = checkProseList('opinion', step['opinion'], { fromArticle: true });
		if (!facts.length && !opinion.length) e('facts', 'the step needs facts or opinion');
		if (kind === 'argument' || kind === 'conclusion') {
			if (!opinion.length) e('opinion', `${kind} steps carry the author's argument: opinion must not be empty`);
		}
		if (kind === 'context' && step['opinion'] !== undefined)
			e('opinion', 'context steps are background, not the author’s argument: they have no opinion');
		if (!isText(step['mapDescription'])) e('mapDescription', 'the step needs a plain-language mapDescription');
		else checkProse('mapDescription', step['mapDescription']);

		// Quotes: the article's literal words, short, attributed
		const quotes = step['quotes'];
		if (quotes !== undefined) {
			if (!Array.isArray(quotes)) e('quotes', 'quotes must be an array');
			else {
				if (kind === 'context' && quotes.length) e('quotes', 'context steps quote nothing from the article');
				quotes.forEach((q: unknown, i) => {
					const field = `quotes[${i}]`;
					if (!isObj(q)) return e(field, 'a quote needs text and speaker');
					if (!isText(q['speaker'])) e(`${field}.speaker`, 'a quote needs a speaker');
					const text = q['text'];
					if (!isText(text)) return e(`${field}.text`, 'a quote needs text');
					if (placeholdersIn(text).length || /[{}]/.test(text))
						e(`${field}.text`, 'quotes are literal: no {placeholders}');
					const words = wordCount(text);
					if (words > MAX_QUOTE_WORDS) e(`${field}.text`, `quote is ${words} words; at most ${MAX_QUOTE_WORDS}`);
					if (!isArticlePhrase(text, phrases))
						e(`${field}.text`, 'quote is not, word for word, among the article’s phrases (articlePhrases.ts)');
				});
			}
		}

		// Sources
		const citations = step['citations'];
		if (!Array.isArray(citations) || citations.length === 0) e('citations', 'the step needs at least one citation');
		else {
			citations.forEach((c: unknown, i) => {
				const field = `citations[${i}]`;
				if (!isObj(c)) return e(field, 'a citation must be an object');
				if (!isText(c['title'])) e(`${field}.title`, 'a citation needs a title');
				if (c['url'] !== undefined && !(isText(c['url']) && isHttpUrl(c['url'])))
					e(`${field}.url`, 'url must be an http(s) URL');
				if (c['accessed'] !== undefined && !(isText(c['accessed']) && ISO_DATE.test(c['accessed'])))
					e(`${field}.accessed`, 'accessed must be an ISO date');
				if (c['supports'] !== undefined) checkProse(`${field}.supports`, c['supports']);
			});
			const objs = citations.filter(isObj);
			const carriesArgument = kind === 'argument' || kind === 'conclusion' || opinion.length > 0 || (Array.isArray(quotes) && quotes.length > 0);
			if (carriesArgument && !objs.some(citesArticle)) e('citations', 'a step carrying the article’s argument must cite the article');
			if (kind === 'context' && !objs.some((c) => !citesArticle(c)))
				e('citations', 'a context step must cite at least one source other than the article');
		}

		// Layers and features
		const layers: StoryLayerId[] = [];
		if (!Array.isArray(step['layers'])) e('layers', 'layers must be an array of story layer ids');
		else
			step['layers'].forEach((l: unknown, i) => {
				if (!STORY_LAYER_IDS.includes(l as StoryLayerId)) e(`layers[${i}]`, `unknown layer "${String(l)}" (known: ${STORY_LAYER_IDS.join(', ')})`);
				else if (layers.includes(l as StoryLayerId)) e(`layers[${i}]`, `layer "${String(l)}" listed twice`);
				else layers.push(l as StoryLayerId);
			});
		const show = Array.isArray(step['show']) ? step['show'].filter((s): s is string => typeof s === 'string') : [];
		if (!Array.isArray(step['show'])) e('show', 'show must be an array of feature ids');
		/** Drawn in this step: its layer is on, and points and lines are also listed in show. */
		const visible = (fid: string): string | undefined => {
			const layer = layerOf(geo, fid);
			if (!layer) return `unknown feature "${fid}"`;
			if (!layers.includes(layer)) return `"${fid}" is in layer "${layer}", which this step does not show`;
			if ((layer === 'places' || layer === 'lines') && !show.includes(fid)) return `"${fid}" is not in show`;
			return undefined;
		};
		show.forEach((fid, i) => {
			const layer = layerOf(geo, fid);
			if (!layer) e(`show[${i}]`, `unknown feature "${fid}"`);
			else if (!layers.includes(layer)) e(`show[${i}]`, `"${fid}" is in layer "${layer}", which this step does not show`);
		});
		for (const layer of ['places', 'lines'] as const)
			if (layers.includes(layer) && !show.some((fid) => geo.layers[layer].has(fid)))
				e('layers', `layer "${layer}" is shown but none of its features is in show`);
		if (!Array.isArray(step['highlight'])) e('highlight', 'highlight must be an array of feature ids');
		else
			step['highlight'].forEach((fid: unknown, i) => {
				if (typeof fid !== 'string') return e(`highlight[${i}]`, 'a feature id must be text');
				const problem = visible(fid);
				if (problem) e(`highlight[${i}]`, `highlighted feature is not shown: ${problem}`);
			});

		// Camera
		const camera = step['camera'];
		if (!isObj(camera)) e('camera', 'the step needs a camera');
		else {
			const hasCenter = camera['center'] !== undefined;
			const hasFit = camera['fit'] !== undefined;
			if (hasCenter === hasFit) e('camera', 'a camera has either center (with zoom) or fit, not both or neither');
			if (hasCenter) {
				const c = camera['center'];
				if (!Array.isArray(c) || c.length !== 2 || !isNum(c[0]) || !isNum(c[1])) e('camera.center', 'center must be [lon, lat]');
				else if (!insideBox(STORY_BBOX, c[0], c[1]))
					e('camera.center', `center [${c[0]}, ${c[1]}] lies outside the story's area ${JSON.stringify(STORY_BBOX)}`);
				const zoom = camera['zoom'];
				if (!isNum(zoom) || zoom < MIN_ZOOM || zoom > MAX_ZOOM) e('camera.zoom', `zoom must be a number from ${MIN_ZOOM} to ${MAX_ZOOM}`);
			}
			if (hasFit) {
				const fit = camera['fit'];
				if (!Array.isArray(fit) || fit.length === 0) e('camera.fit', 'fit must list at least one feature id');
				else
					fit.forEach((fid: unknown, i) => {
						if (typeof fid !== 'string') return e(`camera.fit[${i}]`, 'a feature id must be text');
						const problem = visible(fid);
						if (problem) return e(`camera.fit[${i}]`, `the camera frames a feature that is not shown: ${problem}`);
						const box = geo.bboxes?.[fid];
						if (box && !boxInside(box, STORY_BBOX)) e(`camera.fit[${i}]`, `"${fid}" lies outside the story's area`);
					});
				const padding = camera['padding'];
				if (padding !== undefined && !(isNum(padding) && padding >= 0)) e('camera.padding', 'padding must be a number of px, 0 or more');
				const maxZoom = camera['maxZoom'];
				if (maxZoom !== undefined && !(isNum(maxZoom) && maxZoom >= MIN_ZOOM && maxZoom <= MAX_ZOOM))
					e('camera.maxZoom', `maxZoom must be a number from ${MIN_ZOOM} to ${MAX_ZOOM}`);
			}
			const bearing = camera['bearing'];
			if (bearing !== undefined && !(isNum(bearing) && Math.abs(bearing) <= MAX_ABS_BEARING_DEG))
				e('camera.bearing', `bearing must be a number of degrees within ±${MAX_ABS_BEARING_DEG}`);
			const pitch = camera['pitch'];
			if (pitch !== undefined && !(isNum(pitch) && pitch >= 0 && pitch <= MAX_PITCH_DEG))
				e('camera.pitch', `pitch must be a number of degrees from 0 to ${MAX_PITCH_DEG}`);
		}
	});
	return errors;
}

/** The story's island names must be the ones geo/islands.geojson carries (checked only when the index has names). */
export function validateNames(geo: GeoIndex): StoryError[] {
	if (!geo.names) return [];
	const errors: StoryError[] = [];
	for (const [id, expected] of Object.entries(ISLAND_NAMES)) {
		const actual = geo.names[id];
		if (!actual) {
			errors.push({ file: NAMES_FILE, field: `ISLAND_NAMES.${id}`, message: `geo/islands.geojson has no names for "${id}"` });
			continue;
		}
		for (const key of ['name_ja', 'name_ru'] as const)
			if (actual[key] !== expected[key])
				errors.push({
					file: NAMES_FILE,
					field: `ISLAND_NAMES.${id}.${key}`,
					message: `"${expected[key]}" here but "${actual[key]}" in geo/islands.geojson`
				});
	}
	return errors;
}
