import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { areaLabelPoints } from '../geo/areaLabelPoints';
import type { CameraTarget } from '../map/camera';
import type { MapScene } from '../map/layerRegistry';
import type { StoryLayer, StoryMapConfig } from '../story/model';
import { PALETTE } from '../style/palette';
import { escapeXml, renderStaticMap, type StaticMapInput, type StaticMapLayers, type StoryLayerFeatures } from './renderStaticMap';
import { pathPoints } from './fixtures/pathPoints';
import { xmlErrors } from './wellFormedXml';

/** The fixtures carry each feature's label in every naming mode, as the build would hand them to the renderer. */
type Labelled = { id: string; style?: string; label_ja: string; label_ru: string; label_both: string };

function fixture<T = FeatureCollection>(name: string): T {
	return JSON.parse(readFileSync(new URL(`./fixtures/${name}.geojson`, import.meta.url), 'utf8')) as T;
}

/** The story's layers as story.yaml declares them: two areas drawn as land, listed lines in two styles, listed places. */
const LAYERS: StoryLayer[] = [
	{ id: 'hokkaido', geometry: 'area', shows: 'whole', baseLand: true, look: { fill: '#e6dcc6', outline: '#7d6b4f', outlineWidth: 1 }, legend: 'layer' },
	{
		id: 'islands',
		geometry: 'area',
		shows: 'whole',
		baseLand: true,
		look: { fill: '#f2bd78', outline: '#8f4a12', outlineWidth: 1, highlight: { fill: '#e07a1f', outline: '#5c2a04', outlineWidth: 2.5 } },
		labels: { at: 'label-points', size: 15, halo: 2, maxWidth: 8 },
		legend: 'layer'
	},
	{
		id: 'lines',
		geometry: 'line',
		shows: 'listed',
		baseLand: false,
		look: { width: 2, highlightWidth: 3 },
		styles: {
			'treaty-border': { kind: 'border', color: '#374151', dash: [2, 1.5] },
			'measured-gap': { kind: 'measure', color: '#b91c1c', dash: [2, 1.5] }
		},
		labels: { at: 'line-center', size: 13, halo: 1.6, maxWidth: 10, offset: -0.9 },
		legend: 'per-feature'
	},
	{
		id: 'places',
		geometry: 'point',
		shows: 'listed',
		baseLand: false,
		look: { color: '#1f2937', radius: 5, ring: '#ffffff', ringWidth: 2, highlight: { color: '#b91c1c', radius: 7 } },
		labels: { at: 'points', size: 14, halo: 1.6, maxWidth: 10, offset: 0.8 },
		legend: 'layer'
	}
];
const config: StoryMapConfig = { bounds: [30, 5, 160, 62], inset: [], layers: LAYERS, labelOrder: ['lines', 'places', 'islands'] };
const look = (id: string) => LAYERS.find((l) => l.id === id)!.look as Record<string, unknown> & { highlight?: Record<string, unknown> };
const lineStyles = LAYERS.find((l) => l.id === 'lines')!.styles!;

const islands = fixture<FeatureCollection<Polygon | MultiPolygon, Labelled>>('islands');
const story: Record<string, FeatureCollection> = {
	hokkaido: fixture('hokkaido'),
	islands,
	places: fixture('places'),
	lines: fixture('lines')
};
const geo: StaticMapLayers = {
	world: fixture('world'),
	land: fixture('land'),
	borders: fixture('borders'),
	story: story as Record<string, StoryLayerFeatures>,
	labelPoints: { islands: areaLabelPoints(islands) }
};

/** Every feature's label in one naming mode, read from the fixtures. */
function labelsIn(mode: 'ja' | 'ru' | 'both'): Record<string, string> {
	return Object.fromEntries(
		Object.values(story).flatMap((fc) => fc.features.map((f) => [String(f.properties!['id']), String(f.properties![`label_${mode}`])]))
	);
}

const target: CameraTarget = { center: [146, 44], zoom: 7, bearing: 0, pitch: 0 };
const scene: MapScene = {
	layers: ['hokkaido', 'islands', 'places', 'lines'],
	show: ['cape-nosappu', 'moscow', 'iturup-airport', 'shimoda-1855', 'nosappu-gap'],
	highlight: ['iturup', 'cape-nosappu']
};
const input: StaticMapInput = {
	id: 'the-islands',
	title: 'Kunashir & <Iturup>, "the four islands"',
	description: "Four islands off Hokkaido's east coast; Iturup is highlighted.",
	target,
	scene,
	geo,
	config,
	labels: labelsIn('both')
};

/** The opening tag of the element carrying data-id="id", or undefined. */
function tagOf(svg: string, id: string): string | undefined {
	return new RegExp(`<[a-z]+ data-id="${id}"[^>]*>`).exec(svg)?.[0];
}

describe('renderStaticMap', () => {
	const svg = renderStaticMap(input);

	it('is well-formed XML with one <svg> root, sized by its viewBox', () => {
		expect(xmlErrors(svg)).toEqual([]);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 560"')).toBe(true);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
	});

	it('is an accessible image named by the step title and described by its map description', () => {
		expect(svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="static-map-the-islands-title" aria-describedby="static-map-the-islands-desc"/);
		expect(svg).toContain('<title id="static-map-the-islands-title">Kunashir &amp; &lt;Iturup&gt;, &quot;the four islands&quot;</title>');
		expect(svg).toContain('<desc id="static-map-the-islands-desc">Four islands off Hokkaido&apos;s east coast; Iturup is highlighted.</desc>');
	});

	it('draws sea, land, borders and the story layers bottom to top, as the live map does', () => {
		const order = ['sea', 'land', 'borders', 'hokkaido', 'islands', 'lines', 'places', 'lines-labels', 'places-labels', 'islands-labels'];
		const at = order.map((layer) => svg.indexOf(`data-layer="${layer}"`));
		expect(at.every((i) => i > 0)).toBe(true);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		expect(svg).toContain(`<rect data-layer="sea" width="800" height="560" fill="${PALETTE.sea}"/>`);
		expect(svg).toMatch(/<path data-layer="borders" fill="none" stroke="#8a7f70" stroke-width="0.8" stroke-dasharray="2.4 1.6" d="M/);
	});

	it('draws the 50m world land below zoom 6.5 only, under the 10m land, which is outlined from zoom 4', () => {
		expect(svg).not.toContain('data-layer="world"');
		expect(svg).toContain(`<path data-layer="land" fill="${PALETTE.land}" stroke="${PALETTE.landOutline}" stroke-width="0.6"`);
		const low = renderStaticMap({ ...input, target: { ...target, zoom: 6 } });
		expect(low.indexOf(`<path data-layer="world" fill="${PALETTE.land}" d="M`)).toBeGreaterThan(0);
		expect(low.indexOf('data-layer="world"')).toBeLessThan(low.indexOf('data-layer="land"'));
		const veryLow = renderStaticMap({ ...input, target: { ...target, zoom: 3.5 } });
		expect(veryLow).toContain(`<path data-layer="land" fill="${PALETTE.land}" d="M`);
		expect(veryLow).not.toContain(PALETTE.landOutline);
	});

	it('draws each visible story feature once, with its id', () => {
		for (const id of ['hokkaido', 'kunashir', 'iturup', 'shikotan', 'cape-nosappu', 'iturup-airport', 'shimoda-1855', 'nosappu-gap']) {
			expect(svg.match(new RegExp(`data-id="${id}"`, 'g')), id).toHaveLength(1);
		}
	});

	it('omits what lies outside the view, and points and lines the step does not show', () => {
		expect(svg).not.toContain('data-id="habomai"'); // its islets lie far to the north-east
		expect(svg).not.toContain('data-id="moscow"'); // shown, but thousands of km away
		expect(svg).not.toContain('data-id="aegis-akita"'); // in view, but not in `show`
		expect(svg).not.toContain('Not shown');
		const worldLand = /data-layer="world"[^>]* d="([^"]*)"/.exec(renderStaticMap({ ...input, target: { ...target, zoom: 6 } }))?.[1];
		expect(pathPoints(worldLand ?? '')).toHaveLength(1); // the far-away polygon is skipped
		const land = /data-layer="land"[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
		expect(pathPoints(land)).toHaveLength(3); // coast, lake, islet; not the Honshu part of the same feature
	});

	it('keeps every path vertex inside the view (clipped, with a small margin) and to one decimal', () => {
		const data = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
		const points = data.flatMap((d) => pathPoints(d).flat());
		expect(points.length).toBeGreaterThan(10);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(-4);
			expect(x).toBeLessThanOrEqual(804);
			expect(y).toBeGreaterThanOrEqual(-4);
			expect(y).toBeLessThanOrEqual(564);
		}
		for (const n of data.join(' ').match(/\d*\.\d+/g) ?? []) expect(n.split('.')[1]!.length).toBe(1);
	});

	it('fills wound-as-RFC-7946 and wound-as-d3 polygons alike, never the whole view', () => {
		// Mis-wound, d3 would draw "everything but the island": a ring round the whole clip rectangle.
		for (const id of ['hokkaido', 'kunashir', 'iturup', 'shikotan']) {
			const rings = pathPoints(/ d="([^"]*)"/.exec(tagOf(svg, id) ?? '')?.[1] ?? '');
			expect(rings.flat(), id).not.toContainEqual([804, 564]);
		}
		const land = pathPoints(/data-layer="land"[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '');
		expect(land.flat()).not.toContainEqual([804, 564]);
	});

	it('colours highlighted areas and places with their layers’ highlight looks, others with the plain ones', () => {
		const isl = look('islands');
		expect(tagOf(svg, 'iturup')).toContain(`fill="${isl.highlight!.fill}" stroke="${isl.highlight!.outline}" stroke-width="2.5"`);
		expect(tagOf(svg, 'iturup')).toContain('data-highlight="true"');
		expect(tagOf(svg, 'kunashir')).toContain(`fill="${isl.fill}" stroke="${isl.outline}" stroke-width="1"`);
		expect(tagOf(svg, 'kunashir')).not.toContain('data-highlight');
		expect(tagOf(svg, 'hokkaido')).toContain(`fill="${look('hokkaido').fill}" stroke="${look('hokkaido').outline}"`);
		expect(tagOf(svg, 'cape-nosappu')).toContain(`fill="${look('places').highlight!.color}"`);
		// MapLibre's ring lies outside the radius; SVG's straddles it: radius plus half the ring.
		expect(tagOf(svg, 'cape-nosappu')).toContain('r="8"');
		expect(tagOf(svg, 'iturup-airport')).toContain(`fill="${look('places').color}"`);
		expect(tagOf(svg, 'iturup-airport')).toContain('r="6"');
		// Lines take their look from their `style` property, through the layer's styles.
		expect(tagOf(svg, 'nosappu-gap')).toContain(`stroke="${lineStyles['measured-gap']!.color}"`);
		expect(tagOf(svg, 'shimoda-1855')).toContain(`stroke="${lineStyles['treaty-border']!.color}" stroke-width="2"`);
	});

	it('marks a highlighted area without a highlight look by nothing but its plain look', () => {
		const out = renderStaticMap({ ...input, scene: { ...scene, highlight: ['hokkaido'] } });
		expect(tagOf(out, 'hokkaido')).toContain(`fill="${look('hokkaido').fill}"`);
		expect(tagOf(out, 'hokkaido')).not.toContain('data-highlight');
	});

	it('draws a highlighted line wider, in its own style', () => {
		const out = renderStaticMap({ ...input, scene: { ...scene, highlight: ['shimoda-1855'] } });
		expect(tagOf(out, 'shimoda-1855')).toContain(`stroke="${lineStyles['treaty-border']!.color}" stroke-width="3"`);
		expect(tagOf(out, 'shimoda-1855')).toContain('data-highlight="true"');
	});

	it('labels places, lines and islands in both names by default, escaping their text', () => {
		// Over 10 em, so wrapped as MapLibre's text-max-width does.
		expect(svg).toContain('&quot;Nosappu&quot;</tspan>');
		expect(svg).toContain('>&lt;&amp;&gt;</tspan>');
		expect(svg).not.toContain('"Nosappu"');
		expect(svg).toContain('>Shimoda line</text>');
		expect(svg).toContain('>Kunashir /</tspan>');
		expect(svg).toContain('>Kunashiri</tspan>');
		expect(svg).toContain('>Shikotan</text>');
		// Too long for its 3 km line: MapLibre hides it, so does the static map.
		expect(svg).not.toContain('Nosappu gap');
	});

	it('labels each feature with the name it is given (here one side’s names)', () => {
		const ja = renderStaticMap({ ...input, labels: labelsIn('ja') });
		expect(ja).toContain('>Etorofu</text>');
		expect(ja).toContain('>Nosappu-misaki</text>');
		expect(ja).toContain('>Etorofu airport</text>');
		expect(ja).not.toContain('Kunashir /');
		expect(ja).not.toMatch(/>Iturup/);
	});

	it('draws labels with a white halo painted under the glyphs', () => {
		expect(svg).toMatch(
			/<g data-layer="islands-labels" font-size="15" fill="#111827" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">/
		);
		expect(svg).toMatch(/<g data-layer="places-labels" font-size="14" [^>]*stroke-width="3.2"/);
	});

	it('drops a label that would overlap an earlier one, as MapLibre does', () => {
		const ids = [0, 1, 2, 3, 4].map((i) => `p${i}`);
		const crowded: StaticMapLayers = {
			...geo,
			story: {
				...geo.story,
				places: {
					type: 'FeatureCollection',
					features: ids.map((id, i) => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [146 + i * 0.001, 44] } }))
				}
			}
		};
		const names = Object.fromEntries(ids.map((id, i) => [id, `Place ${i}`]));
		const out = renderStaticMap({ ...input, geo: crowded, labels: names, scene: { layers: ['places'], show: ids, highlight: [] } });
		expect(out.match(/<circle/g)).toHaveLength(5);
		// Four anchors around one spot: at most four labels fit, and the first comes first.
		const labels = out.match(/>Place \d<\/text>/g) ?? [];
		expect(labels.length).toBeLessThanOrEqual(4);
		expect(labels[0]).toBe('>Place 0</text>');
	});

	it('draws only the sea and basemap (Hokkaido and the islands as plain land) for a step without story layers', () => {
		const out = renderStaticMap({ ...input, scene: { layers: [], show: [], highlight: [] } });
		expect([...out.matchAll(/data-layer="([a-z-]+)"/g)].map((m) => m[1])).toEqual(['sea', 'land', 'borders', 'base-land']);
		expect(xmlErrors(out)).toEqual([]);
	});

	it('refuses an id that cannot name its title and description', () => {
		expect(() => renderStaticMap({ ...input, id: 'two words' })).toThrow(/id "two words"/);
	});

	it('stays small: the fixture scene is a few kilobytes', () => {
		expect(Buffer.byteLength(svg)).toBeLessThan(6_000);
	});
});

describe('the layers’ declared labels', () => {
	it('set the static labels’ sizes and halos', () => {
		const svg = renderStaticMap(input);
		for (const id of ['islands', 'places', 'lines'] as const) {
			const { size, halo } = LAYERS.find((l) => l.id === id)!.labels!;
			expect(svg).toContain(
				`<g data-layer="${id}-labels" font-size="${size}" fill="${PALETTE.label}" stroke="${PALETTE.labelHalo}" stroke-width="${2 * halo}"`
			);
		}
	});

	it('are drawn in the declared label order, and not at all for a layer without labels or a label', () => {
		const reordered = renderStaticMap({ ...input, config: { ...config, labelOrder: ['islands', 'places', 'lines'] } });
		expect(reordered.indexOf('data-layer="islands-labels"')).toBeLessThan(reordered.indexOf('data-layer="places-labels"'));
		expect(reordered.indexOf('data-layer="places-labels"')).toBeLessThan(reordered.indexOf('data-layer="lines-labels"'));
		expect(renderStaticMap(input)).not.toContain('data-layer="hokkaido-labels"');
		const unlabelled = renderStaticMap({ ...input, labels: {} });
		expect(unlabelled).not.toContain('-labels"');
		expect(unlabelled).not.toContain('<text');
	});

	it('draw a layer the declarations do not name nowhere, and a declared layer without data as nothing', () => {
		const out = renderStaticMap({ ...input, scene: { ...scene, layers: [...scene.layers, 'roads'] } });
		expect(out).not.toContain('data-layer="roads"');
		const empty = renderStaticMap({ ...input, geo: { ...geo, story: {} } });
		expect(xmlErrors(empty)).toEqual([]);
		expect(empty).not.toContain('data-id=');
	});
});

describe('escapeXml', () => {
	it('escapes the five XML specials and drops characters XML cannot hold', () => {
		expect(escapeXml(`a<b>&"c"'d'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
	});
});
