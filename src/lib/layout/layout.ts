// One source for every fact about the page's layout. TypeScript reads these constants (the camera, scroll tracking,
// the static maps); the CSS reads them through tokens that layoutCss.ts expands at build time: `@media (--wide)` and
// the other media tokens below, and `layout(panel-width)` and the other value tokens in values.

/** From this width the text panel sits over the map's left side; below it the map sits above the text. */
export const WIDE_MIN_WIDTH_PX = 900;
/** A screen this short is a phone on its side (or a laptop window made short): the panel goes beside the map too. */
const SHORT_MAX_HEIGHT_PX = 500;
/** ...if it is at least this wide. */
const SHORT_WIDE_MIN_WIDTH_PX = 600;
/** The text panel on wide screens, at most; at most PANEL_MAX_SHARE of the screen's width. */
export const PANEL_WIDTH_PX = 460;
export const PANEL_MAX_SHARE = 0.4;
/** The panel's distance from the screen's left edge. */
export const PANEL_INSET_PX = 24;
/** From this size the key and the inset sit open over the map; below it the key folds into a button. */
const ROOMY_MIN_WIDTH_PX = 1200;
const ROOMY_MIN_HEIGHT_PX = 700;
/** The locator inset's box (its 168 × 120 px map, a caption, a frame): reserved before it draws. */
export const INSET_WIDTH_PX = 176;
export const INSET_HEIGHT_PX = 146;
/** On a narrow screen the map's height follows the step, within these shares of the screen's height. */
export const NARROW_MAP_MIN_SHARE = 0.34;
export const NARROW_MAP_MAX_SHARE = 0.5;
/** Beyond the view itself: the controls' row, the attribution and the camera's own margins. */
export const NARROW_MAP_EXTRA_PX = 150;

/** Wide layout: the text panel over the map's left side. */
export const WIDE_QUERY = `(min-width: ${WIDE_MIN_WIDTH_PX}px), (min-width: ${SHORT_WIDE_MIN_WIDTH_PX}px) and (max-height: ${SHORT_MAX_HEIGHT_PX}px)`;
/** Narrow layout: the map above the text. Exactly the screens the wide layout is not for. */
export const NARROW_QUERY = `(max-width: ${SHORT_WIDE_MIN_WIDTH_PX - 0.02}px), (max-width: ${WIDE_MIN_WIDTH_PX - 0.02}px) and (min-height: ${SHORT_MAX_HEIGHT_PX + 0.02}px)`;
/** Room for the key and the inset to sit open over the map. */
const ROOMY_QUERY = `(min-width: ${ROOMY_MIN_WIDTH_PX}px) and (min-height: ${ROOMY_MIN_HEIGHT_PX}px)`;
/** Not roomy: the key is a button that opens it. */
export const COMPACT_QUERY = `(max-width: ${ROOMY_MIN_WIDTH_PX - 0.02}px), (max-height: ${ROOMY_MIN_HEIGHT_PX - 0.02}px)`;

/** `@media (--name)` in any stylesheet becomes this query (alone: a token that is a list of queries takes no `and`). */
export const CSS_MEDIA: Readonly<Record<string, string>> = {
	'--wide': WIDE_QUERY,
	'--narrow': NARROW_QUERY,
	'--roomy': ROOMY_QUERY,
	'--compact': COMPACT_QUERY
};

/** `layout(name)` in any CSS value becomes this value. */
export const CSS_VALUES: Readonly<Record<string, string>> = {
	'panel-width': `min(${PANEL_WIDTH_PX}px, ${PANEL_MAX_SHARE * 100}vw)`,
	'panel-inset': `${PANEL_INSET_PX}px`,
	'inset-width': `${INSET_WIDTH_PX}px`,
	'inset-height': `${INSET_HEIGHT_PX}px`,
	'narrow-map-min': `${NARROW_MAP_MIN_SHARE * 100}svh`,
	'narrow-map-max': `${NARROW_MAP_MAX_SHARE * 100}svh`,
	'narrow-map-extra': `${NARROW_MAP_EXTRA_PX}px`
};
