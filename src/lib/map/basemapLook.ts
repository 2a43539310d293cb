// The bundled basemap's look, declared once: the live map's style (offlineStyle.ts), the story layers drawn as land
// (storyLayers.ts) and the static SVG maps (src/lib/static-map/renderStaticMap.ts) all read these numbers.
import { PALETTE } from '../style/palette';

/** The basemap's layers, by id: 50m land for the world, 10m land and borders where it has detail. */
export const BASEMAP_LAYER_IDS = ['land', 'borders', 'world'] as const;
export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[number];

/** The coarse world layer is drawn only below this zoom; the 10m land takes over from there. */
export const WORLD_MAX_ZOOM = 6.5;
/** Its tiles stop at zoom 6: the last zoom it is drawn at overzooms them (cheaper, the same look). */
export const WORLD_TILE_MAX_ZOOM = 6;
/** Coastlines are drawn from this zoom (below it they would only blur the land). */
export const COAST_MIN_ZOOM = 4;
export const COAST_WIDTH_PX = 0.6;
/** Borders: colour, width in px, and dash in line widths. */
export const BORDER_LOOK = { color: PALETTE.border, width: 0.8, dash: [3, 2] as [number, number] };

export const NATURAL_EARTH_CREDIT = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
export const OSM_CREDIT = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
