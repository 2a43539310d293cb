// The committed geo/ layers as hashed static assets: fetched by the map after the text has painted, cached forever.
import borders from '../../../geo/borders.geojson?url';
import hokkaido from '../../../geo/hokkaido.geojson?url';
import islands from '../../../geo/islands.geojson?url';
import land from '../../../geo/land.geojson?url';
import lines from '../../../geo/lines.geojson?url';
import places from '../../../geo/places.geojson?url';
import world from '../../../geo/world.geojson?url';
import type { GeoUrls } from './offlineStyle';

export const GEO_URLS: GeoUrls = { land, borders, world, islands, hokkaido, places, lines };
