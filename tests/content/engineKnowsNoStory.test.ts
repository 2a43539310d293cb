// The engine knows no story: nothing under src/ (tests aside) names a place, a person or a step of any story the
// project holds (content/stories/*, tests/fixtures/stories/*). A name there is content in the wrong room.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_KIND_IDS } from '../../src/lib/story/stepKinds';
import { loadStory } from '../../src/lib/story/content/loadStory';

const STORY_DIRS = ['content/stories', 'tests/fixtures/stories'].flatMap((root) =>
	readdirSync(root)
		.map((d) => join(root, d))
		.filter((d) => statSync(d).isDirectory())
);

/** Source files of the engine: everything under src/ but tests and their fixtures. */
function engineFiles(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'fixtures' ? [] : engineFiles(path);
		if (/\.(test|spec)\.ts$/.test(e.name) || /^test[A-Z].*\.ts$/.test(e.name)) return [];
		return /\.(ts|js|svelte|css|html)$/.test(e.name) ? [path] : [];
	});
}

/** Words an engine may use though a story also uses them as ids (its own vocabulary). */
const ENGINE_WORDS = new Set<string>([...STEP_KIND_IDS, 'both', 'author', 'other']);

/**
 * What a story names: its steps, its features, its places' and terms' names, the people it quotes, its author. Ids are
 * code tokens: they count where code would use them (quoted, in a path, in a placeholder), not as English words in a
 * comment ("afterwards"); names count anywhere.
 */
function namesIn(dir: string): { word: string; what: string; id: boolean }[] {
	const { story, errors } = loadStory(dir);
	expect(errors, `${dir} must be valid`).toEqual([]);
	const out = new Map<string, { what: string; id: boolean }>();
	const add = (word: string, what: string, id = false): void => {
		const w = word.trim();
		// Two-letter ids are language and party codes ("ja", "gb"), which the engine handles as data.
		if (w.length > 2 && !ENGINE_WORDS.has(w) && !out.has(w)) out.set(w, { what, id });
	};
	for (const s of Object.values(story!.stories)) {
		add(s.id, 'story id', true);
		for (const step of s.steps) add(step.id, 'step id', true);
		for (const [key, byMode] of Object.entries(s.names)) {
			add(key, 'feature or placeholder id', true);
			for (const name of Object.values(byMode)) for (const part of name.split(' / ')) add(part.replace(/^the /, ''), `name of ${key}`);
		}
		for (const q of Object.values(s.quotes)) {
			add(q.speaker, 'speaker');
			const surname = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)$/u.exec(q.speaker)?.[1];
			if (surname) add(surname, `surname of ${q.speaker}`);
		}
		if (s.article) {
			add(s.article.author, 'author');
			add(s.article.title, 'article title');
		}
		for (const p of s.parties) if (p.country) add(p.country.replace(/^the /, ''), `country of party ${p.id}`);
	}
	return [...out].map(([word, { what, id }]) => ({ word, what, id }));
}

describe('the engine knows no story', () => {
	const files = engineFiles();
	const sources = files.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

	it('finds the engine’s files and the stories', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(STORY_DIRS.length).toBeGreaterThanOrEqual(2);
	});

	for (const dir of STORY_DIRS)
		it(`nothing under src/ names a place, person or step of ${dir}`, () => {
			const found: string[] = [];
			for (const { word, what, id } of namesIn(dir)) {
				const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				const re = id
					? new RegExp(`['"\`/{]${escaped}['"\`/}.]`, 'u')
					: new RegExp(`(?<![\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_-])`, 'u');
				for (const { file, text } of sources) {
					const m = re.exec(text);
					if (m) found.push(`${relative('.', file)}:${text.slice(0, m.index).split('\n').length}: "${word}" (${what})`);
				}
			}
			expect([...new Set(found)], 'the engine names story content; move it into the story folder').toEqual([]);
		});
});
