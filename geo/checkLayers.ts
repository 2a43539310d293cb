// The geo build's check before anything is written: each basemap layer against its rule (validateLayer), and the
// story with the new layers in its folder, as a whole (loadStory: each layer by story.yaml's rule, then every
// reference across the story's files). Problems come back as values naming each file as the caller names it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentError } from '../src/lib/files/contentError';
import { readGeoJson } from '../src/lib/files/geojsonFile';
import { validateLayer, type LayerRule } from '../src/lib/geo/validateLayer';
import type { BasemapLayerId } from '../src/lib/map/basemapLook';
import { loadStory } from '../src/lib/story/content/loadStory';
import { DETAIL_BBOX, STORY_DIR, storyBBox, storyLayer, type StoryLayerId } from './story';

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

/**
 * A copy of the story folder in a temporary folder, with `layers` in place of its own (a null text removes the
 * file). The caller removes it.
 */
export function stageStory(layers: Readonly<Partial<Record<StoryLayerId, LayerText>>>, storyDir: string = STORY_DIR): string {
	const dir = mkdtempSync(join(tmpdir(), 'treaty-geo-story-'));
	cpSync(storyDir, dir, { recursive: true });
	for (const [id, layer] of Object.entries(layers) as [StoryLayerId, LayerText][]) {
		const file = join(dir, storyLayer(id).file);
		if (layer.text === null) rmSync(file, { force: true });
		else writeFileSync(file, layer.text);
	}
	return dir;
}

/**
 * Every problem of the story with `layers` in place of its own, as `npm run validate` would report it had they been
 * written: a replaced layer is named by its LayerText's file, every other file by its place in the story folder.
 */
export function checkStoryWith(layers: Readonly<Partial<Record<StoryLayerId, LayerText>>>, storyDir: string = STORY_DIR): ContentError[] {
	const dir = stageStory(layers, storyDir);
	try {
		const replaced = new Map(Object.entries(layers).map(([id, layer]) => [storyLayer(id as StoryLayerId).file, layer.file]));
		const shown = relative(process.cwd(), resolve(storyDir));
		const nameOf = (file: string): string => {
			const abs = resolve(file);
			if (!abs.startsWith(dir + sep)) return file;
			const rel = relative(dir, abs).split(sep).join('/');
			return replaced.get(rel) ?? join(shown.startsWith('..') ? resolve(storyDir) : shown, rel);
		};
		return loadStory(dir).errors.map((e) => ({ ...e, file: nameOf(e.file) }));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
