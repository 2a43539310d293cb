// A checked story folder put together as the pages render it: one Story per language (its words, names, quotations
// and sources resolved), and the map's features with their words in that language. Pure; runs only on a folder that
// passed every check (checkStory), so a missing piece here is a bug, and throws.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { BOTH, type Citation, type FeatureInfo, type NameSources, type NamingOption, type Quotation, type SourcedName, type Story, type StoryLayer, type StoryMapConfig, type StoryStep } from '../model';
import { segmentProse } from '../quoteSpans';
import { buildNameTable, renderNames, type PlaceNames } from '../renderNames';
import { markBreaks } from './phraseBreaks';
import type { LanguageFolder, StoryFolder } from './readStoryFolder';
import type { SourceYaml, StoryYaml } from './schema';

/** The URL prefix of a language's pages: none for the default (first) one, else its primary subtag: '/ja', '/zh'. */
export function languageBase(lang: string, languages: readonly string[]): string {
	return lang === languages[0] ? '' : `/${lang.split('-')[0]!.toLowerCase()}`;
}

/** The story's map, the same in every language. */
function mapConfigOf(story: StoryYaml): StoryMapConfig {
	const layers: StoryLayer[] = Object.entries(story.map.layers).map(([id, l]) => ({
		id,
		geometry: l.geometry,
		shows: l.shows,
		...(l.credit ? { credit: l.credit } : {}),
		baseLand: l.geometry === 'area' ? l.baseLand : false,
		look: l.look,
		...(l.labels ? { labels: l.labels } : {}),
		legend: l.legend,
		...(l.geometry === 'line' ? { styles: l.styles } : {})
	}));
	return {
		bounds: story.map.bounds,
		inset: story.map.inset,
		layers,
		labelOrder: story.map.labelOrder ?? layers.map((l) => l.id)
	};
}

function placesOf(lf: LanguageFolder): Record<string, PlaceNames> {
	const out: Record<string, PlaceNames> = {};
	for (const [key, value] of Object.entries(lf.names!.data.places)) {
		if (typeof value === 'string') out[key] = value;
		else if ('name' in value && typeof value.name === 'string') out[key] = value.name;
		else out[key] = Object.fromEntries(Object.entries(value as Record<string, string | { name: string }>).map(([p, n]) => [p, typeof n === 'string' ? n : n.name]));
	}
	return out;
}

/** A source as a language cites it: its own fields, and this language's words for it (a title, a gloss, a note). */
function citationOf(key: string, s: SourceYaml, words: { title?: string; gloss?: string; note?: string } | undefined): Citation {
	return {
		key,
		title: (s.descriptive ? words?.title : undefined) ?? s.title,
		descriptive: s.descriptive,
		...(s.author ? { author: s.author } : {}),
		...(s.publisher ? { publisher: s.publisher } : {}),
		...(s.via ? { via: s.via } : {}),
		...(s.date ? { date: s.date } : {}),
		...(s.url ? { url: s.url } : {}),
		lang: s.lang,
		...(words?.gloss ? { gloss: words.gloss } : {}),
		...(words?.note ? { note: words.note } : {})
	};
}

/** The story in one language. */
export function assembleStory(folder: StoryFolder, lang: string): Story {
	const story = folder.story!.data;
	const lf = folder.languages[lang]!;
	const sources = { ...folder.sources!.data, ...(lf.sources?.data ?? {}) };
	const register = folder.quotes!.data;
	const names = lf.names!.data;
	const partyIds = story.parties.map((p) => p.id);
	const plain = buildNameTable(placesOf(lf), names.terms, partyIds, story.both, names.both.separator);
	const people = lf.quotes!.data.people;

	// Where lines may break, in a language written without spaces (ja, zh): marked in the text the reader reads. Names
	// are kept whole: the places' (each side's, and each part of "both"), the people's (and each part of a transcribed
	// name: 史密斯 of 约翰·史密斯) and the language's other proper names.
	const placeNames = Object.entries(plain)
		.filter(([key]) => !(key in names.terms))
		.flatMap(([, byMode]) => Object.values(byMode).flatMap((n) => [n, ...n.split(names.both.separator)]));
	const personNames = [...Object.values(people), ...Object.values(lf.quotes!.data.quotes).flatMap((q) => (q.speaker ? [q.speaker] : []))].flatMap((n) => [
		n,
		...n.split(/[·・\s]/)
	]);
	const whole = [...new Set([...placeNames, ...personNames, ...names.properNames, ...names.keepWhole].map((n) => n.trim()).filter((n) => n.length > 1))];
	const breaksIn = (text: string, inLang: string): string => markBreaks(text, inLang, (key) => renderNames(`{${key}}`, BOTH, plain), whole);
	const br = (text: string): string => breaksIn(text, lang);
	// A term is words, not a name: the reader's text breaks inside it as anywhere else. A place's name stays unmarked
	// (map labels, popups and static maps read it).
	const terms = Object.fromEntries(Object.entries(names.terms).map(([key, byMode]) => [key, Object.fromEntries(Object.entries(byMode).map(([mode, t]) => [mode, br(t)]))]));
	const table = buildNameTable(placesOf(lf), terms, partyIds, story.both, names.both.separator);

	const citation = (key: string, supports?: string): Citation => ({
		...citationOf(key, sources[key]!, lf.quotes!.data.sources[key]),
		...(supports !== undefined ? { supports } : {})
	});

	const quotes: Record<string, Quotation> = {};
	const renderings = new Map<string, string>();
	for (const [key, q] of Object.entries(register)) {
		const given = lf.quotes!.data.quotes[key];
		if (q.lang !== lang && !given) continue;
		const text = q.lang === lang ? q.text : given!.text;
		renderings.set(key, text);
		const translated: Quotation['translated'] =
			q.lang !== lang
				? { fromLang: q.translatedFrom ?? q.lang, ...(q.translatedFrom ? {} : { original: breaksIn(q.text, q.lang) }), by: given!.by === 'ours' ? 'ours' : citation(given!.by) }
				: q.translatedFrom
					? { fromLang: q.translatedFrom, by: citation(q.source) }
					: undefined;
		quotes[key] = {
			key,
			text: br(text),
			lang,
			speaker: given?.speaker ?? people[q.speaker] ?? q.speaker,
			party: q.party,
			...(translated ? { translated } : {}),
			source: citation(q.source),
			...(q.date ? { date: q.date } : {})
		};
	}

	const steps: StoryStep[] = story.steps.map((s) => {
		const words = lf.steps[s.id]!.words;
		const quotations: string[] = [];
		const seg = (text: string) => {
			const prose = segmentProse(text, renderings);
			for (const part of prose) if (typeof part !== 'string' && !quotations.includes(part.quote)) quotations.push(part.quote);
			return prose.map((part) => (typeof part === 'string' ? br(part) : { ...part, words: br(part.words) }));
		};
		const opinion = words.opinion?.map(seg);
		for (const key of words.quotes ?? []) if (!quotations.includes(key)) quotations.push(key);
		const facts = (words.facts ?? []).map(seg);
		return {
			id: s.id,
			kind: s.kind,
			title: br(words.title),
			...(opinion ? { opinion } : {}),
			...(words.quotes?.length ? { quotes: words.quotes } : {}),
			facts,
			camera: s.camera,
			layers: s.layers,
			show: s.show,
			highlight: s.highlight,
			mapDescription: br(words.map ?? ''),
			citations: s.sources.map((key) => {
				// As the step's source list reads it: title, gloss and note with their line-break marks.
				const c = citation(key, words.sources?.[key] === undefined ? undefined : br(words.sources[key]));
				return {
					...c,
					title: breaksIn(c.title, c.descriptive ? lang : c.lang),
					...(c.gloss ? { gloss: br(c.gloss) } : {}),
					...(c.note ? { note: br(c.note) } : {})
				};
			}),
			quotations
		};
	});

	const exampleKey = names.example;
	const naming: NamingOption[] = [
		{ id: BOTH, label: names.both.label, names: names.both.names, example: renderNames(`{${exampleKey}}`, BOTH, table) },
		...story.parties.map((p) => ({
			id: p.id,
			label: names.parties[p.id]!.label,
			names: names.parties[p.id]!.names,
			example: renderNames(`{${exampleKey}}`, p.id, table),
			lang: p.lang
		}))
	];
	// The table of names: each place the sides name differently, each name with its own-script form and its source.
	const own = folder.ownNames!.data;
	const ownName = (place: string, party: string): string | undefined => {
		const n = own[place]?.[party];
		return typeof n === 'string' ? n : n?.name;
	};
	const nameSources: NameSources = {
		...(names.about ? { about: names.about } : {}),
		parties: story.both.map((p) => ({
			id: p,
			heading: names.parties[p]!.name ?? names.parties[p]!.label,
			...(names.parties[p]!.source ? { source: citation(names.parties[p]!.source!) } : {})
		})),
		places: Object.entries(names.places).flatMap(([id, value]) => {
			if (typeof value === 'string' || 'name' in value) return [];
			const byParty = value as Record<string, string | { name: string; source: string }>;
			const cells = story.both.map((p): [string, SourcedName] => {
				const n = byParty[p]!;
				const name = typeof n === 'string' ? n : n.name;
				const ownForm = ownName(id, p);
				return [p, { name, ...(ownForm && ownForm !== name ? { own: ownForm } : {}), ...(typeof n !== 'string' ? { source: citation(n.source) } : {}) }];
			});
			return [{ id, names: Object.fromEntries(cells) }];
		}),
		...(names.source ? { others: citation(names.source) } : {})
	};

	const article = story.article;
	const articleSource = article ? sources[article.source]! : undefined;
	const front = lf.story!.front;
	return {
		id: story.id,
		lang,
		languages: story.languages.map((l) => ({ lang: l, base: languageBase(l, story.languages) })),
		title: br(front.title),
		dek: br(lf.story!.dek),
		byline: front.byline,
		...(article && articleSource
			? {
					article: {
						source: article.source,
						title: articleSource.title,
						author: people[article.author] ?? article.author,
						...(articleSource.publisher ? { publisher: articleSource.publisher } : {}),
						...(articleSource.date ? { published: articleSource.date } : {}),
						...(articleSource.url ? { url: articleSource.url } : {})
					}
				}
			: {}),
		words: {
			embedTitle: front.embedTitle,
			disputedNote: front.disputedNote,
			...(front.aboutMap ? { aboutMap: front.aboutMap } : {}),
			legend: lf.map!.data.legend,
			inset: lf.map!.data.inset
		},
		parties: story.parties.map((p) => ({
			id: p.id,
			lang: p.lang,
			...(names.parties[p.id]?.country ? { country: names.parties[p.id]!.country } : {}),
			...(names.parties[p.id]?.name ? { nameLabel: names.parties[p.id]!.name } : {})
		})),
		naming,
		names: table,
		nameSources,
		quotes,
		steps,
		map: mapConfigOf(story)
	};
}

/** Every feature of the story's layers with its words in `lang`; `anchorOf` gives where its popup points. */
export function featureInfos(folder: StoryFolder, lang: string, anchorOf: (f: Feature<Geometry>, layer: string) => [number, number]): Record<string, FeatureInfo> {
	const story = folder.story!.data;
	const words = folder.languages[lang]!.map!.data.features;
	const own = folder.ownNames!.data;
	const sources = { ...folder.sources!.data, ...(folder.languages[lang]!.sources?.data ?? {}) };
	const cite = (key: unknown): Citation | undefined => {
		if (typeof key !== 'string' || !sources[key]) return undefined;
		return citationOf(key, sources[key], folder.languages[lang]!.quotes!.data.sources[key]);
	};
	const out: Record<string, FeatureInfo> = {};
	for (const [layerId, layer] of Object.entries(folder.layers)) {
		const geometry = story.map.layers[layerId]!.geometry;
		for (const f of layer.features) {
			const p = f.properties;
			const w = words[f.id]!;
			const ownNames = own[f.id]
				? Object.fromEntries(Object.entries(own[f.id]!).map(([party, n]) => [party, typeof n === 'string' ? n : n.name]))
				: undefined;
			const areaSource = cite(p.area_official_source);
			const source = cite(p.source);
			out[f.id] = {
				id: f.id,
				layer: layerId,
				geometry,
				...(w.title ? { title: w.title } : {}),
				description: w.description,
				...(ownNames ? { ownNames } : {}),
				...(typeof p.administered_by === 'string' ? { administeredBy: p.administered_by } : {}),
				...(w.administeredAs ? { administeredAs: w.administeredAs } : {}),
				...(typeof p.claimed_by === 'string' ? { claimedBy: p.claimed_by } : {}),
				...(w.claimedAs ? { claimedAs: w.claimedAs } : {}),
				...(typeof p.area_km2 === 'number' ? { areaKm2: p.area_km2 } : {}),
				...(typeof p.area_official_km2 === 'number' ? { areaOfficialKm2: p.area_official_km2 } : {}),
				...(areaSource ? { areaOfficialSource: areaSource } : {}),
				...(typeof p.date === 'string' ? { date: p.date } : {}),
				...(typeof p.length_km === 'number' ? { lengthKm: p.length_km } : {}),
				...(w.treaty ? { treaty: w.treaty } : {}),
				...(source ? { source } : {}),
				...(typeof p.outline_source === 'string' ? { outlineSource: p.outline_source } : {}),
				...(typeof p.style === 'string' ? { style: p.style } : {}),
				anchor: anchorOf({ type: 'Feature', id: f.id, properties: p, geometry: f.geometry }, layerId)
			};
		}
	}
	return out;
}

/** A story layer's features as a collection (the validated ones, in file order). */
export function layerCollection(folder: StoryFolder, layerId: string): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: (folder.layers[layerId]?.features ?? []).map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: f.geometry }))
	};
}
