// The committed geo/ layers as hashed static assets: fetched by the map after the text has painted, cached forever.
// Every geo/*.geojson file is picked up, so a new layer needs no line here.
import type { GeoUrls } from './offlineStyle';

const files = import.meta.glob<string>('../../../geo/*.geojson', { query: '?url', import: 'default', eager: true });

export const GEO_URLS = Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\/(.+)\.geojson$/, '$1'), url])) as GeoUrls;
