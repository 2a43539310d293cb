// What the page lays over the map, measured live: every element marked data-covers-map (the text panel, the
// controls, the key), and MapLibre's own controls (the attribution). The CSS that places an element may say it does
// not cover the map in some layout by setting --covers-map: 0 there (a panel that moves below the map on a phone).
import type { Rect } from './clearArea';

const COVERS_SELECTOR = '[data-covers-map], .maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right, .maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right';

/** The elements over the map that are showing now. */
export function coverElements(root: ParentNode = document): Element[] {
	return [...root.querySelectorAll(COVERS_SELECTOR)].filter((el) => {
		const style = getComputedStyle(el);
		if (style.display === 'none' || style.visibility === 'hidden') return false;
		if (style.getPropertyValue('--covers-map').trim() === '0') return false;
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.height > 0;
	});
}

/** Their rectangles, in the viewport's coordinates (as the map's own rectangle is measured). */
export function coverRects(root: ParentNode = document): Rect[] {
	return coverElements(root).map((el) => {
		const r = el.getBoundingClientRect();
		return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
	});
}
