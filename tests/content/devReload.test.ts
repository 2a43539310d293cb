// `npm run dev` while a journalist writes: saving a story file reloads the page with the new words; a bad save sends
// its errors (file:line:column, step, field) to the page's overlay, and the next good save brings the page back. The
// story plugin runs in a real Vite dev server here (without SvelteKit), over a copy of the fixture story.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { storyContent, STORY_MODULE } from '../../scripts/storyContentPlugin';
import type { LoadedStory } from '../../src/lib/story/content/loadStory';

const root = mkdtempSync(join(tmpdir(), 'treaty-dev-'));
const dir = join(root, 'story');
cpSync('tests/fixtures/stories/falklands-malvinas', dir, { recursive: true });
const stepFile = join(dir, 'en/steps/capital-city.md');
const namesFile = join(dir, 'en/names.yaml');

let server: ViteDevServer;
const sent: { type: string; err?: { message: string; loc?: { file: string; line: number } } }[] = [];

const story = async (): Promise<LoadedStory> => ((await server.ssrLoadModule(STORY_MODULE)) as { default: LoadedStory }).default;

beforeAll(async () => {
	server = await createServer({ configFile: false, root, logLevel: 'silent', plugins: [storyContent({ dir })], server: { middlewareMode: true, watch: { usePolling: true, interval: 100 } } });
	// (Polling: a change is seen by its file's stat, the same on a loaded machine as on a quiet one.)
	server.ws.send = ((payload: (typeof sent)[number]) => void sent.push(payload)) as typeof server.ws.send;
});

afterAll(async () => {
	await server?.close();
	rmSync(root, { recursive: true, force: true });
});

describe('the story in npm run dev', { timeout: 120_000 }, () => {
	it('reloads the page with the new words when a step is saved', async () => {
		expect((await story()).stories.en!.steps[1]!.title).toBe('{Stanley}, the capital');
		writeFileSync(stepFile, readFileSync(stepFile, 'utf8').replace('# {Stanley}, the capital', '# {Stanley}, the islands’ capital'));
		await expect.poll(() => sent.some((p) => p.type === 'full-reload'), { timeout: 30_000 }).toBe(true);
		expect((await story()).stories.en!.steps[1]!.title).toBe('{Stanley}, the islands’ capital');
	});

	it('shows a bad save’s errors with their file and line, and comes back on the next good save', async () => {
		sent.length = 0;
		const good = readFileSync(namesFile, 'utf8');
		writeFileSync(namesFile, good.replace('  label: British\n', '  label: British: the UK\n'));
		await expect.poll(() => sent.find((p) => p.type === 'error'), { timeout: 50_000 }).toBeTruthy();
		const error = sent.find((p) => p.type === 'error')!.err!;
		expect(error.message).toMatch(/en\/names\.yaml:\d+:\d+/);
		expect(error.loc!.file).toBe(namesFile);
		expect(error.loc!.line).toBe(good.split('\n').findIndex((l) => l.includes('label: British')) + 1);
		await expect(story()).rejects.toThrow(/names\.yaml/);

		sent.length = 0;
		writeFileSync(namesFile, good);
		await expect.poll(() => sent.some((p) => p.type === 'full-reload'), { timeout: 30_000 }).toBe(true);
		expect((await story()).stories.en!.naming.map((n) => n.id)).toEqual(['both', 'gb', 'ar']);
	});
});
