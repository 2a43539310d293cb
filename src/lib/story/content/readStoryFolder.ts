// Reads a story folder (docs/authoring.md) from disk: every file parsed with positions and checked against its schema,
// in a fixed order (the story's own files, its layers, then each language's). Build time and scripts only (node:fs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as v from 'valibot';
import type { ContentError } from '../../files/contentError';
import { readGeoJson } from '../../files/geojsonFile';
import { checkSchema, readYaml, type Located } from '../../files/located';
import { validateLayer, type ValidFeature } from '../../geo/validateLayer';
import { readStepMarkdown, readStoryMarkdown, type LocatedStep, type StepWords } from './markdownFile';
import {
	LanguageQuotesYamlSchema,
	MapYamlSchema,
	NamesYamlSchema,
	OwnNamesYamlSchema,
	QuotesYamlSchema,
	SourcesYamlSchema,
	StoryFrontMatterSchema,
	StoryYamlSchema,
	type LanguageQuotesYaml,
	type MapYaml,
	type NamesYaml,
	type OwnNamesYaml,
	type QuoteYaml,
	type SourceYaml,
	type StoryFrontMatter,
	type StoryYaml
} from './schema';

/** The files of a story folder, relative to it. */
const STORY_FILES = {
	story: 'story.yaml',
	sources: 'sources.yaml',
	quotes: 'quotes.yaml',
	ownNames: 'own-names.yaml'
} as const;
/** The files of a language folder, relative to it. */
const LANGUAGE_FILES = {
	story: 'story.md',
	names: 'names.yaml',
	map: 'map.yaml',
	quotes: 'quotes.yaml',
	sources: 'sources.yaml',
	steps: 'steps'
} as const;

interface Parsed<T> {
	data: T;
	at: Located;
}

export interface LanguageFolder {
	lang: string;
	story?: { front: StoryFrontMatter; dek: string; at: Located; dekAt?: { line: number; column: number } };
	names?: Parsed<NamesYaml>;
	map?: Parsed<MapYaml>;
	quotes?: Parsed<LanguageQuotesYaml>;
	/** Sources only this language cites (the forms of its names, its translations), beside the story's own. */
	sources?: Parsed<Record<string, SourceYaml>>;
	steps: Record<string, { words: StepWords; at: LocatedStep }>;
}

interface StoryLayerData {
	file: string;
	located: Located;
	features: ValidFeature[];
}

/** A story folder's files, each present only when it parsed and passed its schema. */
export interface StoryFolder {
	dir: string;
	/** How files are named in messages: relative to the working directory. */
	name: (relativeToStory: string) => string;
	story?: Parsed<StoryYaml>;
	sources?: Parsed<Record<string, SourceYaml>>;
	quotes?: Parsed<Record<string, QuoteYaml>>;
	ownNames?: Parsed<OwnNamesYaml>;
	layers: Record<string, StoryLayerData>;
	languages: Record<string, LanguageFolder>;
	/** The article's text, where story.yaml says where a copy is and the file is there (quotations are checked against it). */
	articleText?: string;
}

function displayName(dir: string, file: string): string {
	const rel = relative(process.cwd(), join(dir, file));
	return rel.startsWith('..') ? join(dir, file) : rel.split('\\').join('/');
}

/** Every file of the folder, parsed and schema-checked; problems are returned in reading order, never thrown. */
export function readStoryFolder(folder: string): { folder: StoryFolder; errors: ContentError[] } {
	const dir = resolve(folder);
	const name = (f: string): string => displayName(dir, f);
	const errors: ContentError[] = [];
	const out: StoryFolder = { dir, name, layers: {}, languages: {} };
	if (!existsSync(join(dir, STORY_FILES.story))) {
		errors.push({ file: name(STORY_FILES.story), message: `not found: a story folder holds ${STORY_FILES.story} (is "${folder}" a story folder?)` });
		return { folder: out, errors };
	}

	const readText = (file: string): string | null => {
		try {
			return readFileSync(join(dir, file), 'utf8');
		} catch (e) {
			const code = (e as NodeJS.ErrnoException).code;
			errors.push({ file: name(file), message: code === 'ENOENT' ? 'file not found' : `cannot be read (${(e as Error).message})` });
			return null;
		}
	};
	const yamlFile = <S extends v.GenericSchema>(
		file: string,
		schema: S,
		stepOf?: (path: (string | number)[]) => string | undefined
	): Parsed<v.InferOutput<S>> | undefined => {
		const source = readText(file);
		if (source === null) return undefined;
		const read = readYaml(name(file), source);
		errors.push(...read.errors);
		if (!read.located) return undefined;
		const checked = checkSchema(read.located, schema, stepOf);
		errors.push(...checked.errors);
		return checked.errors.length === 0 ? { data: checked.output as v.InferOutput<S>, at: read.located } : undefined;
	};

	// The story's own files.
	const rawSteps = (): unknown[] => {
		const source = readText(STORY_FILES.story);
		if (source === null) return [];
		const data = readYaml(name(STORY_FILES.story), source).located?.data as { steps?: unknown } | undefined;
		return Array.isArray(data?.steps) ? data.steps : [];
	};
	const steps = rawSteps();
	const stepOf = (path: (string | number)[]): string | undefined => {
		if (path[0] !== 'steps' || typeof path[1] !== 'number') return undefined;
		const sid = (steps[path[1]] as { id?: unknown } | undefined)?.id;
		return typeof sid === 'string' ? sid : `#${path[1]}`;
	};
	out.story = yamlFile(STORY_FILES.story, StoryYamlSchema, stepOf);
	out.sources = yamlFile(STORY_FILES.sources, SourcesYamlSchema);
	out.quotes = yamlFile(STORY_FILES.quotes, QuotesYamlSchema);
	out.ownNames = yamlFile(STORY_FILES.ownNames, OwnNamesYamlSchema);
	const story = out.story?.data;
	if (!story) return { folder: out, errors };
	if (story.article?.text && existsSync(join(dir, story.article.text))) out.articleText = readFileSync(join(dir, story.article.text), 'utf8');

	// Its layers, in drawing order.
	for (const [layerId, layer] of Object.entries(story.map.layers)) {
		const source = readText(layer.file);
		if (source === null) continue;
		const read = readGeoJson(name(layer.file), source);
		errors.push(...read.errors);
		if (!read.located) continue;
		const checked = validateLayer(read.located, {
			geometry: layer.geometry,
			...(layer.required ? { required: layer.required } : {}),
			within: layer.within ?? story.map.bounds,
			withinName: layer.within ? `the layer's box (story.yaml map.layers.${layerId}.within)` : 'the story’s bounds (story.yaml map.bounds)'
		});
		errors.push(...checked.errors);
		out.layers[layerId] = { file: name(layer.file), located: read.located, features: checked.features };
	}

	// Each language's folder.
	for (const lang of story.languages) {
		const folder: LanguageFolder = { lang, steps: {} };
		out.languages[lang] = folder;
		if (!existsSync(join(dir, lang))) {
			errors.push({ file: name(lang), message: `not found: story.yaml lists the language "${lang}", so its words are in the folder ${lang}/` });
			continue;
		}
		const storyMd = readText(join(lang, LANGUAGE_FILES.story));
		if (storyMd !== null) {
			const read = readStoryMarkdown(name(join(lang, LANGUAGE_FILES.story)), storyMd);
			errors.push(...read.errors);
			if (read.front) {
				const checked = checkSchema(read.front, StoryFrontMatterSchema);
				errors.push(...checked.errors);
				if (checked.output && read.dek !== undefined && read.errors.length === 0)
					folder.story = { front: checked.output, dek: read.dek, at: read.front, ...(read.dekAt ? { dekAt: read.dekAt } : {}) };
			}
		}
		if (existsSync(join(dir, lang, LANGUAGE_FILES.sources))) folder.sources = yamlFile(join(lang, LANGUAGE_FILES.sources), SourcesYamlSchema);
		folder.names = yamlFile(join(lang, LANGUAGE_FILES.names), NamesYamlSchema);
		folder.map = yamlFile(join(lang, LANGUAGE_FILES.map), MapYamlSchema);
		folder.quotes = existsSync(join(dir, lang, LANGUAGE_FILES.quotes))
			? yamlFile(join(lang, LANGUAGE_FILES.quotes), LanguageQuotesYamlSchema)
			: { data: { quotes: {}, sources: {}, people: {} }, at: { file: name(join(lang, LANGUAGE_FILES.quotes)), data: {}, at: () => undefined } };
		const stepsDir = join(lang, LANGUAGE_FILES.steps);
		for (const step of story.steps) {
			const file = join(stepsDir, `${step.id}.md`);
			if (!existsSync(join(dir, file))) {
				errors.push({ file: name(file), step: step.id, message: `not found: story.yaml has the step "${step.id}", so ${lang}/ needs its words in ${stepsDir}/${step.id}.md` });
				continue;
			}
			const source = readText(file);
			if (source === null) continue;
			const read = readStepMarkdown(name(file), source, step.id);
			errors.push(...read.errors);
			if (read.located && read.errors.length === 0) folder.steps[step.id] = { words: read.located.data, at: read.located };
		}
		const known = new Set(story.steps.map((s) => `${s.id}.md`));
		if (existsSync(join(dir, stepsDir)))
			for (const f of readdirSync(join(dir, stepsDir)).sort())
				if (f.endsWith('.md') && !known.has(f))
					errors.push({ file: name(join(stepsDir, f)), message: `story.yaml has no step "${f.replace(/\.md$/, '')}": add it to story.yaml's steps, or remove this file` });
	}
	for (const entry of readdirSync(dir, { withFileTypes: true }))
		if (entry.isDirectory() && existsSync(join(dir, entry.name, LANGUAGE_FILES.story)) && !story.languages.includes(entry.name))
			errors.push({ file: name(entry.name), message: `a language folder that story.yaml does not list: add "${entry.name}" to its languages, or remove the folder` });
	return { folder: out, errors };
}
