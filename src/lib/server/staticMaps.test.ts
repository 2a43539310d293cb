import { describe, expect, it } from 'vitest';
import { xmlErrors } from '../static-map/wellFormedXml';
import { FRONT_PAGE_KEY } from '../share/sharePaths';
import { staticMapEndpoint, staticMaps, svgResponse } from './staticMaps';
import { DEFAULT_LANGUAGE, languageEntries, storyIn } from './storyData';

/** The story the site is built from: every one of its steps, whatever they are. */
const story = storyIn(DEFAULT_LANGUAGE);

describe('staticMaps', async () => {
	const maps = await staticMaps(DEFAULT_LANGUAGE);

	it('renders once per language', async () => {
		expect(await staticMaps(DEFAULT_LANGUAGE)).toBe(maps);
		expect(staticMaps(DEFAULT_LANGUAGE)).toBe(staticMaps(DEFAULT_LANGUAGE));
	});

	it('draws every step, and a social card for every step and the front page', () => {
		const ids = story.steps.map((s) => s.id);
		for (const kind of ['cards', 'frames', 'phones'] as const) expect([...maps[kind].keys()], kind).toEqual(ids);
		expect([...maps.socials.keys()].sort()).toEqual([...ids, FRONT_PAGE_KEY].sort());
	});

	it.each(story.steps.map((s) => [s.id]))('draws %s as three standalone SVG files: beside the text, in a desktop frame and a phone’s', (id) => {
		const card = maps.cards.get(id)!;
		const frame = maps.frames.get(id)!;
		const phone = maps.phones.get(id)!;
		expect(phone).toMatch(/viewBox="0 0 390 \d+"/);
		for (const svg of [card, frame, phone]) {
			// Served as image files, so they must be well-formed XML in the SVG namespace (a browser shows nothing otherwise).
			expect(xmlErrors(svg)).toEqual([]);
			expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
			// Every name is filled in (both sides' names), none left as a placeholder.
			expect(svg).not.toMatch(/[{}]/);
		}
		expect(card).toMatch(/viewBox="0 0 800 560"/);
		expect(frame).toMatch(/viewBox="0 0 1280 800"/);
		// The frame crops to fill any frame, as MapLibre fills its canvas; the card keeps its whole view.
		expect(frame).toMatch(/^<svg preserveAspectRatio="xMidYMid slice" /);
		expect(card).not.toMatch(/slice/);
	});

	it('titles each map by its step and describes it by the step’s map description', () => {
		const step = story.steps[0]!;
		const card = maps.cards.get(step.id)!;
		expect(card).toMatch(/<title id="static-map-static-[a-z0-9-]+-title">Map: [^<{}]+<\/title>/);
		expect(card).toMatch(/<desc id="static-map-static-[a-z0-9-]+-desc">[^<{}]{30,}<\/desc>/);
	});

	it('has no maps for a language the story is not told in (the route answers 404)', async () => {
		const endpoint = staticMapEndpoint('cards');
		const missing = await endpoint.GET({ params: { lang: 'xx', id: story.steps[0]!.id } } as Parameters<typeof endpoint.GET>[0]);
		expect(missing.status).toBe(404);
		expect(await missing.text()).toContain('language "xx"');
	});

	it('serves each step of each language as its own prerendered file', async () => {
		const endpoint = staticMapEndpoint('phones');
		expect(endpoint.entries()).toEqual(languageEntries().flatMap((l) => story.steps.map((s) => ({ ...l, id: s.id }))));
		const id = story.steps[0]!.id;
		const res = await endpoint.GET({ params: { id } } as Parameters<typeof endpoint.GET>[0]);
		expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(await res.text()).toBe(maps.phones.get(id));
		expect((await endpoint.GET({ params: { id: 'no-such-step' } } as Parameters<typeof endpoint.GET>[0])).status).toBe(404);
	});
});

describe('svgResponse', () => {
	it('serves an SVG with its type', async () => {
		const res = svgResponse('<svg xmlns="http://www.w3.org/2000/svg"/>', 'step "x"');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(await res.text()).toContain('<svg');
	});
	it('is a 404 naming what is missing (the prerender then fails the build)', async () => {
		const res = svgResponse(undefined, 'step "nope"');
		expect(res.status).toBe(404);
		expect(await res.text()).toContain('step "nope"');
	});
});
