// What lies over the live map on the two screens the frame's static maps are drawn for, as rectangles: a model of the
// CSS (StoryLayout, MapFrame, ExploreControls, Legend, MapLibre's attribution), so a static map is framed by the same
// rule as the live one (clearArea.ts), before any script has measured anything. The screens spec compares it with
// the live page on a desktop.
import type { Viewport } from '../map/camera';
import type { Rect } from '../map/clearArea';
import type { LegendEntry } from '../map/legendFor';
import {
	INSET_HEIGHT_PX,
	INSET_WIDTH_PX,
	NARROW_MAP_EXTRA_PX,
	NARROW_MAP_MAX_SHARE,
	NARROW_MAP_MIN_SHARE,
	PANEL_INSET_PX,
	PANEL_MAX_SHARE,
	PANEL_WIDTH_PX
} from '../layout/layout';

const REM = 16;
/** The controls' and overlays' distance from the map's edges (0.6rem), the overlays' from its bottom (1.9rem). */
const EDGE_PX = 0.6 * REM;
const OVERLAY_BOTTOM_PX = 1.9 * REM;
/** "Explore the map" (desktop) and "Explore" with the key button (compact): the controls' row. */
const CONTROLS_WIDE = { width: 140, height: 44 };
const CONTROLS_COMPACT = { width: 150, height: 36 };
/** The key: at most 19rem wide; a heading, then one row per entry (0.82rem text, 1.3 line height) of about 38 letters. */
const KEY_WIDTH_PX = 19 * REM;
const KEY_CHROME_PX = 14 + 11 + 6;
const KEY_LINE_PX = 0.82 * REM * 1.3;
const KEY_ROW_GAP_PX = 4;
const KEY_LETTERS_PER_LINE = 38;
const OVERLAY_GAP_PX = 0.5 * REM;
/** MapLibre's attribution: open along the bottom on a wide map, a round button on a narrow one. */
const ATTRIBUTION_WIDE = { width: 340, height: 20 };
const ATTRIBUTION_COMPACT = { width: 30, height: 30 };

function box(left: number, top: number, width: number, height: number): Rect {
	return { left, top, right: left + width, bottom: top + height };
}

/** The key's height for these entries, as the Legend component lays them out. */
function keyHeightPx(entries: readonly LegendEntry[]): number {
	const lines = entries.reduce((n, e) => n + Math.max(1, Math.ceil(e.label.length / KEY_LETTERS_PER_LINE)), 0);
	return KEY_CHROME_PX + lines * KEY_LINE_PX + Math.max(0, entries.length - 1) * KEY_ROW_GAP_PX;
}

/** A desktop screen (wide and roomy): the text panel on the left, the controls top right, the key and inset bottom right. */
export function desktopCovers(screen: Viewport, legend: readonly LegendEntry[]): Rect[] {
	const panelWidth = Math.min(PANEL_WIDTH_PX, PANEL_MAX_SHARE * screen.width);
	const keyHeight = (legend.length ? keyHeightPx(legend) + OVERLAY_GAP_PX : 0) + INSET_HEIGHT_PX;
	const keyWidth = Math.max(legend.length ? KEY_WIDTH_PX : 0, INSET_WIDTH_PX);
	return [
		box(PANEL_INSET_PX, 0, panelWidth, screen.height),
		box(screen.width - EDGE_PX - CONTROLS_WIDE.width, EDGE_PX, CONTROLS_WIDE.width, CONTROLS_WIDE.height),
		box(screen.width - EDGE_PX - keyWidth, screen.height - OVERLAY_BOTTOM_PX - keyHeight, keyWidth, keyHeight),
		box(screen.width - ATTRIBUTION_WIDE.width, screen.height - ATTRIBUTION_WIDE.height, ATTRIBUTION_WIDE.width, ATTRIBUTION_WIDE.height)
	];
}

/** A phone's map, `map` px: the compact controls top right and the attribution's button bottom right. */
export function phoneCovers(map: Viewport): Rect[] {
	return [
		box(map.width - EDGE_PX - CONTROLS_COMPACT.width, EDGE_PX, CONTROLS_COMPACT.width, CONTROLS_COMPACT.height),
		box(map.width - ATTRIBUTION_COMPACT.width, map.height - ATTRIBUTION_COMPACT.height, ATTRIBUTION_COMPACT.width, ATTRIBUTION_COMPACT.height)
	];
}

/** A narrow screen's map for a step whose view has this width-to-height `aspect`: StoryLayout's --map-height. */
export function narrowMapViewport(screen: Viewport, aspect: number): Viewport {
	const min = NARROW_MAP_MIN_SHARE * screen.height;
	const max = NARROW_MAP_MAX_SHARE * screen.height;
	return { width: screen.width, height: Math.round(Math.min(max, Math.max(min, screen.width / aspect + NARROW_MAP_EXTRA_PX))) };
}
