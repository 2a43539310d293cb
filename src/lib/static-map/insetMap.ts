// The locator inset's land, drawn at build time: one small SVG per inset extent, the basemap's coarse world layer in
// the extent's Mercator frame (insetExtent.ts insetProjection). The live inset shows it as an image and draws only
// the camera's view box over it: no world layer to fetch, parse or project in the reader's browser.
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { BBox } from '../geo/types';
import { INSET_SIZE_PX, insetProjection } from '../map/insetExtent';
import { PALETTE } from '../style/palette';

/** The land of one inset extent, on its sea, as a standalone SVG document of the inset's size. */
export function insetLandSvg(world: FeatureCollection<Geometry | null>, bounds: BBox): string {
	const { width, height } = INSET_SIZE_PX;
	const p = insetProjection(bounds);
	const projection = geoMercator()
		.scale(p.scale)
		.translate(p.translate)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	const land = geoPath(projection).digits(1)(world) ?? '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect width="${width}" height="${height}" fill="${PALETTE.sea}"/>` +
		`<path d="${land}" fill="${PALETTE.land}" stroke="${PALETTE.landOutline}" stroke-width="0.5"/>` +
		`</svg>`
	);
}
