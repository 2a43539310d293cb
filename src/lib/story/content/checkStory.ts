// The checks across a story folder's files, once each file has passed its own schema: every id a file names exists
// in the file that defines it, cameras frame what their steps show, each kind of step keeps its rules (stepKinds.ts),
// prose names disputed places only through {placeholders}, every quotation is registered and cited, and a step that
// states the parties' cases quotes each or none. Pure: every problem is a value with its file, line and field.
import { didYouMean, type ContentError } from '../../files/contentError';
import type { Pos } from '../../files/located';
import { bboxInBBox, pointInBBox } from '../../geo/inBBox';
import { nearestGap } from '../../geo/nearestGap';
import type { BBox } from '../../geo/types';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import bbox from '@turf/bbox';
import { contrastRatio, NON_TEXT_CONTRAST } from '../../style/contrast';
import { PALETTE } from '../../style/palette';
import { countWords } from '../countWords';
import { BOTH } from '../model';
import { normaliseQuote, quotationFor, quotedSpans } from '../quoteSpans';
import { buildNameTable, hasStrayBraces, placeholdersIn, unknownPlaceholders, withoutPlaceholders, type PlaceNames } from '../renderNames';
import { STEP_KINDS } from '../stepKinds';
import type { LanguageFolder, StoryFolder } from './readStoryFolder';
import type { NamesYaml, StepStructure, StoryYaml } from './schema';

/** The longest quotation allowed anywhere, in words of the text's language. */
const MAX_QUOTE_WORDS = 30;
/** How far a point may lie from the area it says it is on (its coast as drawn is generalised). */
const ON_AREA_TOLERANCE_KM = 1;
/** Party values a quotation may have besides the story's parties. */
const OTHER_VOICES = ['author', 'other'];

type Err = (file: string, pos: Pos | undefined, context: { step?: string; feature?: string; field?: string }, message: string) => void;

export function checkStory(folder: StoryFolder): ContentError[] {
	const errors: ContentError[] = [];
	const err: Err = (file, pos, context, message) => errors.push({ file, ...pos, ...context, message });
	const story = folder.story?.data;
	const storyAt = folder.story?.at;
	if (!story || !storyAt || !folder.sources || !folder.quotes || !folder.ownNames) return errors;
	const storyFile = storyAt.file;
	const sources = folder.sources.data;
	const sourceKeys = Object.keys(sources);
	const partyIds = story.parties.map((p) => p.id);
	const stepIndex = (id: string): number => story.steps.findIndex((s) => s.id === id);

	// ---------- story.yaml ----------
	const seenParties = new Set<string>();
	story.parties.forEach((p, i) => {
		if ([BOTH, ...OTHER_VOICES].includes(p.id)) err(storyFile, storyAt.at(['parties', i, 'id']), { field: `parties[${i}].id` }, `"${p.id}" is reserved: choose another party id`);
		if (seenParties.has(p.id)) err(storyFile, storyAt.at(['parties', i, 'id']), { field: `parties[${i}].id` }, `party "${p.id}" is listed twice`);
		seenParties.add(p.id);
	});
	story.both.forEach((p, i) => {
		if (!partyIds.includes(p)) err(storyFile, storyAt.at(['both', i]), { field: `both[${i}]` }, `unknown party "${p}" (parties: ${partyIds.join(', ')})${didYouMean(p, partyIds)}`);
	});
	for (const p of partyIds) if (!story.both.includes(p)) err(storyFile, storyAt.at(['both']), { field: 'both' }, `"both" must list every party: "${p}" is missing`);
	if (story.article && !(story.article.source in sources))
		err(storyFile, storyAt.at(['article', 'source']), { field: 'article.source' }, `unknown source "${story.article.source}" (sources.yaml)${didYouMean(story.article.source, sourceKeys)}`);
	const languages = new Set<string>();
	story.languages.forEach((l, i) => {
		if (languages.has(l)) err(storyFile, storyAt.at(['languages', i]), { field: `languages[${i}]` }, `language "${l}" is listed twice`);
		languages.add(l);
	});
	const layerIds = Object.keys(story.map.layers);
	for (const [i, id] of (story.map.labelOrder ?? []).entries())
		if (!layerIds.includes(id)) err(storyFile, storyAt.at(['map', 'labelOrder', i]), { field: `map.labelOrder[${i}]` }, `unknown layer "${id}"${didYouMean(id, layerIds)}`);
	checkLineStyles(story, storyFile, storyAt.at.bind(storyAt), err);
	const insetIds = story.map.inset.map((x) => x.id);
	if (new Set(insetIds).size !== insetIds.length) err(storyFile, storyAt.at(['map', 'inset']), { field: 'map.inset' }, 'each inset extent needs its own id');

	// ---------- the layers ----------
	/** Feature id -> its layer and what is known of it. */
	const features = new Map<string, { layer: string; props: Record<string, unknown>; geometry: GeoJSON.Geometry; box: BBox }>();
	for (const [layerId, data] of Object.entries(folder.layers)) {
		const layer = story.map.layers[layerId]!;
		for (const f of data.features) {
			const at = (field: string): Pos | undefined => data.located.at(['features', f.index, 'properties', field]);
			const fe = (field: string, message: string): void => err(data.file, at(field), { feature: f.id, field: `properties.${field}` }, message);
			const other = features.get(f.id);
			if (other) fe('id', `duplicate id: layer "${other.layer}" has a feature "${f.id}" too (a step names a feature by its id alone)`);
			else features.set(f.id, { layer: layerId, props: f.properties, geometry: f.geometry, box: bbox(f.geometry) as BBox });
			const p = f.properties;
			for (const field of ['source', 'area_official_source'] as const)
				if (typeof p[field] === 'string' && !(p[field] in sources)) fe(field, `unknown source "${p[field]}" (sources.yaml)${didYouMean(p[field], sourceKeys)}`);
			for (const field of ['administered_by', 'claimed_by'] as const)
				if (typeof p[field] === 'string' && !partyIds.includes(p[field])) fe(field, `unknown party "${p[field]}" (story.yaml parties: ${partyIds.join(', ')})`);
			if (layer.geometry === 'line') {
				const style = layer.styles[String(p.style)];
				if (!style) fe('style', `unknown line style "${String(p.style)}" (story.yaml map.layers.${layerId}.styles: ${Object.keys(layer.styles).join(', ')})${didYouMean(String(p.style), Object.keys(layer.styles))}`);
				else if (style.kind === 'border') {
					if (!p.date) fe('date', 'missing: a border says when it was drawn');
					if (!p.source) fe('source', 'missing: a border cites where it comes from');
				} else if (typeof p.length_km !== 'number') fe('length_km', 'missing: a measured line states its length (and the map checks it against the line)');
			}
		}
	}
	// A point on an area lies on it.
	for (const [layerId, data] of Object.entries(folder.layers))
		for (const f of data.features) {
			const on = f.properties.on;
			if (typeof on !== 'string') continue;
			const area = features.get(on);
			const at = data.located.at(['features', f.index, 'properties', 'on']);
			if (!area || (area.geometry.type !== 'Polygon' && area.geometry.type !== 'MultiPolygon'))
				err(data.file, at, { feature: f.id, field: 'properties.on' }, `"${on}" is not an area feature${didYouMean(on, [...features.keys()])}`);
			else if (f.geometry.type === 'Point' && distanceToArea((f.geometry as Point).coordinates as [number, number], area.geometry) > ON_AREA_TOLERANCE_KM)
				err(data.file, at, { feature: f.id, field: 'properties.on' }, `the point lies more than ${ON_AREA_TOLERANCE_KM} km from "${on}" (layer "${layerId}")`);
		}

	// ---------- the steps' structure ----------
	const seenSteps = new Set<string>();
	story.steps.forEach((step, i) => {
		const at = (...path: (string | number)[]): Pos | undefined => storyAt.at(['steps', i, ...path]);
		const e = (path: (string | number)[], message: string): void =>
			err(storyFile, at(...path), { step: step.id, field: path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[') }, message);
		if (seenSteps.has(step.id)) e(['id'], `duplicate step id "${step.id}"`);
		seenSteps.add(step.id);
		step.layers.forEach((l, j) => {
			if (!layerIds.includes(l)) e(['layers', j], `unknown layer "${l}" (story.yaml map.layers: ${layerIds.join(', ')})${didYouMean(l, layerIds)}`);
			else if (step.layers.indexOf(l) !== j) e(['layers', j], `layer "${l}" is listed twice`);
		});
		step.sources.forEach((key, j) => {
			if (!(key in sources)) e(['sources', j], `unknown source "${key}" (sources.yaml)${didYouMean(key, sourceKeys)}`);
			else if (step.sources.indexOf(key) !== j) e(['sources', j], `source "${key}" is listed twice`);
		});
		const rule = STEP_KINDS[step.kind];
		const article = story.article?.source;
		const citesArticle = article !== undefined && step.sources.includes(article);
		if (rule.cites === 'article' && !article) e(['kind'], `a ${step.kind} step carries an article's argument, but story.yaml names no article`);
		else if (rule.cites === 'article' && !citesArticle) e(['sources'], `a ${step.kind} step carries the article's argument, so it must cite the article ("${article}")`);
		if (rule.cites === 'other' && !step.sources.some((k) => k !== article && k in sources)) e(['sources'], `a ${step.kind} step must cite at least one source other than the article`);
		(step.presents ?? []).forEach((p, j) => {
			if (!partyIds.includes(p)) e(['presents', j], `unknown party "${p}" (parties: ${partyIds.join(', ')})${didYouMean(p, partyIds)}`);
		});
		checkStepFeatures(step, story, features, e);
	});

	// ---------- sources, quotes, own names ----------
	const quotes = folder.quotes.data;
	const quotesAt = folder.quotes.at;
	for (const [key, q] of Object.entries(quotes)) {
		if (!(q.source in sources))
			err(quotesAt.file, quotesAt.at([key, 'source']), { field: `${key}.source` }, `unknown source "${q.source}" (sources.yaml)${didYouMean(q.source, sourceKeys)}`);
		if (![...partyIds, ...OTHER_VOICES].includes(q.party))
			err(quotesAt.file, quotesAt.at([key, 'party']), { field: `${key}.party` }, `whose side is it? expected one of ${[...partyIds, ...OTHER_VOICES].join(', ')}`);
		const n = countWords(q.text, q.lang);
		if (n > MAX_QUOTE_WORDS) err(quotesAt.file, quotesAt.at([key, 'text']), { field: `${key}.text` }, `the quotation is ${n} words; quote at most ${MAX_QUOTE_WORDS}`);
		if (folder.articleText !== undefined && story.article && q.source === story.article.source && !normaliseQuote(folder.articleText).includes(normaliseQuote(q.text)))
			err(quotesAt.file, quotesAt.at([key, 'text']), { field: `${key}.text` }, `not found, word for word, in the article's text (${story.article.text}): quote it exactly`);
	}
	const ownAt = folder.ownNames.at;
	for (const [key, byParty] of Object.entries(folder.ownNames.data))
		for (const [party, name] of Object.entries(byParty)) {
			if (!partyIds.includes(party)) err(ownAt.file, ownAt.at([key, party]), { field: `${key}.${party}` }, `unknown party "${party}" (parties: ${partyIds.join(', ')})`);
			if (typeof name !== 'string' && !(name.source in sources))
				err(ownAt.file, ownAt.at([key, party, 'source']), { field: `${key}.${party}.source` }, `unknown source "${name.source}" (sources.yaml)${didYouMean(name.source, sourceKeys)}`);
		}

	// ---------- each language ----------
	for (const lang of story.languages) {
		const folderOf = folder.languages[lang];
		if (folderOf) checkLanguage(folderOf, story, folder, features, err, stepIndex);
	}
	return errors;
}

/**
 * Each line style stands out (3:1, WCAG non-text contrast) on the map's sea and land and on the fills of the story's
 * area layers, and differs from the others in its layer by colour, and (borders) by dash, so lines shown together
 * stay apart.
 */
function checkLineStyles(story: StoryYaml, file: string, at: (path: (string | number)[]) => Pos | undefined, err: Err): void {
	const grounds: string[] = [PALETTE.sea, PALETTE.land];
	for (const layer of Object.values(story.map.layers)) if (layer.geometry === 'area') grounds.push(layer.look.fill);
	for (const [layerId, layer] of Object.entries(story.map.layers)) {
		if (layer.geometry !== 'line') continue;
		const styles = Object.entries(layer.styles);
		for (const [id, style] of styles) {
			const path = ['map', 'layers', layerId, 'styles', id, 'color'];
			for (const ground of grounds) {
				const ratio = contrastRatio(style.color, ground);
				if (ratio < NON_TEXT_CONTRAST)
					err(file, at(path), { field: path.join('.') }, `${style.color} stands out too little on ${ground} (${ratio.toFixed(2)}:1; a line needs ${NON_TEXT_CONTRAST}:1)`);
			}
			const same = styles.find(([other, s]) => other < id && s.color.toLowerCase() === style.color.toLowerCase());
			if (same) err(file, at(path), { field: path.join('.') }, `the same colour as the style "${same[0]}": lines shown together must stay apart`);
			const dash = styles.find(([other, s]) => other < id && s.kind === 'border' && style.kind === 'border' && s.dash.join() === style.dash.join());
			if (dash) err(file, at(['map', 'layers', layerId, 'styles', id, 'dash']), { field: `map.layers.${layerId}.styles.${id}.dash` }, `the same dash as the border style "${dash[0]}"`);
		}
	}
}

function distanceToArea(p: [number, number], g: GeoJSON.Geometry): number {
	const area = g as Polygon | MultiPolygon;
	const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
	if (polygons.some((rings) => insideRings(p, rings as [number, number][][]))) return 0;
	return nearestGap(p, area).distanceKm;
}

function insideRings([x, y]: [number, number], rings: [number, number][][]): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	return inside;
}

function checkStepFeatures(
	step: StepStructure,
	story: StoryYaml,
	features: Map<string, { layer: string; box: BBox }>,
	e: (path: (string | number)[], message: string) => void
): void {
	const known = [...features.keys()];
	/** Why a feature is not drawn in this step, or undefined when it is. */
	const notDrawn = (fid: string): string | undefined => {
		const f = features.get(fid);
		if (!f) return `unknown feature "${fid}"${didYouMean(fid, known)}`;
		if (!step.layers.includes(f.layer)) return `"${fid}" is in layer "${f.layer}", which this step does not show`;
		if (story.map.layers[f.layer]?.shows === 'listed' && !step.show.includes(fid)) return `"${fid}" is not in show`;
		return undefined;
	};
	step.show.forEach((fid, i) => {
		const f = features.get(fid);
		if (!f) e(['show', i], `unknown feature "${fid}"${didYouMean(fid, known)}`);
		else if (!step.layers.includes(f.layer)) e(['show', i], `"${fid}" is in layer "${f.layer}", which this step does not show`);
	});
	for (const layer of step.layers)
		if (story.map.layers[layer]?.shows === 'listed' && !step.show.some((fid) => features.get(fid)?.layer === layer))
			e(['layers'], `layer "${layer}" shows only listed features, but none of its features is in show`);
	step.highlight.forEach((fid, i) => {
		const problem = notDrawn(fid);
		if (problem) e(['highlight', i], `a highlighted feature must be shown: ${problem}`);
	});
	const camera = step.camera;
	if ('center' in camera) {
		if (!pointInBBox(camera.center, story.map.bounds)) e(['camera', 'center'], `[${camera.center.join(', ')}] lies outside the story's bounds (story.yaml map.bounds)`);
		return;
	}
	const framed = (list: readonly string[], path: (string | number)[]): void =>
		list.forEach((fid, i) => {
			const problem = notDrawn(fid);
			if (problem) return e([...path, i], `the camera frames a feature that is not shown: ${problem}`);
			const box = features.get(fid)?.box;
			if (box && !bboxInBBox(box, story.map.bounds)) e([...path, i], `"${fid}" lies outside the story's bounds`);
		});
	framed(camera.fit, ['camera', 'fit']);
	// What the step highlights is what the reader must see first: the camera frames it, on every screen. (Not said
	// when the camera names a feature that does not exist: that error says it already.)
	const allKnown = (list: readonly string[]): boolean => list.every((fid) => features.has(fid));
	if (allKnown(camera.fit))
		for (const fid of step.highlight) if (!camera.fit.includes(fid)) e(['camera', 'fit'], `the camera does not frame "${fid}", which the step highlights`);
	if (camera.small) {
		framed(camera.small.fit, ['camera', 'small', 'fit']);
		if (allKnown(camera.small.fit))
			for (const fid of step.highlight)
				if (!camera.small.fit.includes(fid)) e(['camera', 'small', 'fit'], `a small screen must still frame "${fid}", which the step highlights`);
	}
}

/** The names a language gives each party where they differ: prose must reach them through placeholders. */
function disputedWords(names: NamesYaml, parties: readonly string[]): { word: string; key: string }[] {
	const out: { word: string; key: string }[] = [];
	const add = (byParty: Readonly<Record<string, string>>, key: string): void => {
		const values = parties.map((p) => byParty[p]).filter((x): x is string => Boolean(x));
		if (new Set(values).size < 2) return;
		for (const w of values) if (w.length > 1) out.push({ word: w.replace(/^the /i, ''), key });
	};
	for (const [key, value] of Object.entries(names.places)) if (typeof value === 'object' && !('name' in value)) add(nameStrings(value), key);
	for (const [key, byMode] of Object.entries(names.terms)) add(byMode, key);
	return out.sort((a, b) => b.word.length - a.word.length);
}

function nameStrings(value: Readonly<Record<string, string | { name: string }>>): Record<string, string> {
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
}

/** A literal disputed name in `text` (outside placeholders, quotations and proper names), or undefined. */
/** Unicode script values (ISO 15924) that a language's script code stands for, where it is not one itself. */
const SCRIPT_LETTERS: Record<string, RegExp> = {
	Jpan: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
	Hans: /\p{Script=Han}/u,
	Hant: /\p{Script=Han}/u,
	Kore: /[\p{Script=Hangul}\p{Script=Han}]/u
};

/** Whether a name's first letter is in the script its language is written in (a Japanese page: kanji or kana). */
export function writtenInScriptOf(name: string, lang: string): boolean {
	const letter = /\p{L}/u.exec(name)?.[0];
	if (!letter) return true;
	const script = new Intl.Locale(lang).maximize().script ?? 'Latn';
	const letters = SCRIPT_LETTERS[script] ?? new RegExp(`\\p{Script=${script}}`, 'u');
	return letters.test(letter);
}

/** The text with each proper name blanked out (same length, so positions hold). */
function withoutProperNames(text: string, properNames: readonly string[]): string {
	let rest = text;
	for (const name of properNames) rest = rest.split(name).join(' '.repeat(name.length));
	return rest;
}

function rawDisputedName(text: string, words: readonly { word: string; key: string }[], properNames: readonly string[] = []): { word: string; key: string } | undefined {
	let rest = withoutProperNames(withoutPlaceholders(text), properNames);
	for (const span of quotedSpans(rest)) rest = rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end);
	return words.find(({ word }) => {
		const latin = /^[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(word);
		const re = new RegExp(latin ? `(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])` : escapeRegExp(word), 'u');
		return re.test(rest);
	});
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkLanguage(
	lf: LanguageFolder,
	story: StoryYaml,
	folder: StoryFolder,
	features: Map<string, { layer: string; props: Record<string, unknown> }>,
	err: Err,
	stepIndex: (id: string) => number
): void {
	const own = lf.sources?.data ?? {};
	for (const key of Object.keys(own))
		if (key in folder.sources!.data)
			err(lf.sources!.at.file, lf.sources!.at.at([key]), { field: key }, `the story's sources.yaml has "${key}" already: give this language's source another key`);
	const sources = { ...folder.sources!.data, ...own };
	const sourceKeys = Object.keys(sources);
	const quotes = folder.quotes!.data;
	const partyIds = story.parties.map((p) => p.id);
	const names = lf.names;
	if (!names || !lf.map || !lf.quotes || !lf.story) return;
	const namesAt = names.at;
	const nf = (path: (string | number)[], message: string): void => err(namesAt.file, namesAt.at(path), { field: path.join('.') }, message);

	// names.yaml
	for (const p of partyIds) if (!(p in names.data.parties)) nf(['parties'], `missing: the words for party "${p}"`);
	for (const p of Object.keys(names.data.parties)) if (!partyIds.includes(p)) nf(['parties', p], `unknown party "${p}" (story.yaml parties: ${partyIds.join(', ')})`);
	const checkSource = (key: string | undefined, path: (string | number)[], what: string): void => {
		if (key === undefined) nf(path, `${what} needs a source: give { name, source }, or a default source for the table (source) or the party (parties.<id>.source)`);
		else if (!(key in sources)) nf(path, `unknown source "${key}" (sources.yaml)${didYouMean(key, sourceKeys)}`);
	};
	for (const [p, words] of Object.entries(names.data.parties)) if (words.source) checkSource(words.source, ['parties', p, 'source'], `party "${p}"`);
	if (names.data.source) checkSource(names.data.source, ['source'], 'the table');
	const places: Record<string, PlaceNames> = {};
	for (const [key, value] of Object.entries(names.data.places)) {
		if (typeof value === 'string') {
			places[key] = value;
			checkSource(names.data.source, ['places', key], `"${key}"`);
		} else if ('name' in value && typeof value.name === 'string') {
			places[key] = value.name;
			checkSource(value.source as string, ['places', key, 'source'], `"${key}"`);
		} else {
			const byParty = value as Record<string, string | { name: string; source: string }>;
			for (const p of partyIds) if (!(p in byParty)) nf(['places', key], `missing: party "${p}"'s name for "${key}"`);
			for (const [p, n] of Object.entries(byParty)) {
				if (!partyIds.includes(p)) nf(['places', key, p], `unknown party "${p}" (parties: ${partyIds.join(', ')})`);
				else checkSource(typeof n === 'string' ? names.data.parties[p]?.source : n.source, ['places', key, p], `"${key}" (${p})`);
			}
			places[key] = nameStrings(byParty);
		}
	}
	for (const [key, byMode] of Object.entries(names.data.terms)) {
		for (const m of [...partyIds, BOTH]) if (!(m in byMode)) nf(['terms', key], `missing: the term's words for "${m}"`);
		for (const m of Object.keys(byMode)) if (![...partyIds, BOTH].includes(m)) nf(['terms', key, m], `"${m}" is neither a party nor "both"`);
		if (key in names.data.places) nf(['terms', key], `"${key}" is both a place and a term: give it one meaning`);
	}
	for (const fid of features.keys()) if (!(fid in names.data.places)) nf(['places'], `missing: a name for the map's feature "${fid}"`);
	if (!(names.data.example in names.data.places)) nf(['example'], `unknown place "${names.data.example}"${didYouMean(names.data.example, Object.keys(names.data.places))}`);
	const table = buildNameTable(places, names.data.terms, partyIds, story.both, names.data.both.separator);
	const disputed = disputedWords(names.data, partyIds);

	// Quotations in this language: the words of each as the page shows them.
	const qAt = lf.quotes.at;
	const renderings = new Map<string, string>();
	for (const [key, q] of Object.entries(quotes)) {
		const given = lf.quotes.data.quotes[key];
		if (q.translatedFrom === lf.lang) {
			if (given) err(qAt.file, qAt.at(['quotes', key]), { field: `quotes.${key}` }, `"${key}" was said in ${lf.lang}, but its original words are not in hand (quotes.yaml has only a translation): do not translate it back; paraphrase it without quotation marks`);
		} else if (q.lang === lf.lang) {
			renderings.set(key, q.text);
			if (given) err(qAt.file, qAt.at(['quotes', key]), { field: `quotes.${key}` }, `"${key}" was said in ${q.lang}: this language shows it as said (quotes.yaml at the story's root), so no translation goes here`);
		} else if (given) renderings.set(key, given.text);
	}
	// The people the page names (who said each quotation it shows, and the article's author), in its script.
	// A name written in another script must be given for this language (under people, or as a quotation's speaker); a
	// name given there is the editor's choice, in whatever script.
	const people = lf.quotes.data.people;
	const unwritten = new Set<string>();
	const nameIn = (name: string, given: boolean, what: string): void => {
		if (given || name in people || writtenInScriptOf(name, lf.lang) || unwritten.has(name)) return;
		unwritten.add(name);
		err(qAt.file, qAt.at(['people']), { field: 'people' }, `missing: how ${lf.lang} writes ${what} "${name}": give it under people ("${name}: …")`);
	};
	for (const key of renderings.keys()) nameIn(quotes[key]!.speaker, lf.quotes.data.quotes[key]?.speaker !== undefined, `the speaker of "${key}"`);
	if (story.article) nameIn(story.article.author, false, 'the article’s author');
	for (const name of Object.keys(people))
		if (name !== story.article?.author && !Object.values(quotes).some((q) => q.speaker === name))
			err(qAt.file, qAt.at(['people', name]), { field: `people.${name}` }, `"${name}" is no quotation's speaker (quotes.yaml) and not the article's author`);
	for (const [key, given] of Object.entries(lf.quotes.data.quotes)) {
		if (!(key in quotes)) err(qAt.file, qAt.at(['quotes', key]), { field: `quotes.${key}` }, `no quotation "${key}" in the story's quotes.yaml${didYouMean(key, Object.keys(quotes))}`);
		if (given.by !== 'ours' && !(given.by in sources))
			err(qAt.file, qAt.at(['quotes', key, 'by']), { field: `quotes.${key}.by` }, `unknown source "${given.by}" (sources.yaml), or "ours" for our own translation${didYouMean(given.by, sourceKeys)}`);
		const n = countWords(given.text, lf.lang);
		if (n > MAX_QUOTE_WORDS) err(qAt.file, qAt.at(['quotes', key, 'text']), { field: `quotes.${key}.text` }, `the quotation is ${n} words; quote at most ${MAX_QUOTE_WORDS}`);
	}
	for (const [key, words] of Object.entries(lf.quotes.data.sources)) {
		const source = sources[key];
		if (!source) err(qAt.file, qAt.at(['sources', key]), { field: `sources.${key}` }, `unknown source "${key}" (sources.yaml)${didYouMean(key, sourceKeys)}`);
		else if (words.title && !source.descriptive)
			err(qAt.file, qAt.at(['sources', key, 'title']), { field: `sources.${key}.title` }, 'titles stay as published: only a descriptive source (descriptive: true in sources.yaml) takes a title here');
	}
	for (const [key, source] of Object.entries(folder.sources!.data))
		if (source.descriptive && !lf.quotes.data.sources[key]?.title)
			err(qAt.file, qAt.at(['sources']), { field: `sources.${key}.title` }, `missing: "${key}" has no published headline (descriptive: true), so this language gives it a title`);

	/** Prose a reader sees: placeholders resolve, disputed names go through them, quotations are registered. */
	const prose = (file: string, pos: Pos | undefined, ctx: { step?: string; feature?: string; field: string }, value: string, opts: { quotes: 'any' | 'not-article' | 'none' }): string[] => {
		for (const k of unknownPlaceholders(value, table)) err(file, pos, ctx, `unknown placeholder {${k}}${didYouMean(k, Object.keys(table)).replace(/"([^"]+)"/, '{$1}')}`);
		if (hasStrayBraces(value)) err(file, pos, ctx, 'a brace that is not part of a {placeholder}: placeholders are written {key}, with no spaces');
		const raw = rawDisputedName(value, disputed, names.data.properNames);
		if (raw) err(file, pos, ctx, `names "${raw.word}" directly: write {${raw.key}}, so the names switch reaches it (or, if it is part of a person's or an organisation's name, list that name under properNames in ${lf.lang}/names.yaml)`);
		const used: string[] = [];
		// A proper name may carry quotation marks of its own (Russian writes a newspaper or an airport «…»): it quotes no one.
		for (const span of quotedSpans(withoutProperNames(value, names.data.properNames))) {
			if (opts.quotes === 'none') {
				err(file, pos, ctx, `quotation marks ${span.open}${span.words}${span.close} here: this text quotes no one`);
				continue;
			}
			const key = quotationFor(span.words, renderings);
			if (!key) {
				err(file, pos, ctx, `${span.open}${span.words}${span.close} is not a registered quotation in this language: register it in quotes.yaml (and its translation in ${lf.lang}/quotes.yaml), or drop the quotation marks`);
				continue;
			}
			if (opts.quotes === 'not-article' && story.article && quotes[key]?.source === story.article.source)
				err(file, pos, ctx, `${span.open}${span.words}${span.close} is the article's: this kind of step quotes nothing from the article`);
			if (countWords(span.words, lf.lang) > MAX_QUOTE_WORDS) err(file, pos, ctx, `the quotation is longer than ${MAX_QUOTE_WORDS} words`);
			used.push(key);
		}
		return used;
	};
	const noPlaceholders = (file: string, pos: Pos | undefined, field: string, value: string): void => {
		if (placeholdersIn(value).length || hasStrayBraces(value)) err(file, pos, { field }, `the story's ${field} is shown as written, in every naming mode: it may hold no {placeholders}`);
		const raw = rawDisputedName(value, disputed, names.data.properNames);
		if (raw) err(file, pos, { field }, `names "${raw.word}" directly; the story's ${field} stays the same in every naming mode, so use a word both sides accept`);
	};

	// story.md
	const sm = lf.story;
	for (const field of ['title', 'byline', 'embedTitle'] as const) noPlaceholders(sm.at.file, sm.at.at([field]), field, sm.front[field]);
	noPlaceholders(sm.at.file, sm.dekAt, 'dek', sm.dek);
	for (const field of ['disputedNote', 'aboutMap'] as const) {
		const value = sm.front[field];
		if (value) prose(sm.at.file, sm.at.at([field]), { field }, value, { quotes: 'none' });
	}

	// map.yaml
	const mapAt = lf.map.at;
	const map = lf.map.data;
	const mf = (path: (string | number)[], message: string, feature?: string): void => err(mapAt.file, mapAt.at(path), { ...(feature ? { feature } : {}), field: path.join('.') }, message);
	const legendKeys = new Set<string>();
	for (const [layerId, layer] of Object.entries(story.map.layers)) {
		if (layer.legend !== 'layer') continue;
		legendKeys.add(layerId);
		const highlights = layer.geometry === 'point' || (layer.geometry === 'area' && layer.look.highlight);
		if (highlights) legendKeys.add(`${layerId}-highlight`);
	}
	for (const k of legendKeys) if (!(k in map.legend)) mf(['legend'], `missing: the key's entry "${k}"`);
	for (const [k, value] of Object.entries(map.legend)) {
		if (!legendKeys.has(k)) mf(['legend', k], `the key has no entry "${k}" (it has ${[...legendKeys].join(', ') || 'none'})`);
		else prose(mapAt.file, mapAt.at(['legend', k]), { field: `legend.${k}` }, value, { quotes: 'none' });
	}
	for (const id of story.map.inset.map((x) => x.id)) if (!(id in map.inset)) mf(['inset'], `missing: a name for the inset extent "${id}"`);
	for (const id of Object.keys(map.inset)) if (!story.map.inset.some((x) => x.id === id)) mf(['inset', id], `story.yaml has no inset extent "${id}"`);
	for (const [fid, f] of features) {
		const words = map.features[fid];
		if (!words) {
			mf(['features'], `missing: the words for the map's feature "${fid}" (its description)`, fid);
			continue;
		}
		const layer = story.map.layers[f.layer]!;
		if (layer.geometry === 'line') {
			if (!words.title) mf(['features', fid], 'missing: a line’s title (what the key and its popup call it)', fid);
			const style = layer.styles[String(f.props.style)];
			if (style?.kind === 'border' && !words.treaty) mf(['features', fid], 'missing: a border’s treaty (the treaty or event that drew it)', fid);
		}
		if (f.props.administered_by && !words.administeredAs) mf(['features', fid], 'missing: administeredAs (how the administering side organises it)', fid);
		if (f.props.claimed_by && !words.claimedAs) mf(['features', fid], 'missing: claimedAs (how the claiming side counts it)', fid);
		for (const field of ['title', 'description', 'treaty'] as const) {
			const value = words[field];
			if (value) prose(mapAt.file, mapAt.at(['features', fid, field]), { feature: fid, field }, value, { quotes: 'any' });
		}
		// How each side designates it is that side's own wording, names included: shown as it is in every mode.
		for (const field of ['administeredAs', 'claimedAs'] as const) {
			const value = words[field];
			if (value && (placeholdersIn(value).length || hasStrayBraces(value)))
				mf(['features', fid, field], `${field} is one side's own designation, shown as it is in every naming mode: no {placeholders}`, fid);
		}
	}
	for (const fid of Object.keys(map.features)) if (!features.has(fid)) mf(['features', fid], `no feature "${fid}" in the story's layers${didYouMean(fid, [...features.keys()])}`, fid);

	// The steps
	for (const step of story.steps) {
		const entry = lf.steps[step.id];
		if (!entry) continue;
		const { words, at } = entry;
		const file = at.file;
		const e = (path: (string | number)[], message: string): void =>
			err(file, at.at(path), { step: step.id, field: path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[') }, message);
		const rule = STEP_KINDS[step.kind];
		if (rule.opinion === 'required' && !words.opinion?.length) e(['opinion'], `missing: a ${step.kind} step carries the author's argument under "## Opinion"`);
		if (rule.opinion === 'forbidden' && words.opinion?.length) e(['opinion'], `a ${step.kind} step is background, not the author's argument: it has no "## Opinion"`);
		if (!words.facts?.length && !words.opinion?.length) e(['facts'], 'missing: "## Facts" (or "## Opinion")');
		if (words.map === undefined) e(['map'], 'missing: "## Map", one paragraph saying what the map shows');
		for (const key of step.sources) if (!words.sources || !(key in words.sources)) e(['sources'], `missing: "- ${key}: ..." (what source "${key}" supports in this step)`);
		for (const key of Object.keys(words.sources ?? {}))
			if (!step.sources.includes(key)) e(['sources', key], `"${key}" is not among the step's sources in story.yaml (steps[${stepIndex(step.id)}].sources)`);
		const used: string[] = [];
		const quoteRule = rule.quotes ? 'any' : 'not-article';
		used.push(...prose(file, at.at(['title']), { step: step.id, field: 'title' }, words.title, { quotes: quoteRule }));
		words.opinion?.forEach((p, i) => used.push(...prose(file, at.at(['opinion', i]), { step: step.id, field: `opinion[${i}]` }, p, { quotes: 'any' })));
		words.facts?.forEach((p, i) => used.push(...prose(file, at.at(['facts', i]), { step: step.id, field: `facts[${i}]` }, p, { quotes: quoteRule })));
		if (words.map) prose(file, at.at(['map']), { step: step.id, field: 'map' }, words.map, { quotes: 'none' });
		for (const [key, value] of Object.entries(words.sources ?? {})) prose(file, at.at(['sources', key]), { step: step.id, field: `sources.${key}` }, value, { quotes: 'any' });
		words.quotes?.forEach((key, i) => {
			const q = quotes[key];
			if (!q) return e(['quotes', i], `no quotation "${key}" in quotes.yaml${didYouMean(key, Object.keys(quotes))}`);
			if (!renderings.has(key)) e(['quotes', i], `"${key}" was said in ${q.lang}: give its words in ${lf.lang} in ${lf.lang}/quotes.yaml (text, by)`);
			if (!rule.quotes && story.article && q.source === story.article.source) e(['quotes', i], `a ${step.kind} step quotes nothing from the article`);
			used.push(key);
		});
		for (const key of new Set(used)) {
			const q = quotes[key]!;
			if (!step.sources.includes(q.source) && !(lf.quotes.data.quotes[key]?.by && step.sources.includes(lf.quotes.data.quotes[key]!.by)))
				e(['sources'], `the step quotes "${key}" (${q.speaker}) but does not cite where the words come from ("${q.source}")`);
		}
		// A step that states the parties' cases quotes each of them, or none.
		if (step.presents?.length) {
			const quoted = new Set(used.map((k) => quotes[k]!.party));
			const some = step.presents.filter((p) => quoted.has(p));
			const missing = step.presents.filter((p) => !quoted.has(p));
			if (some.length && missing.length)
				e(['quotes'], `the step states the cases of ${step.presents.join(' and ')} but quotes only ${some.join(', ')}: quote ${missing.join(', ')} in their own words too, or neither`);
		}
	}
}
