import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { xmlErrors } from '../static-map/wellFormedXml';
import { story } from '../story/storyFor';
import { staticMaps, svgResponse } from './staticMaps';

describe('staticMaps', () => {
	const maps = staticMaps(story, en);

	it('renders once per story and language', () => {
		expect(staticMaps(story, en)).toBe(maps);
		expect(staticMaps(structuredClone(story), en)).not.toBe(maps);
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
		}
		expect(card).toMatch(/viewBox="0 0 800 560"/);
		expect(frame).toMatch(/viewBox="0 0 1280 800"/);
		// The frame crops to fill any frame, as MapLibre fills its canvas; the card keeps its whole view.
		expect(frame).toMatch(/^<svg preserveAspectRatio="xMidYMid slice" /);
		expect(card).not.toMatch(/slice/);
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
