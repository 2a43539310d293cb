import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BROKEN_STORIES } from '../src/lib/story/fixtures/brokenStories';
import { checkData, COMMITTED_STORY, type StoryData } from './checkData';
import { validateData } from './validateDataPlugin';

/** Runs the plugin's buildStart as Vite would, returning the error it raises (or null). */
function buildStartError(plugin: ReturnType<typeof validateData>): string | null {
	const hook = plugin.buildStart as (this: { error: (m: string) => never }) => void;
	try {
		hook.call({
			error: (m: string): never => {
				throw new Error(m);
			}
		});
		return null;
	} catch (e) {
		return (e as Error).message;
	}
}

/** A broken fixture as checkData takes a story: its structure and its English words. */
const asData = (b: (typeof BROKEN_STORIES)[number]): StoryData => ({
	structure: b.structure,
	texts: { en: { text: b.text, file: 'src/lib/story/text/en.ts' } }
});

describe('checkData', () => {
	it('names the file, step and field of a broken story', () => {
		const broken = BROKEN_STORIES.find((b) => b.name === 'duplicate step id')!;
		const lines = checkData(asData(broken));
		expect(lines.some((l) => l.includes('src/lib/story/story.ts') && l.includes(`step "${broken.step}"`) && l.includes(`field "${broken.field}"`))).toBe(true);
	});

	it('names the file, feature and field of broken geo data, and still checks the story', () => {
		const lines = checkData(COMMITTED_STORY, 'geo/fixtures/duplicate-id');
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.join('\n')).toMatch(/geo\/fixtures\/duplicate-id\/\w+\.geojson: feature "[a-z-]+"/);
	});
});

describe('the build refuses bad data', () => {
	it('lets data with no problems through, and stops on any problem, listing them all', () => {
		expect(buildStartError(validateData(COMMITTED_STORY, 'geo', () => []))).toBeNull();
		const message = buildStartError(validateData(COMMITTED_STORY, 'geo', () => ['geo/a.geojson: x', 'src/lib/story/story.ts: y']));
		expect(message).toBe('treaty-map: the data is invalid:\n  geo/a.geojson: x\n  src/lib/story/story.ts: y');
	});
	it.each(BROKEN_STORIES.slice(0, 6).map((b) => [b.name, b] as const))('stops on a story with %s, naming where', (_name, broken) => {
		const message = buildStartError(validateData(asData(broken)));
		expect(message).toContain('the data is invalid');
		if (broken.step) expect(message).toContain(`step "${broken.step}"`);
		expect(message).toContain(`field "${broken.field}`);
	});
	it('stops on a missing geo file, naming it', () => {
		expect(buildStartError(validateData(COMMITTED_STORY, 'geo/fixtures/missing-file'))).toMatch(/geo\/fixtures\/missing-file\/\w+\.geojson: .*file not found/);
	});
});

describe('npm run validate', () => {
	it('exits 1 on a broken geo folder and prints where', () => {
		let out = '';
		let code = 0;
		try {
			execFileSync('npx', ['tsx', 'scripts/validate.ts', '--dir', 'geo/fixtures/malformed-json'], { encoding: 'utf8', stdio: 'pipe' });
		} catch (e) {
			const err = e as { status: number; stderr: string };
			code = err.status;
			out = err.stderr;
		}
		expect(code).toBe(1);
		expect(out).toMatch(/geo\/fixtures\/malformed-json\/\w+\.geojson: .*malformed JSON/);
	}, 60_000);
});
