// The geo build's check (geo/checkLayers.ts: validateLayer, then loadStory on the story with the layer in place)
// against broken files: each error names the file, its line, the feature and the field.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError, type ContentError } from '../src/lib/files/contentError';
import { formatFeatureCollection } from '../src/lib/geo/formatGeoJson';
import { BASEMAP_LAYER_IDS, type BasemapLayerId } from '../src/lib/map/basemapLook';
import type { FeatureCollection } from 'geojson';
import { readStoryFolder } from '../src/lib/story/content/readStoryFolder';
import { checkBasemap, checkStoryWith, stageStory, type LayerText, type StagedStory } from './checkLayers';
import { layerPath, STORY_DIR, STORY_LAYER_IDS, type StoryLayerId } from './story';

/** A layer of geo/fixtures/<name>/, named by its path; null text when the fixture has no such file. */
function fixture(name: string, layer: StoryLayerId | BasemapLayerId): LayerText {
	const file = `geo/fixtures/${name}/${layer}.geojson`;
	return { file, text: existsSync(file) ? readFileSync(file, 'utf8') : null };
}

/** The story's errors with one of its layers replaced by the same layer from geo/fixtures/<name>/. */
function withFixture(name: string, layer: StoryLayerId): { errors: ContentError[]; file: string } {
	const f = fixture(name, layer);
	return { errors: checkStoryWith({ [layer]: f }), file: f.file };
}

/** Asserts the formatted error names the file (with a line and column), the feature and the field. */
function expectNamed(e: ContentError, file: string, id: string, field: string): void {
	expect(formatContentError(e)).toMatch(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+:\\d+: feature "${id}": field "${field}": `));
}

const ISLANDS = layerPath('islands');
const PLACES = layerPath('places');
const LINES = layerPath('lines');

describe('broken fixtures', () => {
	it('a missing file is named, the story’s layers and the basemap’s alike', () => {
		const layers = Object.fromEntries(STORY_LAYER_IDS.map((l) => [l, fixture('missing-file', l)]));
		const errors = checkStoryWith(layers);
		expect(errors.sort((a, b) => a.file.localeCompare(b.file))).toEqual(
			[...STORY_LAYER_IDS].sort().map((l) => ({ file: `geo/fixtures/missing-file/${l}.geojson`, message: 'file not found' }))
		);
		const basemap = Object.fromEntries(BASEMAP_LAYER_IDS.map((l) => [l, fixture('missing-file', l)])) as Record<BasemapLayerId, LayerText>;
		expect(checkBasemap(basemap)).toEqual(BASEMAP_LAYER_IDS.map((l) => ({ file: `geo/fixtures/missing-file/${l}.geojson`, message: 'file not found' })));
	});

	it('malformed JSON is named, with where and the parser’s reason', () => {
		const { errors, file } = withFixture('malformed-json', 'places');
		expect(errors).toEqual([{ file, line: 3, column: expect.any(Number), message: expect.stringMatching(/^not valid JSON \(.+\)$/) }]);
	});

	it('an unknown island id is rejected: the layer must hold the four islands (story.yaml required)', () => {
		const { errors, file } = withFixture('unknown-island-id', 'islands');
		// story.yaml's islands layer requires the four islands, so the layer file itself says which one is gone.
		expect(errors).toEqual([expect.objectContaining({ file, feature: 'habomai', line: 1, message: 'missing: this layer must hold "habomai"' })]);
	});

	it('a duplicate id is named', () => {
		const { errors, file } = withFixture('duplicate-id', 'places');
		expect(errors).toHaveLength(1);
		expectNamed(errors[0]!, file, 'nagato', 'properties.id');
		expect(errors[0]!.message).toBe('duplicate id "nagato" in this file');
		expect(errors[0]!.line).toBe(3);
	});

	it('a place outside the story’s bounds is named', () => {
		const { errors, file } = withFixture('place-outside-bounds', 'places');
		expect(errors).toHaveLength(1);
		expectNamed(errors[0]!, file, 'danang', 'geometry');
		expect(errors[0]!.message).toMatch(/^lies outside the story’s bounds \(story\.yaml map\.bounds\) \[30, 5, 160, 62\] \(at \[-108\.3055, 16\.12\]\)$/);
	});

	it('a clockwise exterior ring is named', () => {
		const { errors, file } = withFixture('wrong-winding', 'islands');
		expect(errors).toHaveLength(1);
		expectNamed(errors[0]!, file, 'iturup', 'geometry');
		expect(errors[0]!.message).toMatch(/^exterior ring winds clockwise; RFC 7946 wants/);
	});

	it('a self-intersection is named, with where it is', () => {
		const { errors, file } = withFixture('self-intersection', 'islands');
		const kink = errors.find((e) => /crosses or touches itself/.test(e.message))!;
		expectNamed(kink, file, 'kunashir', 'geometry');
		expect(kink.message).toBe('crosses or touches itself at [145.95, 44.09]');
		expect(errors.every((e) => e.feature === 'kunashir')).toBe(true);
	});

	it('a missing property is named', () => {
		const { errors, file } = withFixture('missing-property', 'lines');
		expect(errors).toEqual([{ file, line: 4, column: expect.any(Number), feature: 'portsmouth-1905', field: 'properties.style', message: 'missing' }]);
		expect(formatContentError(errors[0]!)).toBe(`${file}:4:${errors[0]!.column}: feature "portsmouth-1905": field "properties.style": missing`);
	});
});

/** A committed story layer, loosely typed so a test can break any part of it. */
interface Layer {
	type: 'FeatureCollection';
	features: { type: 'Feature'; id: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

/** A deep copy of one committed layer, to break in memory. */
function layer(name: StoryLayerId): Layer {
	return JSON.parse(readFileSync(layerPath(name), 'utf8')) as Layer;
}

/** The story's errors with `data` in place of its committed layer `name`, written as the build writes it. */
function validateWith(name: StoryLayerId, data: Layer): ContentError[] {
	return checkStoryWith({ [name]: { file: layerPath(name), text: formatFeatureCollection(data as unknown as FeatureCollection) } });
}

const feature = (l: Layer, id: string): Layer['features'][number] => l.features.find((f) => f.id === id)!;

describe('rules across the committed data', () => {
	it('the committed story passes', () => {
		expect(checkStoryWith({})).toEqual([]);
	});

	it('area_km2 must match the geometry', () => {
		const islands = layer('islands');
		islands.features[0]!.properties.area_km2 = 3000;
		expect(validateWith('islands', islands)).toEqual([
			expect.objectContaining({
				file: ISLANDS,
				line: 2,
				feature: 'iturup',
				field: 'properties.area_km2',
				message: expect.stringMatching(/^says 3000 km² but the outline measures 316\d\.\d km²/)
			})
		]);
	});

	it('islands must lie inside the islands layer’s box', () => {
		const islands = layer('islands');
		const habomai = feature(islands, 'habomai');
		habomai.geometry.coordinates = (habomai.geometry.coordinates as number[][][][]).map((p) => p.map((r) => r.map(([x, y]) => [x! - 1, y!])));
		const errors = validateWith('islands', islands).filter((e) => e.field === 'geometry');
		expect(errors).toEqual([
			expect.objectContaining({
				file: ISLANDS,
				feature: 'habomai',
				field: 'geometry',
				message: expect.stringMatching(/^lies outside the layer's box \(story\.yaml map\.layers\.islands\.within\) \[145, 43, 149, 46\]/)
			})
		]);
	});

	it('ids are unique across the story layers', () => {
		const lines = layer('lines');
		const shimoda = lines.features[0]!;
		shimoda.id = 'nagato';
		shimoda.properties.id = 'nagato';
		expect(validateWith('lines', lines)).toContainEqual(
			expect.objectContaining({
				file: PLACES,
				feature: 'nagato',
				field: 'properties.id',
				message: expect.stringMatching(/^duplicate id: layer "lines" has a feature "nagato" too/)
			})
		);
	});

	it('a place on one of the islands lies on the island it names', () => {
		const places = layer('places');
		// Yuzhno-Kurilsk, on Kunashir, for an airport that says it is on Iturup.
		feature(places, 'iturup-airport').geometry.coordinates = [145.86, 44.03];
		expect(validateWith('places', places)).toEqual([
			expect.objectContaining({
				file: PLACES,
				feature: 'iturup-airport',
				field: 'properties.on',
				message: 'the point lies more than 1 km from "iturup" (layer "places")'
			})
		]);
	});

	it('sources are keys of sources.yaml, and parties the story’s', () => {
		const places = layer('places');
		feature(places, 'tokyo').properties.source = 'mofaFm2018032';
		expect(validateWith('places', places)).toEqual([
			expect.objectContaining({
				file: PLACES,
				feature: 'tokyo',
				field: 'properties.source',
				message: 'unknown source "mofaFm2018032" (sources.yaml) (did you mean "mofaFm20180321"?)'
			})
		]);
		const islands = layer('islands');
		feature(islands, 'kunashir').properties.administered_by = 'russia';
		expect(validateWith('islands', islands)).toEqual([
			expect.objectContaining({
				file: ISLANDS,
				feature: 'kunashir',
				field: 'properties.administered_by',
				message: 'unknown party "russia" (story.yaml parties: ja, ru)'
			})
		]);
	});

	it('the Nosappu gap must carry its length, and the right one', () => {
		const lines = layer('lines');
		const gap = feature(lines, 'nosappu-gap');
		delete gap.properties.length_km;
		expect(validateWith('lines', lines)).toEqual([
			expect.objectContaining({
				file: LINES,
				feature: 'nosappu-gap',
				field: 'properties.length_km',
				message: 'missing: a measured line states its length (and the map checks it against the line)'
			})
		]);
		gap.properties.length_km = 3.7;
		expect(validateWith('lines', lines)).toEqual([
			expect.objectContaining({
				file: LINES,
				feature: 'nosappu-gap',
				field: 'properties.length_km',
				message: expect.stringMatching(/^says 3.7 km but the line measures 3\.\d\d km$/)
			})
		]);
	});

	it('a border must say its date and its source', () => {
		const lines = layer('lines');
		const border = feature(lines, 'portsmouth-1905');
		border.properties.date = null;
		delete border.properties.source;
		expect(validateWith('lines', lines)).toEqual([
			expect.objectContaining({ file: LINES, feature: 'portsmouth-1905', field: 'properties.date', message: 'missing: a border says when it was drawn' }),
			expect.objectContaining({ file: LINES, feature: 'portsmouth-1905', field: 'properties.source', message: 'missing: a border cites where it comes from' })
		]);
	});
});

describe('the story as the check sees it', () => {
	const staged: StagedStory[] = [];
	afterAll(() => staged.forEach((s) => s.remove()));

	function stage(layers: Parameters<typeof stageStory>[0]): string {
		const s = stageStory(layers);
		staged.push(s);
		return s.dir;
	}

	function runCli(dir: string): { status: number | null; stderr: string } {
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { encoding: 'utf8', timeout: 60_000 });
		return { status: r.status, stderr: r.stderr };
	}

	it('reads what the story folder reads, the article’s text kept outside it included', () => {
		const copy = readStoryFolder(stage({})).folder;
		const real = readStoryFolder(STORY_DIR).folder;
		expect(copy.articleText).toBe(real.articleText);
		expect(Object.keys(copy.layers)).toEqual(Object.keys(real.layers));
	});

	it('scripts/validate.ts exits 1 and prints each error with its file, line, feature and field', () => {
		const dir = stage({ lines: fixture('missing-property', 'lines') });
		const r = runCli(dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(new RegExp(`${join(dir, 'layers/lines.geojson')}:4:\\d+: feature "portsmouth-1905": field "properties.style": missing`));
		expect(r.stderr).toContain(`1 error in ${dir}`);
	}, 60_000);

	it('scripts/validate.ts names every missing layer file', () => {
		const dir = stage(Object.fromEntries(STORY_LAYER_IDS.map((l) => [l, fixture('missing-file', l)])));
		const r = runCli(dir);
		expect(r.status).toBe(1);
		for (const l of STORY_LAYER_IDS) expect(r.stderr).toContain(`${join(dir, 'layers', `${l}.geojson`)}: file not found`);
		expect(r.stderr).toContain(`4 errors in ${dir}`);
	}, 60_000);
});
