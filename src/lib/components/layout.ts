// Layout constants shared by the page's CSS-facing code, the camera (panel padding) and the build-time static maps.
/** The text panel overlays the map on wide screens: its width plus its margin and a gutter, in px. */
export const PANEL_WIDTH_PX = 460 + 24 + 16;
