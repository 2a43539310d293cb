// Checks the story before any build, in two passes: the schema (storySchema.ts) for the shape of the structure and of
// each language's words, then the cross-references: ids exist in geo/, cameras lie in bounds, placeholders resolve,
// each kind of step keeps its rules (stepKinds.ts), quotations are the column's own words and short. Pure; every
// problem is returned as a value naming the file, the step and the field, never thrown, and each is reported once.
import * as v from 'valibot';
import { STORY_BBOX, STORY_LAYER_IDS, type BBox, type StoryLayerId } from '../geo/types';
import { ARTICLE_PHRASES, isArticlePhrase } from './articlePhrases';
import { countWords } from './countWords';
import type { GeoIndex } from './geoIndex';
import { DISPUTED_NAME_PATTERN, ISLAND_NAMES } from './placeNames';
import { hasStrayBraces, NAME_TABLE, placeholdersIn, unknownPlaceholders, type NameTable } from './renderNames';
import { ARTICLE, SOURCES, isSourceKey } from './sources';
import { STEP_KINDS, type StepKind } from './stepKinds';
import { StoryStructureSchema, StoryTextSchema } from './storySchema';
import type { StepStructure, StepText, StoryStructure, StoryText } from './types';

export interface StoryError {
	file: string;
	/** The step's id (or `#index` when it has none). */
	step?: string;
	/** Path of the bad value inside the step (or the story), e.g. `camera.zoom`, `quotes[0].text`. */
	field?: string;
	message: string;
}

export const STORY_FILE = 'src/lib/story/story.ts';
export const TEXT_FILE = 'src/lib/story/text/en.ts';
export const NAMES_FILE = 'src/lib/story/placeNames.ts';
export const MIN_STEPS = 12;
/** The longest quotation allowed anywhere, from the column or any other source, in words of the text's language. */
export const MAX_QUOTE_WORDS = 30;

/** Curly or straight double quotes, or Japanese corner brackets, around a span. */
const QUOTED_SPAN = /\u201C([^\u201D]*)\u201D|"([^"]*)"|\u300C([^\u300D]*)\u300D/g;

export interface ValidateOptions {
	/** The column's quotable phrases (default: ARTICLE_PHRASES). */
	articlePhrases?: readonly string[];
	nameTable?: NameTable;
	/** Where the structure and the words come from, for the messages. */
	files?: { structure: string; text: string };
	/** The words' language (BCP 47), for counting words. */
	lang?: string;
}

type Issue = v.BaseIssue<unknown>;

/** `steps[3].camera.fit[0]` from a valibot issue's path. */
function pathOf(issue: Issue): (string | number)[] {
	return (issue.path ?? []).map((p) => p.key as string | number);
}

function formatPath(path: readonly (string | number)[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** A schema message, saying plainly when the value is missing altogether. */
function issueMessage(issue: Issue): string {
	if (issue.input === undefined && issue.kind === 'schema') return 'missing';
	if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.expected === 'never') return `unknown field (${issue.message})`;
	return issue.message;
}

/**
 * Validates the story's structure and its words in one language against the geo/ index. Returns every problem; an
 * empty array means the story may be built.
 */
export function validateStory(structure: unknown, text: unknown, geo: GeoIndex, options: ValidateOptions = {}): StoryError[] {
	const files = options.files ?? { structure: STORY_FILE, text: TEXT_FILE };
	const errors: StoryError[] = [...validateNames(geo)];

	// Pass 1: the schema, for the structure and for the words.
	const parsedStructure = v.safeParse(StoryStructureSchema, structure, { abortPipeEarly: true });
	const structureSteps = Array.isArray((structure as { steps?: unknown } | null)?.steps) ? (structure as { steps: unknown[] }).steps : [];
	const stepName = (index: number): string => {
		const id = (structureSteps[index] as { id?: unknown } | undefined)?.id;
		return typeof id === 'string' && id.trim() ? id : `#${index}`;
	};
	if (!parsedStructure.success) {
		for (const issue of parsedStructure.issues) {
			const path = pathOf(issue);
			if (path[0] === 'steps' && typeof path[1] === 'number') {
				errors.push({
					file: files.structure,
					step: stepName(path[1]),
					...(path.length > 2 ? { field: formatPath(path.slice(2)) } : {}),
					message: issueMessage(issue)
				});
			} else errors.push({ file: files.structure, ...(path.length ? { field: formatPath(path) } : {}), message: issueMessage(issue) });
		}
	}
	const parsedText = v.safeParse(StoryTextSchema, text, { abortPipeEarly: true });
	if (!parsedText.success) {
		for (const issue of parsedText.issues) {
			const path = pathOf(issue);
			if (path[0] === 'steps' && typeof path[1] === 'string') {
				errors.push({ file: files.text, step: path[1], ...(path.length > 2 ? { field: formatPath(path.slice(2)) } : {}), message: issueMessage(issue) });
			} else errors.push({ file: files.text, ...(path.length ? { field: formatPath(path) } : {}), message: issueMessage(issue) });
		}
	}

	// Pass 2: cross-references, over whatever passed the schema.
	if (parsedStructure.success) errors.push(...crossCheckStructure(parsedStructure.output, geo, files.structure));
	if (parsedStructure.success && parsedText.success) errors.push(...crossCheckText(parsedStructure.output, parsedText.output, files, options));
	return errors;
}

function insideBox([w, s, e, n]: BBox, lon: number, lat: number): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

function boxInside(inner: BBox, outer: BBox): boolean {
	return insideBox(outer, inner[0], inner[1]) && insideBox(outer, inner[2], inner[3]);
}

/** Which story layer holds a feature id, if any. */
function layerOf(geo: GeoIndex, id: string): StoryLayerId | undefined {
	return STORY_LAYER_IDS.find((layer) => geo.layers[layer].has(id));
}

/** Whether a source is the column the story follows. */
function isArticle(key: string): boolean {
	return isSourceKey(key) && (SOURCES[key] as { url?: string }).url === ARTICLE.url;
}

function crossCheckStructure(story: StoryStructure, geo: GeoIndex, file: string): StoryError[] {
	const errors: StoryError[] = [];
	const err = (step: string | undefined, field: string | undefined, message: string): void => {
		errors.push({ file, ...(step !== undefined ? { step } : {}), ...(field !== undefined ? { field } : {}), message });
	};
	if (!isArticle(story.article)) err(undefined, 'article', `"${story.article}" is not the column's source key (its url must be the column's)`);
	if (story.steps.length < MIN_STEPS) err(undefined, 'steps', `the story needs at least ${MIN_STEPS} steps (it has ${story.steps.length})`);
	const seen = new Set<string>();
	for (const step of story.steps) {
		const e = (field: string | undefined, message: string): void => err(step.id, field, message);
		if (seen.has(step.id)) e('id', `duplicate step id "${step.id}"`);
		seen.add(step.id);
		checkSources(step, e);
		checkFeatures(step, geo, e);
	}
	return errors;
}

function checkSources(step: StepStructure, e: (field: string | undefined, message: string) => void): void {
	const rule = STEP_KINDS[step.kind];
	step.sources.forEach((key, i) => {
		if (!isSourceKey(key)) e(`sources[${i}]`, `unknown source "${key}" (sources.ts)`);
		else if (step.sources.indexOf(key) !== i) e(`sources[${i}]`, `source "${key}" listed twice`);
	});
	const article = step.sources.some(isArticle);
	if (rule.cites === 'article' && !article) e('sources', `a ${step.kind} step carries the column's argument, so it must cite the article`);
	if (rule.cites === 'other' && !step.sources.some((k) => isSourceKey(k) && !isArticle(k)))
		e('sources', `a ${step.kind} step must cite at least one source other than the article`);
}

function checkFeatures(step: StepStructure, geo: GeoIndex, e: (field: string | undefined, message: string) => void): void {
	const layers = step.layers;
	layers.forEach((layer, i) => {
		if (layers.indexOf(layer) !== i) e(`layers[${i}]`, `layer "${layer}" listed twice`);
	});
	/** Drawn in this step: its layer is on, and points and lines are also listed in show. */
	const visible = (fid: string): string | undefined => {
		const layer = layerOf(geo, fid);
		if (!layer) return `unknown feature "${fid}"`;
		if (!layers.includes(layer)) return `"${fid}" is in layer "${layer}", which this step does not show`;
		if ((layer === 'places' || layer === 'lines') && !step.show.includes(fid)) return `"${fid}" is not in show`;
		return undefined;
	};
	step.show.forEach((fid, i) => {
		const layer = layerOf(geo, fid);
		if (!layer) e(`show[${i}]`, `unknown feature "${fid}"`);
		else if (!layers.includes(layer)) e(`show[${i}]`, `"${fid}" is in layer "${layer}", which this step does not show`);
	});
	for (const layer of ['places', 'lines'] as const)
		if (layers.includes(layer) && !step.show.some((fid) => geo.layers[layer].has(fid)))
			e('layers', `layer "${layer}" is shown but none of its features is in show`);
	step.highlight.forEach((fid, i) => {
		const problem = visible(fid);
		if (problem) e(`highlight[${i}]`, `highlighted feature is not shown: ${problem}`);
	});
	const camera = step.camera;
	if ('center' in camera) {
		if (!insideBox(STORY_BBOX, camera.center[0], camera.center[1]))
			e('camera.center', `center [${camera.center.join(', ')}] lies outside the story's area ${JSON.stringify(STORY_BBOX)}`);
	} else {
		const framed = (list: readonly string[], field: string): void =>
			list.forEach((fid, i) => {
				const problem = visible(fid);
				if (problem) return e(`${field}[${i}]`, `the camera frames a feature that is not shown: ${problem}`);
				const box = geo.bboxes?.[fid];
				if (box && !boxInside(box, STORY_BBOX)) e(`${field}[${i}]`, `"${fid}" lies outside the story's area`);
			});
		framed(camera.fit, 'camera.fit');
		// What the step highlights is what the reader must see first: the camera frames it, on every screen.
		for (const fid of step.highlight) if (!camera.fit.includes(fid)) e('camera.fit', `the camera does not frame "${fid}", which the step highlights`);
		if (camera.small) {
			framed(camera.small.fit, 'camera.small.fit');
			for (const fid of step.highlight)
				if (!camera.small.fit.includes(fid)) e('camera.small.fit', `a small screen must still frame "${fid}", which the step highlights`);
		}
	}
}

function crossCheckText(structure: StoryStructure, text: StoryText, files: { structure: string; text: string }, options: ValidateOptions): StoryError[] {
	const errors: StoryError[] = [];
	const phrases = options.articlePhrases ?? ARTICLE_PHRASES;
	const table = options.nameTable ?? NAME_TABLE;
	const lang = options.lang ?? 'en';
	const err = (step: string | undefined, field: string | undefined, message: string): void => {
		errors.push({ file: files.text, ...(step !== undefined ? { step } : {}), ...(field !== undefined ? { field } : {}), message });
	};

	// The story's own words are shown as written (not per naming mode), so they may not name a disputed place.
	for (const field of ['title', 'dek', 'byline'] as const) {
		const value = text[field];
		if (placeholdersIn(value).length || hasStrayBraces(value))
			err(undefined, field, `the story's ${field} is not rendered per naming mode, so it may hold no {placeholders}`);
		const raw = DISPUTED_NAME_PATTERN.exec(value);
		if (raw) err(undefined, field, `the story's ${field} names a disputed place directly ("${raw[0]}")`);
	}

	const ids = new Set(structure.steps.map((s) => s.id));
	for (const id of Object.keys(text.steps)) if (!ids.has(id)) err(id, undefined, `text for a step the structure (${files.structure}) does not have`);
	for (const step of structure.steps) {
		const words = text.steps[step.id];
		if (!words) {
			err(step.id, undefined, `no text for this step (it is in ${files.structure})`);
			continue;
		}
		const e = (field: string | undefined, message: string): void => err(step.id, field, message);
		checkKind(step.kind, words, e);
		checkSupports(step, words, e);

		const prose = (field: string, value: string, fromArticle = false): void => {
			for (const key of unknownPlaceholders(value, table)) e(field, `unknown placeholder {${key}}`);
			if (hasStrayBraces(value)) e(field, 'a brace is not part of a well-formed {placeholder}');
			const rawName = DISPUTED_NAME_PATTERN.exec(value.replace(/\{[^{}]*\}/g, ' '));
			if (rawName) e(field, `names a disputed place directly ("${rawName[0]}"); use a placeholder such as {iturup} or {territories}`);
			for (const m of value.matchAll(QUOTED_SPAN)) {
				const span = m[1] ?? m[2] ?? m[3] ?? '';
				if (countWords(span, lang) > MAX_QUOTE_WORDS) e(field, `a quotation is longer than ${MAX_QUOTE_WORDS} words`);
				if (fromArticle && !isArticlePhrase(span, phrases)) e(field, `quoted words “${span}” are not among the column's phrases (articlePhrases.ts)`);
			}
		};
		prose('title', words.title);
		words.opinion?.forEach((p, i) => prose(`opinion[${i}]`, p, true));
		words.facts.forEach((p, i) => prose(`facts[${i}]`, p));
		prose('mapDescription', words.mapDescription);
		for (const [key, value] of Object.entries(words.supports)) prose(`supports.${key}`, value);
		words.quotes?.forEach((q, i) => {
			const field = `quotes[${i}].text`;
			if (placeholdersIn(q.text).length || /[{}]/.test(q.text)) e(field, 'quotes are literal: no {placeholders}');
			const n = countWords(q.text, lang);
			if (n > MAX_QUOTE_WORDS) e(field, `the quote is ${n} words; at most ${MAX_QUOTE_WORDS}`);
			if (!isArticlePhrase(q.text, phrases)) e(field, 'the quote is not, word for word, among the column’s phrases (articlePhrases.ts)');
		});
		if (!words.facts.length && !words.opinion?.length) e('facts', 'the step needs facts or opinion');
	}
	return errors;
}

/** The kind's rules (stepKinds.ts) for the parts of a step that are words. */
function checkKind(kind: StepKind, words: StepText, e: (field: string | undefined, message: string) => void): void {
	const rule = STEP_KINDS[kind];
	const opinion = words.opinion ?? [];
	if (rule.opinion === 'required' && opinion.length === 0) e('opinion', `${kind} steps carry the author's argument: opinion must not be empty`);
	if (rule.opinion === 'forbidden' && words.opinion !== undefined)
		e('opinion', `${kind} steps are background, not the author’s argument: they have no opinion`);
	if (!rule.quotes && words.quotes?.length) e('quotes', `${kind} steps quote nothing from the column`);
}

/** Every source the step lists says what it supports, and nothing else does. */
function checkSupports(step: StepStructure, words: StepText, e: (field: string | undefined, message: string) => void): void {
	for (const key of step.sources) if (!(key in words.supports)) e(`supports.${key}`, `missing: say what source "${key}" supports in this step`);
	for (const key of Object.keys(words.supports)) if (!step.sources.includes(key)) e(`supports.${key}`, `"${key}" is not among the step's sources`);
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
				errors.push({ file: NAMES_FILE, field: `ISLAND_NAMES.${id}.${key}`, message: `"${expected[key]}" here but "${actual[key]}" in geo/islands.geojson` });
	}
	return errors;
}
