// The credit lines the map must show for the data it draws: Natural Earth (public domain) and OpenStreetMap (ODbL).

/** Natural Earth asks for credit; OpenStreetMap's ODbL requires it. Both link to the source's own terms. */
export const ATTRIBUTION_HTML =
	'<a href="https://www.naturalearthdata.com/">Natural Earth</a> | ' +
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';
