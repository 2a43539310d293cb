// Every kind of bad content file stops the story with an error that names the file, the line and column, the step
// and the field, and says what was expected. Each case copies the fixture story, breaks one file, and reads it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentErrorReport, formatContentError, type ContentError } from '../../src/lib/files/contentError';
import { loadStory } from '../../src/lib/story/content/loadStory';

const FIXTURE = 'tests/fixtures/stories/falklands-malvinas';
const made: string[] = [];

/** A copy of the fixture story with `edit` applied to one of its files (path relative to the story folder). */
function brokenStory(file: string, edit: (text: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'treaty-story-'));
	made.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
	writeFileSync(path, after);
	return dir;
}

function errorsOf(dir: string): ContentError[] {
	const { story, errors } = loadStory(dir);
	expect(story).toBeUndefined();
	expect(errors.length).toBeGreaterThan(0);
	return errors;
}

/** The line (1-based) of the first line of `text` that contains `needle`. */
function lineOf(dir: string, file: string, needle: string): number {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const i = lines.findIndex((l) => l.includes(needle));
	expect(i, `"${needle}" in ${file}`).toBeGreaterThanOrEqual(0);
	return i + 1;
}

afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the fixture story', () => {
	it('is valid as it is', () => {
		const { story, errors } = loadStory(FIXTURE);
		expect(errors.map(formatContentError)).toEqual([]);
		expect(story?.stories.en?.steps.map((s) => s.id)).toEqual(['two-names', 'capital-city', 'war-1982']);
	});
});

describe('a bad content file names the file, the line, the step and the field', () => {
	it('bad YAML: where the syntax breaks, with a hint for the commonest mistake', () => {
		const dir = brokenStory('en/names.yaml', (t) => t.replace('  label: British\n', '  label: British: the UK\n'));
		const [e] = errorsOf(dir);
		expect(e!.file).toMatch(/en\/names\.yaml$/);
		expect(e!.line).toBe(lineOf(dir, 'en/names.yaml', 'label: British: the UK'));
		expect(e!.column).toBeGreaterThan(0);
		expect(e!.message).toMatch(/^YAML: .*put the whole text in double quotes/);
	});

	it('an unknown field: its key, and the fields that are allowed', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('  - id: capital-city\n    kind: context\n', '  - id: capital-city\n    kind: context\n    colour: red\n'));
		const [e] = errorsOf(dir);
		expect(e).toMatchObject({ step: 'capital-city', field: 'steps[1].colour', line: lineOf(dir, 'story.yaml', 'colour: red') });
		expect(e!.message).toMatch(/unknown field .*id, kind, camera, layers/);
	});

	it('a missing field: "missing", at the step that lacks it', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('  - id: war-1982\n    kind: context\n', '  - id: war-1982\n'));
		const [e] = errorsOf(dir);
		expect(e).toMatchObject({ step: 'war-1982', field: 'steps[2].kind' });
		expect(e!.line).toBe(lineOf(dir, 'story.yaml', 'id: war-1982'));
		expect(e!.message).toMatch(/^missing/);
	});

	it('an unknown place id: the typo, where it is, and the id it probably means', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('camera: { fit: [stanley], padding: 60, maxZoom: 9 }', 'camera: { fit: [stanly], padding: 60, maxZoom: 9 }'));
		const errors = errorsOf(dir);
		const e = errors.find((x) => x.field === 'camera.fit[0]')!;
		expect(e).toMatchObject({ step: 'capital-city', line: lineOf(dir, 'story.yaml', 'fit: [stanly]') });
		expect(e.message).toBe('the camera frames a feature that is not shown: unknown feature "stanly" (did you mean "stanley"?)');
	});

	it('an unknown layer id', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('    layers: [islands, places]\n    show: [stanley, goose-green]', '    layers: [island, places]\n    show: [stanley, goose-green]'));
		const e = errorsOf(dir).find((x) => x.field === 'layers[0]')!;
		expect(e).toMatchObject({ step: 'war-1982', line: lineOf(dir, 'story.yaml', 'layers: [island, places]') });
		expect(e.message).toMatch(/unknown layer "island" .*did you mean "islands"/);
	});

	it('a step with no source', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('sources: [britannicaKids, wikiStanley]', 'sources: []'));
		const e = errorsOf(dir)[0]!;
		expect(e).toMatchObject({ step: 'capital-city', field: 'steps[1].sources', line: lineOf(dir, 'story.yaml', 'sources: []') });
		expect(e.message).toBe('a step needs at least one source');
	});

	it('an unknown source key in a step’s words, and a source the step does not list', () => {
		const dir = brokenStory('en/steps/capital-city.md', (t) => t.replace('- wikiStanley: Where the capital lies', '- wikiStanly: Where the capital lies'));
		const errors = errorsOf(dir);
		expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['sources', 'sources.wikiStanly']));
		const e = errors.find((x) => x.field === 'sources.wikiStanly')!;
		expect(e).toMatchObject({ step: 'capital-city', line: lineOf(dir, 'en/steps/capital-city.md', 'wikiStanly') });
	});

	it('a quotation not found, word for word, in the article', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('parties:\n', 'article:\n  source: britannicaKids\n  author: Britannica Kids\n  text: article.txt\nparties:\n'));
		writeFileSync(join(dir, 'article.txt'), 'Argentina still also claims the Falklands, which they call the Malvinas.\n');
		writeFileSync(
			join(dir, 'quotes.yaml'),
			'whichTheyCall:\n  speaker: Britannica Kids\n  party: other\n  lang: en\n  text: which they called the Malvinas\n  source: britannicaKids\n'
		);
		const e = errorsOf(dir).find((x) => x.field === 'whichTheyCall.text')!;
		expect(e.file).toMatch(/quotes\.yaml$/);
		expect(e.line).toBe(5);
		expect(e.message).toMatch(/not found, word for word, in the article's text \(article\.txt\)/);
	});

	it('a quotation in the text that no one registered', () => {
		const dir = brokenStory('en/steps/capital-city.md', (t) => t.replace('is the islands\' capital', 'is “the islands\' capital”'));
		const e = errorsOf(dir)[0]!;
		expect(e).toMatchObject({ step: 'capital-city', field: 'facts[0]', line: lineOf(dir, 'en/steps/capital-city.md', '“the islands') });
		expect(e.message).toMatch(/is not a registered quotation in this language/);
	});

	it('a proper name in quotation marks is a name, not a quotation, once names.yaml lists it', () => {
		const text = (t: string) => t.replace("is the islands' capital", "is the islands' capital, where the newspaper “Penguin News” is published");
		const unlisted = brokenStory('en/steps/capital-city.md', text);
		expect(errorsOf(unlisted)[0]!.message).toMatch(/“Penguin News” is not a registered quotation in this language/);
		const listed = brokenStory('en/steps/capital-city.md', text);
		const names = join(listed, 'en/names.yaml');
		writeFileSync(names, readFileSync(names, 'utf8') + 'properNames:\n  - “Penguin News”\n');
		expect(loadStory(listed).errors.map(formatContentError)).toEqual([]);
	});

	it('a disputed name written out instead of its placeholder', () => {
		const dir = brokenStory('en/steps/capital-city.md', (t) => t.replace('{Stanley}, on {east-falkland}, is', 'Stanley, on {east-falkland}, is'));
		const e = errorsOf(dir)[0]!;
		expect(e).toMatchObject({ step: 'capital-city', field: 'facts[0]' });
		expect(e.message).toMatch(/names "Stanley" directly: write \{stanley\}/);
	});

	it('an unknown placeholder, with the one it probably means', () => {
		const dir = brokenStory('en/steps/capital-city.md', (t) => t.replace('on {east-falkland}, is', 'on {east-falkand}, is'));
		const e = errorsOf(dir)[0]!;
		expect(e.message).toBe('unknown placeholder {east-falkand} (did you mean {east-falkland}?)');
	});

	it('a step without its Markdown file, and Markdown the page would not show', () => {
		const missing = brokenStory('story.yaml', (t) => t.replace('  - id: war-1982\n', '  - id: war-1983\n'));
		expect(errorsOf(missing).map(formatContentError).join('\n')).toMatch(/en\/steps\/war-1983\.md: step "war-1983": not found/);
		const emphasis = brokenStory('en/steps/capital-city.md', (t) => t.replace("is the islands' capital", "is the islands' *capital*"));
		expect(errorsOf(emphasis)[0]!.message).toMatch(/Markdown emphasis .* is not shown/);
		const section = brokenStory('en/steps/capital-city.md', (t) => t.replace('## Facts', '## Fact'));
		expect(errorsOf(section)[0]).toMatchObject({ line: 3, message: expect.stringMatching(/unknown section "## Fact"/) });
	});

	it('a broken GeoJSON layer: its line, the feature and the property', () => {
		const json = brokenStory('layers/places.geojson', (t) => t.replace('"source":"wikiStanley"', '"source":"wikiStanley",,'));
		const [bad] = errorsOf(json);
		expect(bad!.file).toMatch(/layers\/places\.geojson$/);
		expect(bad!.line).toBeGreaterThan(1);
		expect(bad!.message).toMatch(/^not valid JSON/);
		const property = brokenStory('layers/places.geojson', (t) => t.replace('"source":"wikiStanley"', '"sourse":"wikiStanley"'));
		const e = errorsOf(property)[0]!;
		expect(e).toMatchObject({ feature: 'stanley', field: 'properties.sourse' });
		expect(e.message).toMatch(/unknown property/);
		const unknownParty = brokenStory('layers/islands.geojson', (t) => t.replace('"claimed_by":"ar"', '"claimed_by":"arg"'));
		expect(errorsOf(unknownParty)[0]).toMatchObject({ feature: 'east-falkland', field: 'properties.claimed_by', message: expect.stringMatching(/unknown party "arg"/) });
	});

	it('a step that states both sides’ cases but quotes only one', () => {
		const dir = brokenStory('quotes.yaml', () =>
			'islandersBritish:\n  speaker: Britannica Kids\n  party: gb\n  lang: en\n  text: an internally self-governing overseas territory of the United Kingdom\n  source: britannicaKids\n'
		);
		writeFileSync(
			join(dir, 'en/steps/two-names.md'),
			readFileSync(join(dir, 'en/steps/two-names.md'), 'utf8').replace('administers them as a self-governing overseas territory', 'calls them “an internally self-governing overseas territory of the United Kingdom”')
		);
		const e = errorsOf(dir)[0]!;
		expect(e).toMatchObject({ step: 'two-names', field: 'quotes' });
		expect(e.message).toBe('the step states the cases of gb and ar but quotes only gb: quote ar in their own words too, or neither');
	});

	it('a line style that does not stand out on the map, or that repeats another', () => {
		const dir = mkdtempSync(join(tmpdir(), 'treaty-story-'));
		made.push(dir);
		cpSync('content/stories/japan-russia-chill-2018', dir, { recursive: true });
		const file = join(dir, 'story.yaml');
		const text = readFileSync(file, 'utf8');
		const faint = text
			.replace(/(border-1855:\n\s+kind: border\n\s+color: )"#[0-9a-f]{6}"/, '$1"#d0d0d0"')
			.replace(/(border-1875:\n\s+kind: border\n\s+color: "#[0-9a-f]{6}"\n\s+dash: )\[[^\]]*\]/, '$1[2, 1.5]');
		expect(faint).not.toBe(text);
		writeFileSync(file, faint);
		const errors = errorsOf(dir).map(formatContentError).join('\n');
		expect(errors).toMatch(/field "map\.layers\.lines\.styles\.border-1855\.color": #d0d0d0 stands out too little on #cfe0ea/);
		expect(errors).toMatch(/field "map\.layers\.lines\.styles\.border-1875\.dash": the same dash as the border style "border-1855"/);
	});

	it('reports every error of the first bad file, and names the other bad files', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('fit: [stanley], padding: 60', 'fit: [stanly], padding: 60').replace('sources: [britannicaKids, wikiStanley]', 'sources: [britannicaKids, wikiStanly]'));
		writeFileSync(join(dir, 'en/map.yaml'), readFileSync(join(dir, 'en/map.yaml'), 'utf8').replace('  goose-green:\n', '  goose-gren:\n'));
		const report = contentErrorReport(errorsOf(dir))!;
		expect(report.split('\n')[0]).toMatch(/story\.yaml has \d+ errors:$/);
		expect(report).toMatch(/unknown feature "stanly"/);
		expect(report).toMatch(/unknown source "wikiStanly"/);
		expect(report).toMatch(/more files? ha(s|ve) errors: .*en\/map\.yaml/);
	});
});

describe('the build', () => {
	it('stops on a typo in a place id, with the file, line, step and field, as a journalist sees it', () => {
		const dir = brokenStory('story.yaml', (t) => t.replace('camera: { fit: [stanley], padding: 60, maxZoom: 9 }', 'camera: { fit: [stanly], padding: 60, maxZoom: 9 }'));
		const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: { ...process.env, STORY: dir, BUILD_DIR: join(dir, 'build'), TREATY_MAP_DATA_CHECKED: '' },
			encoding: 'utf8',
			timeout: 120_000
		});
		expect(build.status).not.toBe(0);
		const out = `${build.stdout}\n${build.stderr}`;
		expect(out).toMatch(/story\.yaml has \d+ errors?:/);
		expect(out).toMatch(new RegExp(`story\\.yaml:${lineOf(dir, 'story.yaml', 'fit: [stanly]')}:\\d+: step "capital-city": field "camera\\.fit\\[0\\]": the camera frames a feature that is not shown: unknown feature "stanly" \\(did you mean "stanley"\\?\\)`));
	}, 150_000);
});
