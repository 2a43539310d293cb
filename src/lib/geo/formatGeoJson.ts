// Serialises a FeatureCollection the one way geo/ files are written: fixed key order, a feature a line, a final newline.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

function orderedGeometry(g: Geometry): Geometry {
	return g.type === 'GeometryCollection'
		? { type: g.type, geometries: g.geometries.map(orderedGeometry) }
		: ({ type: g.type, coordinates: g.coordinates } as Geometry);
}

function orderedFeature(f: Feature): Feature {
	return {
		type: 'Feature',
		...(f.id !== undefined ? { id: f.id } : {}),
		properties: f.properties,
		geometry: f.geometry === null ? null : orderedGeometry(f.geometry)
	} as Feature;
}

/**
 * `{"type":"FeatureCollection","features":[` then one feature per line, then `]}` and a newline. Keys come in a
 * fixed order (type, id, properties, geometry; properties as the caller built them), so the same data always gives
 * the same bytes and a changed feature shows as one changed line in a diff.
 */
export function formatFeatureCollection(fc: FeatureCollection): string {
	const lines = fc.features.map((f) => JSON.stringify(orderedFeature(f)));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
