// The geo build's check before anything is written: each basemap layer against its rule (validateLayer), and the
// story with the new layers in its folder, as a whole (loadStory: each layer by story.yaml's rule, then every
// reference across the story's files). Problems come back as values naming each file as the caller names it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import type { ContentError } from '../src/lib/files/contentError';
import { readGeoJson } from '../src/lib/files/geojsonFile';
import { validateLayer, type LayerRule } from '../src/lib/geo/validateLayer';
import type { BasemapLayerId } from '../src/lib/map/basemapLook';
import { loadStory } from '../src/lib/story/content/loadStory';
import { DETAIL_BBOX, STORY_DIR, storyBBox, storyLayer, storyYaml, type StoryLayerId } from './story';

/** A layer's text, and the file it is named by in messages; null text: the file is absent. */
export interface LayerText {
	file: string;
	text: string | null;
}

/** The basemap's rules: land and borders stay in the boxes they were cut to; the world layer is the whole world. */
function basemapRule(id: BasemapLayerId): LayerRule {
	switch (id) {
		case 'land':
			return { geometry: 'basemap-area', within: DETAIL_BBOX, withinName: 'DETAIL_BBOX' };
		// Borders are a mesh: lines meet at every tripoint by design, so they are not checked for touching.
		case 'borders':
			return { geometry: 'basemap-line', within: storyBBox(), withinName: 'the story’s bounds (story.yaml map.bounds)' };
		case 'world':
			return { geometry: 'basemap-area' };
	}
}

/** Every problem of the basemap's layers, file by file. */
export function checkBasemap(layers: Readonly<Record<BasemapLayerId, LayerText>>): ContentError[] {
	const errors: ContentError[] = [];
	for (const [id, { file, text }] of Object.entries(layers) as [BasemapLayerId, LayerText][]) {
		if (text === null) {
			errors.push({ file, message: 'file not found' });
			continue;
		}
		const read = readGeoJson(file, text);
		errors.push(...read.errors);
		if (read.located) errors.push(...validateLayer(read.located, basemapRule(id)).errors);
	}
	return errors;
}

/** A copy of the story folder, and how to remove it. */
export interface StagedStory {
	dir: string;
	remove(): void;
}

/**
 * A copy of the story folder in a temporary folder, with `layers` in place of its own (a null text removes the
 * file). A file story.yaml names outside the folder (the article's text) is linked at the same place relative to the
 * copy, so the copy is checked exactly as the folder would be.
 */
export function stageStory(layers: Readonly<Partial<Record<StoryLayerId, LayerText>>>): StagedStory {
	const outside = [storyYaml().article?.text].filter((f): f is string => f !== undefined && normalize(f).startsWith('..'));
	const depth = Math.max(
		0,
		...outside.map(
			(f) =>
				normalize(f)
					.split(/[\\/]/)
					.filter((part) => part === '..').length
		)
	);
	const root = mkdtempSync(join(tmpdir(), 'treaty-geo-story-'));
	const dir = join(root, ...Array<string>(depth).fill('up'), 'story');
	cpSync(STORY_DIR, dir, { recursive: true });
	for (const f of outside) {
		const real = resolve(STORY_DIR, f);
		if (!existsSync(real)) continue;
		mkdirSync(dirname(resolve(dir, f)), { recursive: true });
		symlinkSync(real, resolve(dir, f));
	}
	for (const [id, layer] of Object.entries(layers) as [StoryLayerId, LayerText][]) {
		const file = join(dir, storyLayer(id).file);
		if (layer.text === null) rmSync(file, { force: true });
		else writeFileSync(file, layer.text);
	}
	return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Every problem of the story with `layers` in place of its own, as `npm run validate` would report it had they been
 * written: a replaced layer is named by its LayerText's file, every other file by its place in the story folder.
 */
export function checkStoryWith(layers: Readonly<Partial<Record<StoryLayerId, LayerText>>>): ContentError[] {
	const staged = stageStory(layers);
	try {
		const replaced = new Map(Object.entries(layers).map(([id, layer]) => [storyLayer(id as StoryLayerId).file, layer.file]));
		const nameOf = (file: string): string => {
			const abs = resolve(file);
			if (!abs.startsWith(staged.dir + sep)) return file;
			const rel = relative(staged.dir, abs).split(sep).join('/');
			return replaced.get(rel) ?? join(STORY_DIR, rel);
		};
		return loadStory(staged.dir).errors.map((e) => ({ ...e, file: nameOf(e.file) }));
	} finally {
		staged.remove();
	}
}
