// One source for every fact about the page's layout. TypeScript reads these constants (the camera, scroll tracking,
// the static maps); the CSS reads them through tokens that layoutCss.ts expands at build time: `@media (--wide)`,
// `@media (--narrow)` in media queries, and `layout(panel-width)` in values.

/** From this width the text panel sits over the map's left side; below it the map sits above the text. */
export const WIDE_MIN_WIDTH_PX = 900;
/** The text panel on wide screens. */
export const PANEL_WIDTH_PX = 460;
/** The panel's distance from the screen's left edge. */
export const PANEL_INSET_PX = 24;
/** Room kept between the panel and what the camera frames. */
export const PANEL_GUTTER_PX = 16;
/** What the panel takes from the map on wide screens: the camera's left padding there. */
export const PANEL_COVER_PX = PANEL_INSET_PX + PANEL_WIDTH_PX + PANEL_GUTTER_PX;

/** Wide layout: the text panel over the map. */
export const WIDE_QUERY = `(min-width: ${WIDE_MIN_WIDTH_PX}px)`;
/** Narrow layout: the map above the text. (A hair under the breakpoint, so no width is both.) */
export const NARROW_QUERY = `(max-width: ${WIDE_MIN_WIDTH_PX - 0.02}px)`;

/** `@media (--name)` in any stylesheet becomes this query. */
export const CSS_MEDIA: Readonly<Record<string, string>> = {
	'--wide': WIDE_QUERY,
	'--narrow': NARROW_QUERY
};

/** `layout(name)` in any CSS value becomes this value. */
export const CSS_VALUES: Readonly<Record<string, string>> = {
	'panel-width': `${PANEL_WIDTH_PX}px`,
	'panel-inset': `${PANEL_INSET_PX}px`
};
