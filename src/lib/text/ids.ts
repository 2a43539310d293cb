// The shapes and limits that several parts of the engine agree on, declared once: the content's schema, the URL, the
// embed's protocol and its host script (which must stay small: this module imports nothing).

/** Lowercase words joined by single hyphens: URL-safe; names steps, parties, layers, features and placeholders. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The front page's key, taken where a file exists per page (its card, its oEmbed file): no step may use it. */
export const FRONT_PAGE_KEY = 'story';
/** The longest id a URL or a message may carry. */
export const MAX_ID_LENGTH = 64;
/** The highest zoom a story's camera, or a shared explored view, may ask for (past it the outlines show their vertices). */
export const STORY_MAX_ZOOM = 16;
/** The highest zoom the live map can reach (MapLibre's own limit), and so the highest a frame can report. */
export const MAP_MAX_ZOOM = 24;
